import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPreset, presetArg, writePresetFile } from '../../../src-main/services/preset';
import { readPreset } from '../../../src-shared/preset/problems';
import { PRESET_FILE_NAME, PRESET_FORMAT, type Preset } from '../../../src-shared/preset/schema';
import { encodeUtf16le } from '../../../src-shared/util/decode';

const ROOT = path.resolve(__dirname, '../../..');
const company = readFileSync(path.join(ROOT, 'docs/presets/company-proxy-ca.preset.json'), 'utf8');

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'preset-svc-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('presetArg', () => {
  it('reads --preset FILE and --preset=FILE; null when absent', () => {
    expect(presetArg(['app.exe', '--preset', 'C:\\p.json'])).toBe('C:\\p.json');
    expect(presetArg(['--preset=x.json', '--other'])).toBe('x.json');
    expect(presetArg(['--unattended'])).toBeNull();
    expect(presetArg(['--preset'])).toBe('');
  });
});

describe('loadPreset', () => {
  it('none when there is no --preset and nothing next to the exe', () => {
    expect(loadPreset({ argv: [], exeDir: dir })).toEqual({ status: 'none' });
  });

  it('reads go-wsl-setup.preset.json next to the exe (UTF-16LE as PowerShell 5.1 writes it)', () => {
    writeFileSync(path.join(dir, PRESET_FILE_NAME), encodeUtf16le(company, true));
    const r = loadPreset({ argv: [], exeDir: dir });
    expect(r.status).toBe('ok');
    if (r.status === 'ok') expect(r.preset.proxy?.locked).toBe(true);
  });

  it('--preset FILE wins over the file next to the exe', () => {
    writeFileSync(path.join(dir, PRESET_FILE_NAME), '{"format":"go-wsl-setup.preset/1","go":{"value":"latest"}}');
    const other = path.join(dir, 'other.json');
    writeFileSync(other, '{"format":"go-wsl-setup.preset/1","go":{"value":"go1.21.0"}}');
    const r = loadPreset({ argv: ['--preset', other], exeDir: dir });
    expect(r).toMatchObject({ status: 'ok', source: other, preset: { go: { value: 'go1.21.0' } } });
  });

  it('an invalid preset comes back as its problems, by JSON path, in both languages', () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"go-wsl-setup.preset/1","distro":{"value":{"name":"-d"}}}');
    const r = loadPreset({ argv: [`--preset=${bad}`], exeDir: dir });
    expect(r.status).toBe('invalid');
    if (r.status !== 'invalid') return;
    expect(r.problems.map((p) => p.path)).toEqual(['/distro/value/name']);
    expect(r.problems[0]?.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a --preset that cannot be read is refused, not ignored', () => {
    const r = loadPreset({ argv: ['--preset', path.join(dir, 'missing.json')], exeDir: dir });
    expect(r.status).toBe('invalid');
    if (r.status === 'invalid') expect(r.problems[0]?.message.en).toMatch(/cannot read the preset/);
    expect(loadPreset({ argv: ['--preset'], exeDir: dir }).status).toBe('invalid');
  });
});

describe('writePresetFile', () => {
  it('writes a file that reads back as the same valid preset, leaving no temp file', () => {
    const p = readPreset(company);
    if (!p.ok) throw new Error('example invalid');
    const file = path.join(dir, 'saved.preset.json');
    writePresetFile(file, p.preset);
    expect(readPreset(readFileSync(file, 'utf8'))).toEqual({ ok: true, preset: p.preset });
    expect(readdirSync(dir)).toEqual(['saved.preset.json']);
  });

  it('refuses to write an invalid preset and leaves nothing behind', () => {
    const bad = { format: PRESET_FORMAT, go: { value: 'one-point-twenty' } } as unknown as Preset;
    expect(() => writePresetFile(path.join(dir, 'x.json'), bad)).toThrow(/\/go\/value/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
