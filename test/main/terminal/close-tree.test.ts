import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TerminalManager } from '../../../src-main/terminal';
import { isAlive, listDescendants } from '../../../src-main/terminal/process-tree';
import { recorder, waitFor } from './recorder';

const linux = process.platform === 'linux';
if (!linux) console.log('close-tree: skipped, the process-tree walk reads /proc (Linux); Windows relies on ConPTY ending the console');

describe.skipIf(!linux)('closing a pty session', () => {
  it('kills the shell and everything it started, including children that ignore SIGHUP', async () => {
    const rec = recorder();
    const m = new TerminalManager({ emit: rec.emit, killGraceMs: 300 });
    const { sessionId } = m.open(
      {
        file: '/bin/bash',
        args: ['--noprofile', '--norc', '-c', 'sleep 300 & (trap "" HUP; exec sleep 301) & bash -c "sleep 302" & echo ready; wait'],
        title: 'tree',
      },
      { cols: 80, rows: 24 },
    );
    m.ack(sessionId, 0);
    await waitFor('the shell to start its children', () => rec.text(sessionId).includes('ready'));
    const shellPid = m.stats().sessions.find((s) => s.sessionId === sessionId)?.pid ?? -1;
    await waitFor('three sleeps', () => listDescendants(shellPid).filter((p) => comm(p) === 'sleep').length === 3);
    const tree = [shellPid, ...listDescendants(shellPid)];
    expect(tree.length).toBeGreaterThanOrEqual(4);

    expect(m.close(sessionId)).toBe(true);
    await waitFor('the exit event', () => rec.exit(sessionId) !== undefined, 5000);
    await waitFor('every process of the tree to be gone', () => tree.every((p) => !isAlive(p)), 5000);
    expect(rec.exit(sessionId)?.signal).not.toBeNull();
    expect(m.has(sessionId)).toBe(false);
    expect(m.close(sessionId)).toBe(false);
    await m.dispose();
  });
});

function comm(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}
