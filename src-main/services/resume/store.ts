import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ResumeState } from '../../../src-shared/contract/wsl';
import { cleanupStaleTemps, removeFileDurable, writeFileAtomic } from '../../files/atomic-write';

/**
 * Where the wizard resumes after a restart, in one small JSON file written
 * atomically (temp + fsync + rename): a power cut during the save leaves the
 * old state or the new one, never half a file. It holds only the step; every
 * fact is detected again after the restart (FIELD-NOTES: a stored "restart
 * needed" flag is how other tools got stuck in restart loops).
 */
export interface ResumeStore {
  read(): Promise<ResumeState | null>;
  write(state: ResumeState): Promise<void>;
  clear(): Promise<void>;
}

export const RESUME_FILE = 'resume-state.json';

export class FileResumeStore implements ResumeStore {
  readonly file: string;

  constructor(readonly dir: string) {
    this.file = path.join(dir, RESUME_FILE);
  }

  /** A missing, unreadable or malformed file means "nothing to resume": start at the beginning. */
  async read(): Promise<ResumeState | null> {
    let raw: string;
    try {
      raw = await fs.readFile(this.file, 'utf8');
    } catch {
      return null;
    }
    try {
      const parsed = ResumeState.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async write(state: ResumeState): Promise<void> {
    const valid = ResumeState.parse(state);
    await fs.mkdir(this.dir, { recursive: true });
    await cleanupStaleTemps(this.file);
    await writeFileAtomic(this.file, new TextEncoder().encode(`${JSON.stringify(valid, null, 2)}\n`), { mode: 0o600 });
  }

  async clear(): Promise<void> {
    await removeFileDurable(this.file).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
  }
}
