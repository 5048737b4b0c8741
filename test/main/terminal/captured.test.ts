import { describe, expect, it } from 'vitest';
import { TerminalManager } from '../../../src-main/terminal';
import { recorder, sleep, waitFor } from './recorder';

describe('captured sessions (non-pty runs)', () => {
  it('announces the session, holds output until a view attaches, converts newlines, and exits after the data', async () => {
    const rec = recorder();
    const m = new TerminalManager({ emit: rec.emit });
    const run = m.openCaptured('apt-get install golang');
    expect(rec.events[0]).toEqual({ event: 'terminal.opened', payload: { sessionId: run.sessionId, kind: 'captured', title: 'apt-get install golang' } });
    run.write('Reading package lists...\n');
    run.write('已完成\r');
    run.write('\nDone\n');
    run.end(0, null);
    await sleep(30);
    expect(rec.data(run.sessionId)).toEqual([]);
    expect(rec.exit(run.sessionId)).toBeUndefined();

    m.ack(run.sessionId, 0);
    await waitFor('exit', () => rec.exit(run.sessionId) !== undefined);
    expect(rec.text(run.sessionId)).toBe('Reading package lists...\r\n已完成\r\nDone\r\n');
    const mine = rec.events.filter((e) => e.payload.sessionId === run.sessionId);
    expect(mine.at(-1)).toEqual({ event: 'terminal.exit', payload: { sessionId: run.sessionId, exitCode: 0, signal: null } });
    run.write('late'); // after end: ignored
    expect(rec.text(run.sessionId)).not.toContain('late');
  });

  it('bounds what it holds when nobody reads, keeping the newest output', async () => {
    const rec = recorder();
    const m = new TerminalManager({ emit: rec.emit, flow: { maxHeldBytes: 10_000, highWatermark: 4000, lowWatermark: 1000 } });
    const run = m.openCaptured('noisy');
    for (let i = 0; i < 5000; i++) run.write(`line ${i}\n`);
    const held = m.stats().sessions[0]!;
    expect(held.bufferedBytes).toBeLessThanOrEqual(10_000 + 200);
    expect(held.droppedBytes).toBeGreaterThan(30_000);
    run.end(1, null);
    m.ack(run.sessionId, 0);
    // The view acks as it goes, like xterm would.
    let acked = 0;
    await waitFor('exit', () => {
      const got = rec.bytes(run.sessionId);
      if (got > acked) m.ack(run.sessionId, got - acked);
      acked = got;
      return rec.exit(run.sessionId) !== undefined;
    });
    const text = rec.text(run.sessionId);
    expect(text).toContain('skipped');
    expect(text.endsWith('line 4999\r\n')).toBe(true);
    expect(text).not.toContain('line 0\r\n');
    expect(rec.exit(run.sessionId)?.exitCode).toBe(1);
  });

  it('closing reports the end of a finished run nobody viewed, and forgets it', async () => {
    const rec = recorder();
    const m = new TerminalManager({ emit: rec.emit });
    const run = m.openCaptured('quiet');
    run.write('x\n');
    run.end(null, 'SIGTERM');
    expect(m.close(run.sessionId)).toBe(true);
    expect(rec.exit(run.sessionId)).toEqual({ sessionId: run.sessionId, exitCode: null, signal: 'SIGTERM' });
    expect(rec.data(run.sessionId)).toEqual([]);
    expect(m.stats().bufferedBytes).toBe(0);
  });
});
