import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src-main/cli/doctor';
import type { DoctorIo } from '../../../src-main/cli/io';
import { encodeUtf16le } from '../../../src-shared/util/decode';

/**
 * `go-wsl-doctor` reads what `dism ... > out.txt` saves on a Chinese,
 * Japanese or US Windows: the console code page (GBK, Shift-JIS, CP437), not
 * UTF-8; and UTF-8 / UTF-16LE with or without BOM; and PowerShell's CLIXML.
 * Before the detector, the GBK files below came out as U+FFFD soup and
 * their Chinese restart / access-denied phrases could never match.
 */
const ROOT = path.resolve(__dirname, '../../..');
const FIX = path.join(ROOT, 'test/fixtures/real');

const body = (rel: string): string => {
  const raw = readFileSync(path.join(FIX, rel), 'utf8');
  return raw.slice(raw.indexOf('\n---\n') + 5).replace(/\r?\n/g, '\r\n'); // DISM and bcdedit write CRLF
};
const expectOf = (rel: string): string => /^expect: (.*)$/m.exec(readFileSync(path.join(FIX, rel), 'utf8'))?.[1]?.trim() ?? '';

const GBK_FIXTURES = ['win/dism-enable-feature-reboot-zh-CN-01.txt', 'win/bcdedit-access-denied-zh-CN-01.txt'];

async function explain(bytes: Uint8Array, extra: string[] = []): Promise<{ id: string; evidence: string[] }[]> {
  let stdout = '';
  const io: DoctorIo = {
    readFile: async () => bytes,
    readStdin: async () => bytes,
    stdinIsTty: false,
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      throw new Error(`unexpected stderr: ${t}`);
    },
  };
  expect(await main(['explain', '--json', ...extra, 'in.txt'], io)).toBe(0);
  return (JSON.parse(stdout) as { findings: { id: string; evidence: string[] }[] }).findings;
}

describe('go-wsl-doctor explain: console code pages', () => {
  for (const rel of GBK_FIXTURES) {
    it(`${rel} saved as GBK gives ${expectOf(rel)}, with the Chinese evidence readable`, async () => {
      const text = body(rel);
      const gbk = new Uint8Array(iconv.encode(text, 'gbk'));
      const findings = await explain(gbk);
      expect(findings[0]?.id).toBe(expectOf(rel));
      expect(findings[0]?.evidence.join('\n')).toMatch(/[\u4e00-\u9fff]/);
      expect(findings[0]?.evidence.join('\n')).not.toContain('\uFFFD');
    });
  }

  it('gives the same answer for the DISM text in UTF-8, UTF-8 with BOM, UTF-16LE with and without BOM, and GBK', async () => {
    const rel = GBK_FIXTURES[0] as string;
    const text = body(rel);
    const forms: Record<string, Uint8Array> = {
      utf8: new Uint8Array(Buffer.from(text, 'utf8')),
      'utf8-bom': new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]),
      utf16le: encodeUtf16le(text),
      'utf16le-bom': encodeUtf16le(text, true),
      gbk: new Uint8Array(iconv.encode(text, 'gbk')),
    };
    for (const [name, bytes] of Object.entries(forms)) {
      const findings = await explain(bytes);
      expect(findings[0]?.id, name).toBe('WSL_REBOOT_PENDING');
    }
  });

  it('reads a Japanese restart message in Shift-JIS', async () => {
    // Made up for the code page (no real ja-JP capture here): Japanese sentences and the untranslated code line, which decides.
    const ja = '操作は正常に終了しました。\r\nシステムを再起動するまで変更は有効になりません。\r\nError code: 0x80070bc2\r\n';
    expect((await explain(new Uint8Array(iconv.encode(ja, 'shift_jis'))))[0]?.id).toBe('WSL_REBOOT_PENDING');
  });

  it('reads a French launcher error in a DOS code page (the paste in microsoft/WSL#7682 shows it as "Donn\uFFFDes": such bytes read as UTF-8)', async () => {
    const rel = 'win/wsl-install-error-0x8007000d-fr-01.txt';
    const text = body(rel).replace('Donn\uFFFDes', 'Données');
    for (const page of ['cp850', 'cp437'] as const) {
      const findings = await explain(new Uint8Array(iconv.encode(text, page)));
      expect(findings[0]?.id, page).toBe(expectOf(rel));
      expect(findings.flatMap((f) => f.evidence).join('\n'), page).not.toContain('\uFFFD');
    }
  });

  it('--encoding skips detection (a wrong one gives mojibake, so the answer changes)', async () => {
    const gbk = new Uint8Array(iconv.encode(body(GBK_FIXTURES[1] as string), 'gbk'));
    expect((await explain(gbk, ['--encoding', 'cp936']))[0]?.id).toBe('WSL_ELEVATION_DENIED');
    expect((await explain(gbk, ['--encoding', 'cp437']))[0]?.id).not.toBe('WSL_ELEVATION_DENIED');
  });

  it('unwraps PowerShell CLIXML (framing as in PowerShell/PowerShell#5912, error lines as in samersultan/wsus-cleanup#6): the evidence is the plain error line', async () => {
    const clixml =
      '#< CLIXML\r\n<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">' +
      '<S S="Error">New-Object : Cannot create type. Only core types are supported in this language mode._x000D__x000A_</S>' +
      '<S S="Error">    + CategoryInfo          : PermissionDenied: (:) [New-Object], PSNotSupportedException_x000D__x000A_</S>' +
      '<S S="Error">    + FullyQualifiedErrorId : CannotCreateTypeConstrainedLanguage,Microsoft.PowerShell.Commands.NewObjectCommand_x000D__x000A_</S></Objs>';
    const findings = await explain(new Uint8Array(Buffer.from(clixml)));
    expect(findings[0]?.id).toBe('WSL_GPO_BLOCKED');
    const evidence = findings.flatMap((f) => f.evidence).join('\n');
    expect(evidence).toContain('Only core types are supported in this language mode.');
    expect(evidence).not.toMatch(/_x000D_|<Objs|<S S=/);
  });

  it('rejects an unknown --encoding as a usage error', async () => {
    let err = '';
    const io: DoctorIo = { readFile: async () => new Uint8Array(), readStdin: async () => new Uint8Array(), stdinIsTty: false, out: () => {}, err: (t) => (err += t) };
    expect(await main(['explain', '--encoding', 'ebcdic', 'x'], io)).toBe(2);
    expect(err).toContain('--encoding');
  });
});

describe('npx go-wsl-doctor (the bundled bin) on GBK files', () => {
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gws-doctor-enc-'));
    await build({
      entryPoints: [path.join(ROOT, 'src-main/cli/doctor.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile: path.join(dir, 'out/cli/doctor.cjs'),
      logLevel: 'error',
    });
    mkdirSync(path.join(dir, 'bin'));
    writeFileSync(path.join(dir, 'bin/go-wsl-doctor.cjs'), readFileSync(path.join(ROOT, 'bin/go-wsl-doctor.cjs')));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const rel of GBK_FIXTURES) {
    it(`explain ${path.basename(rel)} (GBK file) -> ${expectOf(rel)}`, () => {
      const file = path.join(dir, `${path.basename(rel, '.txt')}.gbk.txt`);
      writeFileSync(file, iconv.encode(body(rel), 'gbk'));
      const r = spawnSync(process.execPath, [path.join(dir, 'bin/go-wsl-doctor.cjs'), 'explain', '--json', file], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect((JSON.parse(r.stdout) as { findings: { id: string }[] }).findings[0]?.id).toBe(expectOf(rel));
    });
  }
});
