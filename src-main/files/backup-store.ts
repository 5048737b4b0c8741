import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { cleanupStaleTempsIn, writeFileAtomic } from './atomic-write';
import { sha256, type EditTarget } from './target-io';

/**
 * The undo journal: one small JSON file per edit plus the bytes the file had
 * before it (`<id>.before`). Both are written atomically, the bytes first, so
 * a journal entry never points at a backup that is not on disk. States:
 *
 *   prepared  -> the backup is safe; the target may or may not be written yet
 *   applied   -> the target holds the new bytes
 *   undoing   -> the old bytes are being put back
 *   undone    -> the target holds the old bytes again
 *   abandoned -> a crash before the target was written; nothing changed
 *
 * recover() settles prepared/undoing entries after a crash by looking at what
 * the target really holds (hash), never by trusting the stored state.
 */
export type EntryState = 'prepared' | 'applied' | 'undoing' | 'undone' | 'abandoned';

export interface FileVersion {
  readonly exists: boolean;
  readonly sha256: string | null;
  readonly size: number;
}

export interface JournalEntry {
  readonly version: 1;
  readonly id: string;
  /** What the edit was for, as an i18n key or short text (never secrets). */
  readonly label: string;
  readonly target: EditTarget;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly state: EntryState;
  readonly before: FileVersion;
  readonly after: FileVersion;
}

const ID_RE = /^[0-9a-z]{8,16}-[0-9a-f]{8}$/;

export class BackupStore {
  constructor(
    readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async init(): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
  }

  /** Step 1 of an edit: keep the old bytes, then the journal entry in state 'prepared'. */
  async record(target: EditTarget, before: Uint8Array | null, after: Uint8Array | null, label: string): Promise<JournalEntry> {
    await this.init();
    // Time first so ids sort by creation; the random part keeps two edits in one millisecond apart.
    const id = `${this.now().getTime().toString(36).padStart(9, '0')}-${randomBytes(4).toString('hex')}`;
    if (before !== null) await writeFileAtomic(this.blobPath(id), before, { mode: 0o600 });
    const stamp = this.now().toISOString();
    const entry: JournalEntry = {
      version: 1,
      id,
      label,
      target,
      createdAt: stamp,
      updatedAt: stamp,
      state: 'prepared',
      before: version(before),
      after: version(after),
    };
    await this.save(entry);
    return entry;
  }

  async setState(id: string, state: EntryState): Promise<JournalEntry> {
    const entry = await this.get(id);
    if (!entry) throw new Error(`no journal entry ${id}`);
    const next: JournalEntry = { ...entry, state, updatedAt: this.now().toISOString() };
    await this.save(next);
    return next;
  }

  async get(id: string): Promise<JournalEntry | null> {
    if (!ID_RE.test(id)) return null;
    try {
      const parsed = JSON.parse(await fs.readFile(this.entryPath(id), 'utf8')) as JournalEntry;
      return parsed.version === 1 && parsed.id === id ? parsed : null;
    } catch {
      return null;
    }
  }

  /** All entries, oldest first. Unreadable entries are skipped (a crash cannot leave one: they are written atomically). */
  async list(): Promise<JournalEntry[]> {
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    const ids = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).filter((id) => ID_RE.test(id)).sort();
    const entries = await Promise.all(ids.map((id) => this.get(id)));
    return entries.filter((e): e is JournalEntry => e !== null);
  }

  /** The bytes the file had before the edit; null when the edit created the file. Verified against the journal's hash. */
  async readBefore(entry: JournalEntry): Promise<Uint8Array | null> {
    if (!entry.before.exists) return null;
    const bytes = new Uint8Array(await fs.readFile(this.blobPath(entry.id)));
    if (sha256(bytes) !== entry.before.sha256) throw new Error(`backup ${entry.id} does not match its recorded hash`);
    return bytes;
  }

  /** Remove what a crash can leave behind: temp files and backups whose journal entry was never written. */
  async sweep(): Promise<{ temps: number; orphans: number }> {
    let temps = 0;
    let orphans = 0;
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    for (const n of names) {
      if (!n.endsWith('.before')) continue;
      const id = n.slice(0, -7);
      if (!names.includes(`${id}.json`)) {
        await fs.rm(path.join(this.dir, n), { force: true });
        orphans++;
      }
    }
    temps += (await cleanupStaleTempsIn(this.dir)).length;
    return { temps, orphans };
  }

  private async save(entry: JournalEntry): Promise<void> {
    await writeFileAtomic(this.entryPath(entry.id), new TextEncoder().encode(`${JSON.stringify(entry, null, 2)}\n`), { mode: 0o600 });
  }

  private entryPath(id: string) {
    return path.join(this.dir, `${id}.json`);
  }

  private blobPath(id: string) {
    return path.join(this.dir, `${id}.before`);
  }
}

function version(bytes: Uint8Array | null): FileVersion {
  return { exists: bytes !== null, sha256: sha256(bytes), size: bytes?.length ?? 0 };
}
