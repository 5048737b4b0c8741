import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src-main/cli/doctor';
import type { DoctorIo } from '../../../src-main/cli/io';
import { WingetConfiguration, wingetProblems } from '../../../src-shared/preset/winget-schema';
import { encodeUtf16le } from '../../../src-shared/util/decode';

const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const ROOT = path.resolve(__dirname, '../../..');
const classroom = readFileSync(path.join(ROOT, 'docs/presets/classroom.preset.json'), 'utf8');
const company = readFileSync(path.join(ROOT, 'docs/presets/company-proxy-ca.preset.json'), 'utf8');
const broken = JSON.stringify({ format: 'go-wsl-setup.preset/1', go: { value: '1.22' }, proxy: { value: { mode: 'url', url: 'http://bob:secret@proxy:8080' } } });

async function run(argv: string[], files: Record<string, Uint8Array | string> = {}, stdin?: string) {
  let stdout = '';
  let stderr = '';
  const io: DoctorIo = {
    readFile: async (p) => {
      const f = files[p];
      if (f === undefined) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
      return typeof f === 'string' ? new Uint8Array(Buffer.from(f)) : f;
    },
    readStdin: async () => new Uint8Array(Buffer.from(stdin ?? '')),
    stdinIsTty: stdin === undefined,
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
  };
  return { code: await main(argv, io), stdout, stderr };
}

describe('go-wsl-doctor preset check', () => {
  it('exit 0 for the example presets', async () => {
    for (const [name, text] of [['classroom.json', classroom], ['company.json', company]] as const) {
      const r = await run(['preset', 'check', name], { [name]: text });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('valid go-wsl-setup.preset/1');
    }
  });

  it('exit 2 with every problem at its JSON path, in en and zh-CN by default', async () => {
    const r = await run(['preset', 'check', 'bad.json'], { 'bad.json': broken });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('2 problem(s)');
    expect(r.stdout).toMatch(/\/go\/value: expected a Go release/);
    expect(r.stdout).toContain('应为形如 go1.22.5 的 Go 版本');
    expect(r.stdout).toMatch(/\/proxy\/value\/url: /);
    // The password in the bad URL is never echoed back.
    expect(r.stdout).not.toContain('secret');
  });

  it('--lang zh-CN prints only Chinese reasons; --json gives {valid, problems}', async () => {
    const zh = await run(['preset', 'check', '--lang', 'zh-CN', 'bad.json'], { 'bad.json': broken });
    expect(zh.code).toBe(2);
    expect(zh.stdout).toContain('预设无效');
    expect(zh.stdout).not.toContain('expected');
    const j = await run(['preset', 'check', '--json', 'bad.json'], { 'bad.json': broken });
    expect(j.code).toBe(2);
    const out = JSON.parse(j.stdout) as { valid: boolean; problems: { path: string }[] };
    expect(out.valid).toBe(false);
    expect(out.problems.map((p) => p.path).sort()).toEqual(['/go/value', '/proxy/value/url']);
  });

  it('reads UTF-16LE with BOM (Windows PowerShell 5.1 Out-File) and standard input', async () => {
    const r = await run(['preset', 'check', 'u16.json'], { 'u16.json': encodeUtf16le(company, true) });
    expect(r.code).toBe(0);
    const piped = await run(['preset', 'check', '-'], {}, classroom);
    expect(piped.code).toBe(0);
  });

  it('usage errors and unreadable files exit 2 with the reason on stderr', async () => {
    expect((await run(['preset'])).code).toBe(2);
    expect((await run(['preset', 'lint', 'x'])).stderr).toContain('unknown preset command: lint');
    expect((await run(['preset', 'check'])).stderr).toContain('needs exactly one FILE');
    expect((await run(['preset', 'winget', '--lang', 'en', 'x'])).stderr).toContain('unknown option for preset winget: --lang');
    const missing = await run(['preset', 'check', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read nope.json');
  });
});

describe('go-wsl-doctor preset winget', () => {
  it('prints a configuration that is valid by the 0.2 rules', async () => {
    const r = await run(['preset', 'winget', 'company.json'], { 'company.json': company });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe('# yaml-language-server: $schema=https://aka.ms/configuration-dsc-schema/0.2');
    const c = WingetConfiguration.parse(yaml.load(r.stdout));
    expect(c.properties?.configurationVersion).toBe('0.2.0');
    expect(wingetProblems(c)).toEqual([]);
  });

  it('refuses an invalid preset on stderr with exit 2 and prints nothing to apply', async () => {
    const r = await run(['preset', 'winget', 'bad.json'], { 'bad.json': broken });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('/go/value');
    expect(r.stderr).toContain('应为');
  });

  it('--package-id / --wizard-exe reach the output; a dangerous exe path is refused', async () => {
    const r = await run(['preset', 'winget', '--package-id', 'Contoso.GoWslSetup', '--wizard-exe', 'D:\\Apps\\gws\\Go on WSL Setup.exe', 'c.json'], { 'c.json': classroom });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"Contoso.GoWslSetup"');
    expect(r.stdout).toContain("$exe = 'D:\\Apps\\gws\\Go on WSL Setup.exe'");
    const bad = await run(['preset', 'winget', '--wizard-exe', 'C:\\a$(calc).exe', 'c.json'], { 'c.json': classroom });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
  });
});

/** The README-documented way: the bundled doctor started as a process on the files in docs/. */
describe('bundled go-wsl-doctor preset as a process', () => {
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'doctor-preset-'));
    await build({ entryPoints: [path.join(ROOT, 'src-main/cli/doctor.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: path.join(dir, 'out/cli/doctor.cjs'), logLevel: 'error' });
    mkdirSync(path.join(dir, 'bin'));
    writeFileSync(path.join(dir, 'bin/go-wsl-doctor.cjs'), readFileSync(path.join(ROOT, 'bin/go-wsl-doctor.cjs')));
    writeFileSync(path.join(dir, 'bad.json'), broken);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('check: 0 on docs/presets, 2 on a broken one; winget: 0', () => {
    const bin = path.join(dir, 'bin/go-wsl-doctor.cjs');
    const good = spawnSync(process.execPath, [bin, 'preset', 'check', path.join(ROOT, 'docs/presets/classroom.preset.json')], { encoding: 'utf8' });
    expect(good.status).toBe(0);
    const bad = spawnSync(process.execPath, [bin, 'preset', 'check', path.join(dir, 'bad.json')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    const w = spawnSync(process.execPath, [bin, 'preset', 'winget', path.join(ROOT, 'docs/presets/company-proxy-ca.preset.json')], { encoding: 'utf8' });
    expect(w.status).toBe(0);
    expect(w.stdout).toContain('configurationVersion: "0.2.0"');
  });
});
