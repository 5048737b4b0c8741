import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { removeFileDurable, writeFileAtomic } from './atomic-write';

/**
 * Where an edited file lives and how to read/replace it. A Windows file
 * (%UserProfile%\.wslconfig) is reached with node:fs here; a file inside a
 * distro (/etc/wsl.conf) is reached through the Host by the distro service,
 * which implements this same interface with its read/write scripts. The
 * backup store and the edit transaction do not care which.
 */
export interface TargetIO {
  /** A stable description for the journal, e.g. {kind:'windows-file', path} (never secrets). */
  readonly describe: EditTarget;
  /** The current bytes, or null when the file does not exist. */
  read(): Promise<Uint8Array | null>;
  /** Replace the file atomically. expectedSha256 is the hash of the bytes being replaced (null: must not exist), for compare-and-swap where the writer can check it. */
  write(bytes: Uint8Array, expectedSha256: string | null): Promise<void>;
  /** Remove the file (undo of a create). */
  remove(expectedSha256: string | null): Promise<void>;
}

export type EditTarget =
  | { readonly kind: 'windows-file'; readonly path: string }
  | { readonly kind: 'distro-file'; readonly distro: string; readonly path: string };

export function sha256(bytes: Uint8Array | null): string | null {
  return bytes === null ? null : createHash('sha256').update(bytes).digest('hex');
}

export function sameTarget(a: EditTarget, b: EditTarget): boolean {
  if (a.kind === 'windows-file' && b.kind === 'windows-file') return a.path.toLowerCase() === b.path.toLowerCase();
  if (a.kind === 'distro-file' && b.kind === 'distro-file') return a.distro.toLowerCase() === b.distro.toLowerCase() && a.path === b.path;
  return false;
}

/** A file on this machine's file system (the Windows side in the real app). */
export function localFile(path: string, label: EditTarget = { kind: 'windows-file', path }): TargetIO {
  return {
    describe: label,
    async read() {
      try {
        return new Uint8Array(await fs.readFile(path));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
    // The local writer checks nothing itself: the transaction compared hashes just before,
    // and a race with another writer on the same Windows file within that window is accepted.
    async write(bytes) {
      await writeFileAtomic(path, bytes);
    },
    async remove() {
      await removeFileDurable(path);
    },
  };
}
