import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeUtf16le } from '../../../src-shared/util/decode';
import { main } from '../../../src-main/cli/doctor';
import type { DoctorIo } from '../../../src-main/cli/io';

/** `go-wsl-doctor explain FILE` on the in-box wsl.exe's usage-only answer, as wsl.exe writes it (UTF-16LE with BOM). */
const FIX = path.resolve(__dirname, '../../fixtures/real/win');
const body = (file: string) => {
  const t = readFileSync(path.join(FIX, file), 'utf8');
  return t.slice(t.indexOf('\n---\n') + 5).replace(/\n/g, '\r\n');
};

async function explain(file: Uint8Array, lang: 'en' | 'zh-CN'): Promise<{ code: number; ids: string[] }> {
  let stdout = '';
  const io: DoctorIo = {
    readFile: async (p) => {
      if (p !== 'help.txt') throw new Error(`ENOENT: no such file or directory, open '${p}'`);
      return file;
    },
    readStdin: async () => new Uint8Array(),
    stdinIsTty: true,
    out: (t) => {
      stdout += t;
    },
    err: () => {},
  };
  const code = await main(['explain', '--json', '--lang', lang, 'help.txt'], io);
  const out = JSON.parse(stdout) as { findings: { id: string }[] };
  return { code, ids: out.findings.map((f) => f.id) };
}

describe('go-wsl-doctor explain: the in-box help text', () => {
  for (const [file, lang] of [
    ['wsl-install-usage-only-inbox-en-01.txt', 'en'],
    ['wsl-help-inbox-zh-CN-01.txt', 'zh-CN'],
  ] as const) {
    it(`${file} -> WSL_INBOX_LEGACY first`, async () => {
      const r = await explain(encodeUtf16le(body(file), true), lang);
      expect(r.code).toBe(0);
      expect(r.ids[0]).toBe('WSL_INBOX_LEGACY');
    });
  }
});
