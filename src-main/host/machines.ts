import fs from 'node:fs';
import path from 'node:path';
import { ApiError, type MachineSummary } from '../../src-shared/contract';
import { Transcript } from '../../src-shared/transcript/schema';
import { devHook, isPackaged, resourcesPath } from './packaged';

/**
 * The recorded machines the demo and the tests replay (assets/machines/*.json),
 * and report files a support person opens with --replay.
 */
export function readTranscriptFile(file: string): Transcript {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ApiError('NOT_FOUND', `cannot read ${path.basename(file)}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  return parseTranscriptText(raw, path.basename(file));
}

/** A recorded machine or a support report (which wraps one), from its JSON text. */
export function parseTranscriptText(raw: string, name: string): Transcript {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ApiError('VALIDATION', `${name} is not JSON`);
  }
  // A support report wraps the transcript; a plain transcript is accepted too.
  const candidate = json && typeof json === 'object' && 'transcript' in json ? (json as { transcript: unknown }).transcript : json;
  const parsed = Transcript.safeParse(candidate);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ApiError('VALIDATION', `${name} is not a recorded machine: ${first?.path.join('.') ?? ''} ${first?.message ?? ''}`.trim());
  }
  return parsed.data;
}

export const DEFAULT_MACHINE = 'win11-healthy';

/**
 * Where the recorded machines are. The installed app has them in its resources
 * folder (electron-builder.yml extraResources) and looks nowhere else; a
 * development run also honours GWS_MACHINES_DIR, the bundle's folder, the
 * checkout and the working directory.
 */
export function machinesDirs(): string[] {
  const resources = resourcesPath();
  const shipped = resources ? [path.join(resources, 'machines')] : [];
  if (isPackaged()) return shipped;
  const dev = [
    devHook('GWS_MACHINES_DIR'),
    path.join(__dirname, 'machines'),
    path.join(__dirname, '..', '..', 'assets', 'machines'),
    path.join(process.cwd(), 'assets', 'machines'),
  ];
  return [...dev.filter((d): d is string => typeof d === 'string'), ...shipped];
}

export function machinesDir(): string {
  for (const dir of machinesDirs()) if (fs.existsSync(dir)) return dir;
  throw new Error('recorded machines folder not found');
}

export class MachineCatalog {
  private readonly byId = new Map<string, Transcript>();

  constructor(dir: string = machinesDir()) {
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      const t = readTranscriptFile(path.join(dir, name));
      if (this.byId.has(t.machine.id)) throw new Error(`duplicate recorded machine id ${t.machine.id}`);
      this.byId.set(t.machine.id, t);
    }
  }

  /** The machine the demo opens on without --machine: the healthy one, or else the first. */
  defaultId(): string {
    if (this.byId.has(DEFAULT_MACHINE)) return DEFAULT_MACHINE;
    const first = this.byId.keys().next();
    if (first.done) throw new Error('no recorded machines');
    return first.value;
  }

  list(): MachineSummary[] {
    return [...this.byId.values()].map((t) => summary(t));
  }

  get(id: string): Transcript {
    const t = this.byId.get(id);
    if (!t) throw new ApiError('NOT_FOUND', `no recorded machine "${id}"`);
    return t;
  }
}

export function summary(t: Transcript): MachineSummary {
  return { id: t.machine.id, title: t.machine.title, description: t.machine.description };
}
