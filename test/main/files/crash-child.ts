/**
 * The process the crash tests kill with SIGKILL. Bundled by the test with
 * esbuild and run as a real child process. It prints "ready", then performs
 * one operation on the real file system and prints "done <ms>".
 *
 *   atomic  TARGET NEWFILE          replace TARGET with the bytes of NEWFILE
 *   edit    TARGET NEWFILE STOREDIR  applyEdit (backup + journal + write), then undo if UNDO=1
 */
import { readFileSync } from 'node:fs';
import { BackupStore } from '../../../src-main/files/backup-store';
import { applyEdit, undoEdit } from '../../../src-main/files/edit';
import { writeFileAtomic } from '../../../src-main/files/atomic-write';
import { localFile, sha256 } from '../../../src-main/files/target-io';

async function main() {
  const [mode, target, newFile, storeDir] = process.argv.slice(2);
  if (!mode || !target || !newFile) throw new Error('usage');
  const next = new Uint8Array(readFileSync(newFile));
  const started = Date.now();
  process.stdout.write('ready\n');
  if (mode === 'atomic') {
    await writeFileAtomic(target, next);
  } else if (mode === 'edit' && storeDir) {
    const store = new BackupStore(storeDir);
    const io = localFile(target);
    const current = await io.read();
    const r = await applyEdit(store, io, { expectedBeforeSha256: sha256(current), after: next, label: 'crash-test' });
    if (process.env.UNDO === '1' && r.entry) await undoEdit(store, io, r.entry.id);
  } else throw new Error(`unknown mode ${mode}`);
  process.stdout.write(`done ${Date.now() - started}\n`);
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e));
  process.exit(2);
});
