import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { bundleFiles, MANIFEST_NAME, MAX_MANIFEST_BYTES, readManifest, type BundleManifest, type BundleRole } from '../../../src-shared/bundle/manifest';

/**
 * Check a bundle folder before anything in it is used: the manifest parses
 * (hostile values refused, see src-shared/bundle/manifest.ts), and each file
 * it names is a regular file inside the folder with the size and SHA-256 the
 * manifest says. Every problem names its file, so the person knows which one
 * to copy again.
 */
export type FileProblem = 'missing' | 'not-a-file' | 'size' | 'sha256';

export interface FileCheck {
  readonly role: BundleRole;
  readonly file: string;
  readonly path: string;
  readonly ok: boolean;
  readonly problem: FileProblem | null;
  readonly detail: string | null;
}

export type BundleCheck =
  | { readonly ok: boolean; readonly dir: string; readonly manifest: BundleManifest; readonly files: FileCheck[] }
  | { readonly ok: false; readonly dir: string; readonly manifest: null; readonly problems: { path: string; message: string }[] };

export async function readBundleManifest(dir: string): Promise<{ manifest: BundleManifest } | { problems: { path: string; message: string }[] }> {
  const file = path.join(dir, MANIFEST_NAME);
  const st = await fs.lstat(file).catch(() => null);
  if (!st || !st.isFile()) return { problems: [{ path: '', message: `${MANIFEST_NAME} not found in ${dir}` }] };
  if (st.size > MAX_MANIFEST_BYTES) return { problems: [{ path: '', message: `${MANIFEST_NAME} is ${st.size} bytes; a manifest is a few KB` }] };
  const r = readManifest((await fs.readFile(file)).toString('utf8'));
  return r.ok ? { manifest: r.manifest } : { problems: r.problems };
}

/**
 * Hash results by path, valid while size and modification time stay the same:
 * the page's status asks often, and hashing a 400 MB image from a USB stick
 * each time would take seconds. Only the page's view uses it; a file is
 * always hashed again right before it is installed.
 */
export type HashCache = Map<string, { size: number; mtimeMs: number; sha256: string }>;

export async function verifyBundle(dir: string, only?: readonly BundleRole[], cache?: HashCache): Promise<BundleCheck> {
  const read = await readBundleManifest(dir);
  if ('problems' in read) return { ok: false, dir, manifest: null, problems: read.problems };
  const files: FileCheck[] = [];
  for (const { role, entry } of bundleFiles(read.manifest)) {
    if (only && !only.includes(role)) continue;
    files.push({ role, file: entry.file, path: path.join(dir, entry.file), ...(await checkFile(path.join(dir, entry.file), entry.sha256, entry.size, cache)) });
  }
  return { ok: files.every((f) => f.ok), dir, manifest: read.manifest, files };
}

export async function checkFile(file: string, sha256: string, size: number, cache?: HashCache): Promise<{ ok: boolean; problem: FileProblem | null; detail: string | null }> {
  // lstat: a symlink or junction on the stick could point anywhere on this PC.
  const st = await fs.lstat(file).catch(() => null);
  if (!st) return { ok: false, problem: 'missing', detail: null };
  if (!st.isFile()) return { ok: false, problem: 'not-a-file', detail: null };
  if (st.size !== size) return { ok: false, problem: 'size', detail: `${st.size} bytes, the manifest says ${size}` };
  const known = cache?.get(file);
  let got: string;
  if (known && known.size === st.size && known.mtimeMs === st.mtimeMs) got = known.sha256;
  else {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
    got = hash.digest('hex');
    cache?.set(file, { size: st.size, mtimeMs: st.mtimeMs, sha256: got });
  }
  return got === sha256 ? { ok: true, problem: null, detail: null } : { ok: false, problem: 'sha256', detail: `SHA-256 ${got}, the manifest says ${sha256}` };
}
