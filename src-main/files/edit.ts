import { ApiError } from '../../src-shared/contract';
import type { BackupStore, JournalEntry } from './backup-store';
import { sameTarget, sha256, type EditTarget, type TargetIO } from './target-io';

/**
 * One edit of a user's file, crash-safe and undoable:
 *   compare (the file is still what the preview was computed from)
 *   -> backup + journal 'prepared' -> atomic write -> journal 'applied'.
 * The preview hash is the compare-and-swap token: if the user edited the file
 * between preview and apply, we refuse with CONFLICT instead of overwriting.
 */
export interface ApplyResult {
  readonly changed: boolean;
  /** The journal entry to undo with; null when nothing had to change. */
  readonly entry: JournalEntry | null;
}

export async function applyEdit(
  store: BackupStore,
  io: TargetIO,
  edit: { readonly expectedBeforeSha256: string | null; readonly after: Uint8Array; readonly label: string },
): Promise<ApplyResult> {
  const current = await io.read();
  const currentSha = sha256(current);
  if (currentSha !== edit.expectedBeforeSha256) {
    throw new ApiError('CONFLICT', 'the file changed since the preview; preview again', { expected: edit.expectedBeforeSha256, found: currentSha });
  }
  if (currentSha === sha256(edit.after)) return { changed: false, entry: null };
  const entry = await store.record(io.describe, current, edit.after, edit.label);
  await io.write(edit.after, currentSha);
  return { changed: true, entry: await store.setState(entry.id, 'applied') };
}

/**
 * Put the old bytes back. Only when the file still holds exactly what we
 * wrote: if anything changed it since (the user, or a later edit of ours that
 * must be undone first), we refuse with CONFLICT rather than lose that change.
 */
export async function undoEdit(store: BackupStore, io: TargetIO, id: string): Promise<JournalEntry> {
  const entry = await store.get(id);
  if (!entry) throw new ApiError('NOT_FOUND', 'no such change to undo');
  if (!sameTarget(entry.target, io.describe)) throw new ApiError('CONFLICT', 'that change belongs to another file');
  if (entry.state === 'undone') return entry;
  if (entry.state !== 'applied' && entry.state !== 'undoing') throw new ApiError('CONFLICT', `that change is ${entry.state}, not applied`);
  const currentSha = sha256(await io.read());
  if (entry.state === 'undoing' && currentSha === entry.before.sha256) return store.setState(id, 'undone');
  if (currentSha !== entry.after.sha256) {
    throw new ApiError('CONFLICT', 'the file changed after this edit; undo later edits first or restore by hand', { expected: entry.after.sha256, found: currentSha });
  }
  const before = await store.readBefore(entry);
  await store.setState(id, 'undoing');
  if (before === null) await io.remove(currentSha);
  else await io.write(before, currentSha);
  return store.setState(id, 'undone');
}

export interface RecoveryOutcome {
  readonly id: string;
  readonly from: JournalEntry['state'];
  readonly to: JournalEntry['state'] | 'unresolved';
}

/**
 * After a crash: settle every entry that was in flight by what the target
 * really holds. A target that matches neither side (edited by hand since) is
 * left alone and reported as unresolved.
 */
export async function recoverEdits(store: BackupStore, ioFor: (target: EditTarget) => TargetIO | null): Promise<RecoveryOutcome[]> {
  await store.sweep();
  const out: RecoveryOutcome[] = [];
  for (const entry of await store.list()) {
    if (entry.state !== 'prepared' && entry.state !== 'undoing') continue;
    const io = ioFor(entry.target);
    if (!io) {
      out.push({ id: entry.id, from: entry.state, to: 'unresolved' });
      continue;
    }
    const sha = sha256(await io.read());
    let to: JournalEntry['state'] | 'unresolved' = 'unresolved';
    if (entry.state === 'prepared') to = sha === entry.after.sha256 ? 'applied' : sha === entry.before.sha256 ? 'abandoned' : 'unresolved';
    else to = sha === entry.before.sha256 ? 'undone' : sha === entry.after.sha256 ? 'applied' : 'unresolved';
    if (to !== 'unresolved') await store.setState(entry.id, to);
    out.push({ id: entry.id, from: entry.state, to });
  }
  return out;
}
