import fs from 'node:fs';
import path from 'node:path';
import { readPreset, type PresetProblem } from '../../../src-shared/preset/problems';
import { PRESET_FILE_NAME, type Preset } from '../../../src-shared/preset/schema';
import { decodeBytes } from '../../../src-shared/util/decode';

/**
 * Finding and reading the preset at start (docs/preset.md): `--preset FILE`
 * wins; otherwise go-wsl-setup.preset.json next to the installed exe. It is
 * read and validated here, in main, before any step runs: an invalid preset
 * comes back as its problems (JSON path, en + zh-CN) and nothing is applied.
 * A --preset that cannot be read is an error too (the admin asked for it);
 * a missing file next to the exe is simply "no preset".
 */

export type PresetLoad =
  | { status: 'none' }
  | { status: 'ok'; source: string; preset: Preset }
  | { status: 'invalid'; source: string; problems: PresetProblem[] };

/** The value of `--preset FILE` or `--preset=FILE` in the app's argv; null when absent. */
export function presetArg(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--preset') return argv[i + 1] ?? '';
    if (a.startsWith('--preset=')) return a.slice('--preset='.length);
  }
  return null;
}

const MAX_FILE = 256 * 1024;

function readText(file: string): string {
  const size = fs.statSync(file).size;
  if (size > MAX_FILE) throw new Error(`larger than ${MAX_FILE} bytes`);
  return decodeBytes(new Uint8Array(fs.readFileSync(file))).text;
}

function unreadable(source: string, e: unknown): PresetLoad {
  const why = e instanceof Error ? e.message : String(e);
  return { status: 'invalid', source, problems: [{ path: '', code: 'unreadable', message: { en: `cannot read the preset: ${why}`, 'zh-CN': `无法读取预设文件：${why}` } }] };
}

/** Read and validate one preset file; a file that cannot be read is invalid, with why. */
function loadFrom(source: string): PresetLoad {
  let text: string;
  try {
    text = readText(source);
  } catch (e) {
    return unreadable(source, e);
  }
  const r = readPreset(text);
  return r.ok ? { status: 'ok', source, preset: r.preset } : { status: 'invalid', source, problems: r.problems };
}

export function loadPreset(opts: { argv: readonly string[]; exeDir: string }): PresetLoad {
  const arg = presetArg(opts.argv);
  if (arg !== null) {
    if (arg === '') return unreadable('--preset', new Error('--preset needs a FILE'));
    return loadFrom(path.resolve(arg));
  }
  const beside = path.join(opts.exeDir, PRESET_FILE_NAME);
  return fs.existsSync(beside) ? loadFrom(beside) : { status: 'none' };
}
