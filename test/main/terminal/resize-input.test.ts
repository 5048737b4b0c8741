import { describe, expect, it } from 'vitest';
import { TerminalManager } from '../../../src-main/terminal';
import { fakeSpawner } from './fake-pty';
import { recorder, waitFor } from './recorder';

const launch = { file: '/bin/sh', args: [], title: 'sh' };

describe('resize and input', () => {
  it('clamps sizes to the contract bounds and ignores non-numbers', () => {
    const rec = recorder();
    const { spawn, ptys } = fakeSpawner();
    const m = new TerminalManager({ emit: rec.emit, spawn });
    const { sessionId } = m.open(launch, { cols: 80, rows: 24 });
    m.resize(sessionId, 0, 99_999);
    m.resize(sessionId, 120.7, 40.2);
    m.resize(sessionId, Number.NaN, 10);
    m.resize(sessionId, Infinity, 10);
    expect(ptys[0]!.resizes).toEqual([
      [2, 500],
      [120, 40],
    ]);
  });

  it('ignores resize and input after the process exited (node-pty would throw on the closed fd)', async () => {
    const rec = recorder();
    const { spawn, ptys } = fakeSpawner();
    const m = new TerminalManager({ emit: rec.emit, spawn });
    const { sessionId } = m.open(launch, { cols: 80, rows: 24 });
    m.ack(sessionId, 0);
    m.input(sessionId, 'ls\r');
    ptys[0]!.exit(0);
    await waitFor('exit', () => rec.exit(sessionId) !== undefined);
    expect(() => m.resize(sessionId, 100, 30)).not.toThrow();
    expect(() => m.input(sessionId, 'more\r')).not.toThrow();
    expect(ptys[0]!.written).toEqual(['ls\r']);
    expect(ptys[0]!.resizes).toEqual([]);
    // Unknown ids are normal (a late ack after close): ignored, not thrown.
    expect(() => m.ack('nope', 5)).not.toThrow();
    expect(() => m.input('nope', 'x')).not.toThrow();
  });

  it('survives resize and input racing a real exit', async () => {
    const rec = recorder();
    const m = new TerminalManager({ emit: rec.emit });
    const { sessionId } = m.open({ file: '/bin/sh', args: ['-c', 'exit 3'], title: 'quick' }, { cols: 80, rows: 24 });
    m.ack(sessionId, 0);
    const deadline = Date.now() + 5000;
    // Hammer it while it dies, and after.
    while (rec.exit(sessionId) === undefined && Date.now() < deadline) {
      m.resize(sessionId, 100 + (Date.now() % 50), 30);
      m.input(sessionId, 'x');
      await new Promise((r) => setTimeout(r, 2));
    }
    expect(rec.exit(sessionId)).toEqual({ sessionId, exitCode: 3, signal: null });
    m.resize(sessionId, 90, 20);
    m.input(sessionId, 'y');
    await m.dispose();
  });

  it('refuses more live sessions than the limit', () => {
    const rec = recorder();
    const { spawn } = fakeSpawner();
    const m = new TerminalManager({ emit: rec.emit, spawn, maxSessions: 2 });
    m.open(launch, { cols: 80, rows: 24 });
    m.open(launch, { cols: 80, rows: 24 });
    expect(() => m.open(launch, { cols: 80, rows: 24 })).toThrow(/too many/);
  });
});
