import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src-shared/contract/errors';
import { createTerminalStore, failedExit } from '../../../src-renderer/store/terminal';
import { fakeApi } from '../fake-api';

describe('terminal store', () => {
  it('opens a shell through terminal.open and makes it the active session', async () => {
    const f = fakeApi({ 'terminal.open': () => ({ sessionId: 'pty-1', title: 'bash' }) });
    const s = createTerminalStore(f.api);
    await s.getState().openShell();
    expect(f.calls[0]).toEqual({ channel: 'terminal.open', request: { profile: 'shell', cols: 80, rows: 24 } });
    expect(s.getState().activeId).toBe('pty-1');
    expect(s.getState().sessions).toEqual([{ sessionId: 'pty-1', title: 'bash', kind: 'pty', exit: null }]);
    expect(s.getState().opening).toBe(false);
  });

  it('UNSUPPORTED (replay host) is an explanation, other errors are errors', async () => {
    let code: 'UNSUPPORTED' | 'HOST_FAILED' = 'UNSUPPORTED';
    const f = fakeApi({
      'terminal.open': () => {
        throw new ApiError(code, 'no pty here');
      },
    });
    const s = createTerminalStore(f.api);
    await s.getState().openShell();
    expect(s.getState()).toMatchObject({ unsupported: true, error: null, activeId: null });
    code = 'HOST_FAILED';
    await s.getState().openShell();
    expect(s.getState().error).toBe('no pty here (HOST_FAILED)');
  });

  it('follows sessions main starts and records how they ended', () => {
    const f = fakeApi({});
    const s = createTerminalStore(f.api);
    const off = s.getState().listen();
    f.emit('terminal.opened', { sessionId: 'run-1', kind: 'captured', title: 'wsl --status' });
    f.emit('terminal.opened', { sessionId: 'run-2', kind: 'captured', title: 'wsl -l -v' });
    expect(s.getState().activeId).toBe('run-2');
    f.emit('terminal.exit', { sessionId: 'run-1', exitCode: 0, signal: null });
    expect(s.getState().sessions.find((x) => x.sessionId === 'run-1')?.exit).toEqual({ exitCode: 0, signal: null });
    expect(s.getState().sessions.find((x) => x.sessionId === 'run-2')?.exit).toBeNull();
    off();
    expect(f.listenerCount('terminal.opened')).toBe(0);
    expect(f.listenerCount('terminal.exit')).toBe(0);
  });

  it('keeps a bounded list of sessions', () => {
    const f = fakeApi({});
    const s = createTerminalStore(f.api);
    s.getState().listen();
    for (let i = 0; i < 120; i++) f.emit('terminal.opened', { sessionId: `run-${i}`, kind: 'captured', title: 'x' });
    expect(s.getState().sessions).toHaveLength(50);
    expect(s.getState().sessions.at(-1)?.sessionId).toBe('run-119');
  });

  it('never pulls the view away from a running shell the user is typing in; tabs select any session', async () => {
    const f = fakeApi({ 'terminal.open': () => ({ sessionId: 'pty-1', title: 'bash' }) });
    const s = createTerminalStore(f.api);
    s.getState().listen();
    await s.getState().openShell();
    f.emit('terminal.opened', { sessionId: 'run-1', kind: 'captured', title: 'wsl --version' });
    expect(s.getState().activeId).toBe('pty-1');
    s.getState().select('run-1');
    expect(s.getState().activeId).toBe('run-1');
    s.getState().select('no-such-session');
    expect(s.getState().activeId).toBe('run-1');
    // Once the shell has ended, new runs are followed again.
    f.emit('terminal.exit', { sessionId: 'pty-1', exitCode: 0, signal: null });
    s.getState().select('pty-1');
    f.emit('terminal.opened', { sessionId: 'run-2', kind: 'captured', title: 'wsl -l -v' });
    expect(s.getState().activeId).toBe('run-2');
  });

  it('the dock starts collapsed; a failed command opens it on that session, a finished one does not', () => {
    const f = fakeApi({});
    const s = createTerminalStore(f.api);
    s.getState().listen();
    expect(s.getState().expanded).toBe(false);
    f.emit('terminal.opened', { sessionId: 'run-1', kind: 'captured', title: 'wsl --status' });
    f.emit('terminal.exit', { sessionId: 'run-1', exitCode: 0, signal: null });
    expect(s.getState().expanded).toBe(false);
    f.emit('terminal.opened', { sessionId: 'run-2', kind: 'captured', title: 'go-detect.sh' });
    f.emit('terminal.opened', { sessionId: 'run-3', kind: 'captured', title: 'wsl -l -v' });
    f.emit('terminal.exit', { sessionId: 'run-2', exitCode: 127, signal: null });
    expect(s.getState()).toMatchObject({ expanded: true, activeId: 'run-2' });
    // The user's own choice stands until the next failure.
    s.getState().setExpanded(false);
    f.emit('terminal.exit', { sessionId: 'run-3', exitCode: 0, signal: null });
    expect(s.getState().expanded).toBe(false);
  });

  it('opening a shell or choosing a tab shows the output', async () => {
    const f = fakeApi({ 'terminal.open': () => ({ sessionId: 'pty-1', title: 'bash' }) });
    const s = createTerminalStore(f.api);
    s.getState().listen();
    await s.getState().openShell();
    expect(s.getState().expanded).toBe(true);
    s.getState().setExpanded(false);
    f.emit('terminal.opened', { sessionId: 'run-1', kind: 'captured', title: 'wsl --version' });
    s.getState().select('run-1');
    expect(s.getState().expanded).toBe(true);
  });

  it('a rerun of a finished command reuses its tab; a running one with the same name is kept', () => {
    const f = fakeApi({});
    const s = createTerminalStore(f.api);
    s.getState().listen();
    f.emit('terminal.opened', { sessionId: 'run-1', kind: 'captured', title: 'Look for old Go installs' });
    f.emit('terminal.exit', { sessionId: 'run-1', exitCode: 0, signal: null });
    f.emit('terminal.opened', { sessionId: 'run-2', kind: 'captured', title: 'Look for old Go installs' });
    f.emit('terminal.opened', { sessionId: 'run-3', kind: 'captured', title: 'Look for old Go installs' });
    expect(s.getState().sessions.map((x) => x.sessionId)).toEqual(['run-2', 'run-3']);
  });

  it('a rerun is recognised by what ran (titleId and its values), not by the words main used', () => {
    const f = fakeApi({});
    const s = createTerminalStore(f.api);
    s.getState().listen();
    f.emit('terminal.opened', { sessionId: 'run-1', kind: 'captured', title: 'Look for old Go installs', titleId: 'go.detect' });
    f.emit('terminal.exit', { sessionId: 'run-1', exitCode: 0, signal: null });
    // install-flow.ts and go-service.ts both run go.detect; a different English title is still the same tab.
    f.emit('terminal.opened', { sessionId: 'run-2', kind: 'captured', title: 'go-detect.sh', titleId: 'go.detect' });
    f.emit('terminal.opened', { sessionId: 'run-3', kind: 'captured', title: 'wsl --install -d Debian', titleId: 'distro.install', titleArgs: { key: 'Debian' } });
    f.emit('terminal.exit', { sessionId: 'run-3', exitCode: 1, signal: null });
    f.emit('terminal.opened', { sessionId: 'run-4', kind: 'captured', title: 'wsl --install -d Ubuntu', titleId: 'distro.install', titleArgs: { key: 'Ubuntu' } });
    expect(s.getState().sessions.map((x) => x.sessionId)).toEqual(['run-2', 'run-3', 'run-4']);
    expect(s.getState().sessions[0]).toMatchObject({ titleId: 'go.detect', title: 'go-detect.sh' });
  });

  it('an exit the command declared a normal answer is no failure: not red, and the dock stays closed', () => {
    const f = fakeApi({});
    const s = createTerminalStore(f.api);
    s.getState().listen();
    f.emit('terminal.opened', { sessionId: 'run-1', kind: 'captured', title: 'wsl.exe --list --verbose', titleId: 'wsl.list-verbose' });
    f.emit('terminal.exit', { sessionId: 'run-1', exitCode: 4294967295, signal: null, answer: true });
    const exit = s.getState().sessions[0]?.exit;
    expect(exit).toEqual({ exitCode: 4294967295, signal: null, answer: true });
    expect(failedExit(exit!)).toBe(false);
    expect(s.getState().expanded).toBe(false);
    // The same code without the answer flag is a failure.
    expect(failedExit({ exitCode: 4294967295, signal: null })).toBe(true);
    expect(failedExit({ exitCode: 4294967295, signal: 'timeout', answer: true })).toBe(true);
  });
});
