import type { Api } from '../../../src-shared/contract/client';
import type { StepId } from '../../store/steps';

/** What the user can redo, and what the wizard undoes first (in this order). */
export const REDO_CHOICES = ['go', 'network', 'distro', 'all'] as const;
export type RedoChoice = (typeof REDO_CHOICES)[number];
export type UndoStep = 'editorUndo' | 'goproxyUndo' | 'tlsGitUndo' | 'goUninstall' | 'proxyRemove' | 'configUndo' | 'export' | 'unregister';

export function planFor(choice: RedoChoice): UndoStep[] {
  switch (choice) {
    case 'go':
      // The editor's tools were built by the Go being removed: the Editor step's own undo goes first.
      return ['editorUndo', 'goUninstall'];
    case 'network':
      return ['goproxyUndo', 'tlsGitUndo', 'proxyRemove'];
    case 'distro':
      // Go and the network settings live inside the distro; .wslconfig lives in Windows and is restored.
      return ['configUndo', 'export', 'unregister'];
    case 'all':
      // The editor's undo and GOPROXY's before goUninstall: both work in the user's home with Go still there.
      return ['editorUndo', 'goproxyUndo', 'tlsGitUndo', 'goUninstall', 'proxyRemove', 'configUndo', 'export', 'unregister'];
  }
}

/** Where the journey continues after undoing. */
export function redoStep(choice: RedoChoice): StepId {
  return choice === 'go' ? 'go' : choice === 'network' ? 'network' : 'distro';
}

/** The plan needs the Linux user only where it works inside the user's account. */
export function needsUser(choice: RedoChoice): boolean {
  return planFor(choice).some((s) => s === 'editorUndo' || s === 'goproxyUndo' || s === 'tlsGitUndo' || s === 'goUninstall' || s === 'proxyRemove');
}

export interface UndoTarget {
  distro: string;
  user: string;
}

/** What a step reports beyond "done": main's dialog was declined (nothing deleted), or where the backup went. */
export type UndoOutcome = { declined: true } | { backupPath: string | null } | void;

/**
 * Run one undo step through the same channels the steps use. Export and
 * unregister are one call: the service exports first and deletes nothing
 * if the backup failed, so the order cannot be broken from here.
 */
export async function runUndoStep(api: Api, step: UndoStep, target: UndoTarget): Promise<UndoOutcome> {
  const linux = { distro: target.distro, user: target.user };
  switch (step) {
    case 'goUninstall':
      await api.invoke('go.uninstall', { distro: { name: target.distro, user: target.user } });
      return;
    case 'editorUndo':
      // Removes only what the Editor step's manifest lists; no manifest (step skipped) removes nothing.
      await api.invoke('editor.undo', { target: linux });
      return;
    case 'goproxyUndo':
      await api.invoke('network.undoGoproxy', { target: linux });
      return;
    case 'tlsGitUndo':
      await api.invoke('network.undoExtras', { target: linux });
      return;
    case 'proxyRemove':
      await api.invoke('network.applyProxy', { target: linux, proxy: null, apt: true });
      return;
    case 'configUndo': {
      const { changes } = await api.invoke('distro.changes', {});
      // Newest first (as listed), so each restore puts back the file the next one expects.
      for (const c of changes.filter((x) => x.state === 'applied')) await api.invoke('distro.undoConfig', { undoId: c.id, restartNow: false });
      return;
    }
    case 'export':
      // Done by the unregister call below, which refuses to delete without a backup.
      return;
    case 'unregister': {
      // Main asks the person in its own dialog (with the distro's name); the page's typed name only prepares.
      const r = await api.invoke('distro.unregister', { distro: target.distro, backup: {} });
      if (r.declined) return { declined: true };
      if (!r.unregistered) throw new Error(r.findings.join(', ') || 'wsl --unregister failed');
      return { backupPath: r.backupPath };
    }
  }
}
