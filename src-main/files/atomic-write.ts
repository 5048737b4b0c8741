import { randomBytes } from 'node:crypto';
import { promises as fs, constants as fsc } from 'node:fs';
import path from 'node:path';

/**
 * Replace a file so that, whatever happens (crash, kill, power cut after the
 * fsyncs), readers see either the old bytes or the new bytes, never a mix or
 * a truncated file:
 *   1. write the new bytes to a temp file in the same directory (same volume,
 *      so the rename cannot turn into a copy);
 *   2. fsync the temp file, so its data is on disk before its name is;
 *   3. rename it over the target (atomic on POSIX; MoveFileEx with
 *      REPLACE_EXISTING on NTFS);
 *   4. fsync the directory, so the rename itself is durable (POSIX only:
 *      Windows cannot open a directory for fsync and NTFS journals the rename).
 * Symlinks are followed: we replace the file the link points at, not the link.
 */
export interface AtomicWriteOptions {
  /** Mode for a file that does not exist yet (an existing file keeps its mode). */
  readonly mode?: number;
  /** Skip the fsyncs (only for tests that measure something else). */
  readonly durable?: boolean;
}

const TEMP_SUFFIX = '.gws-tmp';

export function tempNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
}

export async function writeFileAtomic(target: string, data: Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const real = await resolveTarget(target);
  const durable = options.durable ?? true;
  const existing = await fs.stat(real).catch(() => null);
  const mode = existing ? existing.mode & 0o7777 : (options.mode ?? 0o644);
  const tmp = tempNameFor(real);
  let handle: fs.FileHandle | null = null;
  try {
    // 'wx': never reuse someone else's file under our temp name.
    handle = await fs.open(tmp, fsc.O_WRONLY | fsc.O_CREAT | fsc.O_EXCL, mode);
    await handle.writeFile(data);
    if (durable) await handle.sync();
    await handle.close();
    handle = null;
    if (existing && process.platform !== 'win32' && typeof process.getuid === 'function' && process.getuid() === 0) {
      // Writing /etc files as root: keep the owner the file had.
      await fs.chown(tmp, existing.uid, existing.gid).catch(() => undefined);
    }
    await renameWithRetry(tmp, real);
    if (durable) await syncDirectory(path.dirname(real));
  } catch (e) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** Remove a file durably (undo of an edit that created the file). */
export async function removeFileDurable(target: string): Promise<void> {
  const real = await resolveTarget(target);
  await fs.rm(real, { force: true });
  await syncDirectory(path.dirname(real));
}

async function resolveTarget(target: string): Promise<string> {
  try {
    return await fs.realpath(target);
  } catch {
    // Does not exist yet: resolve the directory, keep the name.
    const dir = await fs.realpath(path.dirname(target)).catch(() => path.dirname(target));
    return path.join(dir, path.basename(target));
  }
}

/**
 * On Windows a rename over a file fails with EPERM/EBUSY/EACCES while another
 * process (an antivirus scanner, an editor) holds it open for a moment; retry
 * a few times, bounded, like graceful-fs does.
 */
async function renameWithRetry(from: string, to: string): Promise<void> {
  const delays = process.platform === 'win32' ? [10, 50, 100, 200, 400] : [];
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const delay = delays[attempt];
      if (delay === undefined || !(code === 'EPERM' || code === 'EBUSY' || code === 'EACCES')) throw e;
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

export async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const h = await fs.open(dir, fsc.O_RDONLY);
  try {
    await h.sync();
  } finally {
    await h.close();
  }
}

/**
 * Temp files left by a writer that was killed between open and rename. Only
 * those whose writer process is gone are removed: a live writer's temp file
 * is about to be renamed.
 */
export async function cleanupStaleTemps(target: string): Promise<string[]> {
  return cleanupStaleTempsIn(path.dirname(target), `.${path.basename(target)}.`);
}

/** Same, for every file of a directory we own (the backup store). */
export async function cleanupStaleTempsIn(dir: string, prefix = '.'): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) continue;
    // The writer's pid is the second-to-last dot field before the random part: .NAME.PID.HEX.gws-tmp
    const parts = name.slice(0, -TEMP_SUFFIX.length).split('.');
    const pid = Number(parts[parts.length - 2]);
    if (pid === process.pid) continue;
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) continue;
    await fs.rm(path.join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
