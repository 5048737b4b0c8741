import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src-shared/contract';
import { decodeExact, encodeText, ensureBlock } from '../../../src-shared/ini';
import { applyEdit, BackupStore, localFile, recoverEdits, sha256, undoEdit, writeFileAtomic } from '../../../src-main/files';
import { fallbackEol, iniText, iniWithBlock, wanted } from '../../shared/ini/arbitraries';

const root = mkdtempSync(path.join(os.tmpdir(), 'gws-edit-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = () => {
  const d = path.join(root, `t${n++}`);
  mkdirSync(d, { recursive: true });
  return d;
};
const RUNS = Number(process.env.EDIT_PROPERTY_RUNS ?? 300);
let propertyRuns = 0;
afterAll(() => console.log(`[edit property runs] apply+undo on real files: ${propertyRuns}`));

describe('writeFileAtomic', () => {
  it('replaces content, keeps the mode of an existing file, and leaves no temp file', async () => {
    const dir = freshDir();
    const f = path.join(dir, 'wsl.conf');
    writeFileSync(f, 'old');
    chmodSync(f, 0o640);
    await writeFileAtomic(f, encodeText('new'));
    expect(readFileSync(f, 'utf8')).toBe('new');
    expect(statSync(f).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['wsl.conf']);
  });

  it('writes through a symlink to the real file instead of replacing the link', async () => {
    const dir = freshDir();
    const real = path.join(dir, 'real.conf');
    const link = path.join(dir, 'link.conf');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    await writeFileAtomic(link, encodeText('new'));
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(statSync(link, { throwIfNoEntry: true }).isFile()).toBe(true);
  });

  it('fails cleanly (no temp left, target untouched) when the directory is missing', async () => {
    const dir = freshDir();
    await expect(writeFileAtomic(path.join(dir, 'nope', 'x.conf'), encodeText('x'))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('applyEdit / undoEdit', () => {
  it('backs up, writes, and undo restores the exact old bytes', async () => {
    const dir = freshDir();
    const f = path.join(dir, '.wslconfig');
    const old = encodeText('[wsl2]\r\nmemory=4GB\r\n');
    writeFileSync(f, old);
    const store = new BackupStore(path.join(dir, 'backups'));
    const io = localFile(f);
    const r = await applyEdit(store, io, { expectedBeforeSha256: sha256(old), after: encodeText('[wsl2]\r\nmemory=8GB\r\n'), label: 'test' });
    expect(r.changed).toBe(true);
    expect(readFileSync(f, 'utf8')).toBe('[wsl2]\r\nmemory=8GB\r\n');
    await undoEdit(store, io, r.entry?.id as string);
    expect(Buffer.compare(readFileSync(f), Buffer.from(old))).toBe(0);
    expect((await store.get(r.entry?.id as string))?.state).toBe('undone');
  });

  it('undo of an edit that created the file removes the file', async () => {
    const dir = freshDir();
    const f = path.join(dir, '.wslconfig');
    const store = new BackupStore(path.join(dir, 'backups'));
    const io = localFile(f);
    const r = await applyEdit(store, io, { expectedBeforeSha256: null, after: encodeText('[wsl2]\n'), label: 'create' });
    expect(existsSync(f)).toBe(true);
    await undoEdit(store, io, r.entry?.id as string);
    expect(existsSync(f)).toBe(false);
  });

  it('refuses to apply over a file that changed since the preview, and refuses to undo over a later change', async () => {
    const dir = freshDir();
    const f = path.join(dir, 'wsl.conf');
    writeFileSync(f, 'a=1\n');
    const store = new BackupStore(path.join(dir, 'backups'));
    const io = localFile(f);
    const stale = sha256(encodeText('something else'));
    await expect(applyEdit(store, io, { expectedBeforeSha256: stale, after: encodeText('b'), label: 'x' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const r = await applyEdit(store, io, { expectedBeforeSha256: sha256(encodeText('a=1\n')), after: encodeText('a=2\n'), label: 'x' });
    writeFileSync(f, 'a=3\n'); // the user edits by hand afterwards
    const err = await undoEdit(store, io, r.entry?.id as string).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('CONFLICT');
    expect(readFileSync(f, 'utf8')).toBe('a=3\n');
  });

  it('an edit that changes nothing records nothing', async () => {
    const dir = freshDir();
    const f = path.join(dir, 'wsl.conf');
    writeFileSync(f, 'same');
    const store = new BackupStore(path.join(dir, 'backups'));
    const r = await applyEdit(store, localFile(f), { expectedBeforeSha256: sha256(encodeText('same')), after: encodeText('same'), label: 'x' });
    expect(r).toEqual({ changed: false, entry: null });
    expect(await store.list()).toEqual([]);
  });

  it('recovery settles a prepared entry by the file content, and a journal entry never lacks its backup', async () => {
    const dir = freshDir();
    const f = path.join(dir, 'wsl.conf');
    writeFileSync(f, 'old');
    const store = new BackupStore(path.join(dir, 'backups'));
    const io = localFile(f);
    const e = await store.record(io.describe, encodeText('old'), encodeText('new'), 'x');
    // Crash before the write: the file is still old -> abandoned.
    expect(await recoverEdits(store, () => io)).toEqual([{ id: e.id, from: 'prepared', to: 'abandoned' }]);
    expect(await store.readBefore(e)).toEqual(encodeText('old'));
  });

  it('property: on random existing wsl.conf files, apply then undo restores the original bytes exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(iniText, iniWithBlock), wanted, fallbackEol, async (src, settings, eol) => {
        const dir = freshDir();
        const f = path.join(dir, 'wsl.conf');
        const original = encodeText(src);
        writeFileSync(f, original);
        const store = new BackupStore(path.join(dir, 'backups'));
        const io = localFile(f);
        const text = decodeExact(new Uint8Array(readFileSync(f)));
        expect(text).toBe(src);
        const next = ensureBlock(text as string, { blockId: 'config', settings, fallbackEol: eol, takeOver: ['boot.systemd'] });
        if (!next.ok) return;
        const r = await applyEdit(store, io, { expectedBeforeSha256: sha256(original), after: encodeText(next.text), label: 'prop' });
        // Applying the same plan again is a no-op on disk and in the journal.
        const again = ensureBlock(readFileSync(f, 'utf8'), { blockId: 'config', settings, fallbackEol: eol, takeOver: ['boot.systemd'] });
        expect(again.ok && again.changed).toBe(false);
        if (r.entry) await undoEdit(store, io, r.entry.id);
        expect(Buffer.compare(readFileSync(f), Buffer.from(original))).toBe(0);
        propertyRuns++;
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
