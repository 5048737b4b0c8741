import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCatalogId } from '../../../src-shared/catalog/ids';
import { encodeUtf16le } from '../../../src-shared/util/decode';
import { main } from '../../../src-main/cli/doctor';
import type { DoctorIo } from '../../../src-main/cli/io';

const ROOT = path.resolve(__dirname, '../../..');
const FIX = path.join(ROOT, 'test/fixtures/real');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** An in-memory world: files by path, bytes on stdin. */
async function run(argv: string[], files: Record<string, Uint8Array | string> = {}, stdin?: Uint8Array | string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const bytes = (x: Uint8Array | string): Uint8Array => (typeof x === 'string' ? new Uint8Array(Buffer.from(x)) : x);
  const io: DoctorIo = {
    readFile: async (p) => {
      const f = files[p];
      if (f === undefined) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
      return bytes(f);
    },
    readStdin: async () => bytes(stdin ?? ''),
    stdinIsTty: stdin === undefined,
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const body = (rel: string): string => {
  const raw = readFileSync(path.join(FIX, rel), 'utf8');
  return raw.slice(raw.indexOf('\n---\n') + 5);
};

describe('go-wsl-doctor explain', () => {
  it('--json prints {findings:[{id, confidence, evidence, title, fix}]} with the answer first', async () => {
    const r = await run(['explain', '--json', 'in.txt'], { 'in.txt': body('win/systeminfo-firmware-no-en-03.txt') });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { findings: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['findings']);
    const first = out.findings[0] ?? {};
    expect(Object.keys(first).sort()).toEqual(['confidence', 'evidence', 'fix', 'id', 'title']);
    expect(first.id).toBe('VIRTUALIZATION_DISABLED');
    expect(first.evidence).toContain('Virtualization Enabled In Firmware: No');
    expect(first.title).toBe('Virtualization is turned off in the BIOS/UEFI');
  });

  it('reads UTF-16LE from stdin with "-" and answers in zh-CN', async () => {
    const r = await run(['explain', '--json', '--lang', 'zh-CN', '-'], {}, encodeUtf16le(body('win/wsl-other-error-0x80070426-zh-CN-01.txt'), true));
    const out = JSON.parse(r.stdout) as { findings: { id: string; title: string; fix: string[] }[] };
    expect(out.findings[0]?.id).toBe('WSL_SERVICE_BROKEN');
    expect(out.findings[0]?.title).toMatch(/[\u4e00-\u9fff]/);
  });

  it('healthy output: findings [] and exit 0', async () => {
    const r = await run(['explain', '--json', 'ok.txt'], { 'ok.txt': body('win/wsl-list-verbose-en-01.txt') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ findings: [] });
  });

  it('unplaceable text: one UNKNOWN, exit 0', async () => {
    const r = await run(['explain', '--json', 'x.txt'], { 'x.txt': 'the frobnicator exploded\n' });
    const out = JSON.parse(r.stdout) as { findings: { id: string }[] };
    expect(out.findings.map((f) => f.id)).toEqual(['UNKNOWN']);
    expect(r.code).toBe(0);
  });

  it('without --json: a readable report in the chosen language', async () => {
    const en = await run(['explain', 'in.txt'], { 'in.txt': 'sudo: go: command not found\n' });
    expect(en.stdout).toContain('[SUDO_SECURE_PATH');
    expect(en.stdout).toContain('What to do:');
    const zh = await run(['explain', '--lang=zh-CN', 'in.txt'], { 'in.txt': 'sudo: go: command not found\n' });
    // The same label pair as the app: 原因 / 怎么办.
    expect(zh.stdout).toContain('怎么办');
    const healthy = await run(['explain', '--lang', 'zh-CN', 'in.txt'], { 'in.txt': 'go version go1.22.5 linux/amd64\n' });
    expect(healthy.stdout).toContain('未发现问题');
  });
});

describe('go-wsl-doctor parse', () => {
  it('prints the parser facts as JSON', async () => {
    const r = await run(['parse', '--kind', 'wsl-list-verbose', 'l.txt'], { 'l.txt': encodeUtf16le(body('win/wsl-list-verbose-en-01.txt')) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      distros: [
        { name: 'Ubuntu-24.04', state: 'Stopped', version: 2, isDefault: true },
        { name: 'Ubuntu-22.04', state: 'Stopped', version: 2, isDefault: false },
      ],
    });
  });

  it('every documented kind answers with its top-level keys', async () => {
    const shapes: Record<string, string[]> = {
      'wsl-list-verbose': ['distros'],
      'wsl-status': ['defaultDistro', 'defaultVersion'],
      'wsl-version': ['wslVersion', 'kernelVersion', 'windowsVersion'],
      'wsl-list-online': ['distros'],
      systeminfo: ['hyperV'],
      'go-env': ['vars'],
      'resolv-conf': ['nameservers', 'generatedByWsl', 'search'],
    };
    for (const [kind, keys] of Object.entries(shapes)) {
      const r = await run(['parse', `--kind=${kind}`, '-'], {}, 'nothing useful\n');
      expect(r.code, kind).toBe(0);
      expect(Object.keys(JSON.parse(r.stdout) as object), kind).toEqual(keys);
    }
  });
});

describe('go-wsl-doctor usage errors (exit 2, reason on stderr)', () => {
  const cases: [string, string[], RegExp][] = [
    ['no command', [], /missing command/],
    ['unknown command', ['diagnose', 'x'], /unknown command/],
    ['unknown kind', ['parse', '--kind', 'nope', 'x'], /unknown kind: nope/],
    ['missing kind', ['parse', 'x'], /needs --kind/],
    ['bad language', ['explain', '--lang', 'fr', 'x'], /--lang needs en or zh-CN/],
    ['unknown option', ['explain', '--yaml', 'x'], /unknown option/],
    ['two files', ['explain', 'a', 'b'], /at most one FILE/],
  ];
  for (const [name, argv, reason] of cases) {
    it(name, async () => {
      const r = await run(argv, { x: 'x', a: 'a', b: 'b' });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(reason);
    });
  }

  it('unreadable file', async () => {
    const r = await run(['explain', '--json', 'missing.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read missing\.txt: ENOENT/);
  });

  it('no FILE while stdin is a terminal', async () => {
    const r = await run(['explain']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/standard input is a terminal/);
  });

  it('--help prints usage on stdout, exit 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/go-wsl-doctor explain \[--json\]/);
  });
});

/**
 * The real program: bundled the way scripts/build.mjs bundles it (esbuild,
 * CommonJS, node20) and started through a wrapper like bin/go-wsl-doctor.cjs,
 * so the "run main when required as the entry" path is exercised here too.
 */
describe('bundled go-wsl-doctor as a process', () => {
  let dir = '';
  let bin = '';
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'doctor-'));
    await build({ entryPoints: [path.join(ROOT, 'src-main/cli/doctor.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: path.join(dir, 'out/cli/doctor.cjs'), logLevel: 'error' });
    bin = path.join(dir, 'bin/go-wsl-doctor.cjs');
    execFileSync('mkdir', ['-p', path.dirname(bin)]);
    writeFileSync(bin, readFileSync(path.join(ROOT, 'bin/go-wsl-doctor.cjs')));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('explain --json FILE: exit 0 and a catalog ID on top', () => {
    const r = spawnSync(process.execPath, [bin, 'explain', '--json', path.join(FIX, 'win/wsl-install-error-0x80072ee2-en-01.txt')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { findings: { id: string }[] };
    expect(out.findings[0]?.id).toBe('WSL_DOWNLOAD_NETWORK');
    expect(out.findings.every((f) => isCatalogId(f.id))).toBe(true);
  });

  it('reads stdin and exits 2 on a missing file', () => {
    const piped = spawnSync(process.execPath, [bin, 'parse', '--kind', 'wsl-status'], { input: encodeUtf16le('Default Distribution: Ubuntu\r\nDefault Version: 2\r\n', true), encoding: 'utf8' });
    expect(piped.status).toBe(0);
    expect(JSON.parse(piped.stdout)).toEqual({ defaultDistro: 'Ubuntu', defaultVersion: 2 });
    const missing = spawnSync(process.execPath, [bin, 'explain', path.join(dir, 'nope.txt')], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read/);
  });

  it('running the bundle directly also works', () => {
    const r = spawnSync(process.execPath, [path.join(dir, 'out/cli/doctor.cjs'), 'explain', '--json', path.join(FIX, 'linux/go-version-apt-old-01.txt')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ findings: [] });
  });
});
