import { describe, expect, it } from 'vitest';
import { needsUser, planFor, REDO_CHOICES, redoStep, runUndoStep } from '../../../src-renderer/components/support/reinstall-plan';
import { bufferTail } from '../../../src-renderer/components/support/terminal-tail';
import type { Api } from '../../../src-shared/contract/client';

describe('reinstall plan', () => {
  it('undoes with the backups the steps kept, deleting a distro last and only when the distro is redone', () => {
    // The editor tools were built by the Go being removed, and its undo reads a manifest in the user's home: it runs first.
    expect(planFor('go')).toEqual(['editorUndo', 'goUninstall']);
    expect(planFor('network')).toEqual(['goproxyUndo', 'tlsGitUndo', 'proxyRemove']);
    expect(planFor('distro')).toEqual(['configUndo', 'export', 'unregister']);
    expect(planFor('all')).toEqual(['editorUndo', 'goproxyUndo', 'tlsGitUndo', 'goUninstall', 'proxyRemove', 'configUndo', 'export', 'unregister']);
    for (const c of REDO_CHOICES) {
      const plan = planFor(c);
      if (plan.includes('unregister')) expect(plan.indexOf('export')).toBe(plan.indexOf('unregister') - 1);
    }
    expect(REDO_CHOICES.map(redoStep)).toEqual(['go', 'network', 'distro', 'distro']);
    expect(REDO_CHOICES.map(needsUser)).toEqual([true, true, false, true]);
  });

  it('calls the channels the steps use, with the proxy removed by null and the typed name passed on', async () => {
    const calls: [string, unknown][] = [];
    const api = {
      invoke: async (channel: string, req: unknown) => {
        calls.push([channel, req]);
        if (channel === 'distro.changes') return { changes: [{ id: 'c2', state: 'applied' }, { id: 'c1', state: 'undone' }, { id: 'c0', state: 'applied' }] };
        if (channel === 'distro.unregister') return { unregistered: true, backupPath: 'C:\\b.tar', findings: [] };
        return {};
      },
    } as unknown as Api;
    const target = { distro: 'Ubuntu', user: 'dev', confirmName: 'Ubuntu' };
    for (const step of planFor('all')) await runUndoStep(api, step, target);
    expect(calls).toEqual([
      ['editor.undo', { target: { distro: 'Ubuntu', user: 'dev' } }],
      ['network.undoGoproxy', { target: { distro: 'Ubuntu', user: 'dev' } }],
      ['network.undoExtras', { target: { distro: 'Ubuntu', user: 'dev' } }],
      ['go.uninstall', { distro: { name: 'Ubuntu', user: 'dev' } }],
      ['network.applyProxy', { target: { distro: 'Ubuntu', user: 'dev' }, proxy: null, apt: true }],
      ['distro.changes', {}],
      ['distro.undoConfig', { undoId: 'c2', restartNow: false }],
      ['distro.undoConfig', { undoId: 'c0', restartNow: false }],
      ['distro.unregister', { distro: 'Ubuntu', backup: {} }],
    ]);
  });

  it('a distro that was not deleted is a failure, with the findings', async () => {
    const api = { invoke: async () => ({ unregistered: false, declined: false, backupPath: null, findings: ['EXPORT_FAILED'] }) } as unknown as Api;
    await expect(runUndoStep(api, 'unregister', { distro: 'U', user: 'u' })).rejects.toThrow('EXPORT_FAILED');
  });

  it('a No in main\'s dialog is reported as declined (nothing deleted), a Yes with where the backup went', async () => {
    const declined = { invoke: async () => ({ unregistered: false, declined: true, backupPath: null, findings: [] }) } as unknown as Api;
    expect(await runUndoStep(declined, 'unregister', { distro: 'U', user: 'u' })).toEqual({ declined: true });
    const done = { invoke: async () => ({ unregistered: true, declined: false, backupPath: 'C:\\Users\\me\\Documents\\go-wsl-setup-backups\\U.tar', findings: [] }) } as unknown as Api;
    expect(await runUndoStep(done, 'unregister', { distro: 'U', user: 'u' })).toEqual({ backupPath: 'C:\\Users\\me\\Documents\\go-wsl-setup-backups\\U.tar' });
  });
});

describe('terminal tail', () => {
  /** A buffer as xterm keeps it: rows, each either a new line or the continuation (isWrapped) of the row above. */
  const buffer = (rows: [string, boolean?][]) => ({
    length: rows.length,
    getLine: (y: number) => {
      const r = rows[y];
      return r && { isWrapped: r[1] === true, translateToString: (trim?: boolean) => (trim ? r[0].trimEnd() : r[0]) };
    },
  });

  it('keeps the last non-blank lines, in order', () => {
    const rows: [string][] = [...Array.from({ length: 20 }, (_, i): [string] => [`l${i}`]), ['   '], ['']];
    expect(bufferTail(buffer(rows), 3)).toEqual(['l17', 'l18', 'l19']);
    expect(bufferTail(buffer(rows), 100)).toHaveLength(20);
    expect(bufferTail(buffer([]), 3)).toEqual([]);
  });

  it('joins rows that xterm wrapped at the view width back into one line', () => {
    const rows: [string, boolean?][] = [['first'], ['Get:1 http://archive.ubuntu.com/ubuntu noble '], ['InRelease [256 kB]', true], ['last  ']];
    expect(bufferTail(buffer(rows), 2)).toEqual(['Get:1 http://archive.ubuntu.com/ubuntu noble InRelease [256 kB]', 'last']);
    expect(bufferTail(buffer(rows), 3)[0]).toBe('first');
  });
});
