import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG, CATALOG_IDS, catalogEntryFor, LANGS } from '../../../src-shared/catalog/index';

/** The IDs in docs/catalog.md (a copy of the shared catalog: the contract with outside tools), first column of its tables. */
function idsFromMarkdown(): string[] {
  const candidates = [path.resolve(__dirname, '../../../docs/catalog.md')];
  for (const p of candidates) {
    try {
      const md = readFileSync(p, 'utf8');
      return [...md.matchAll(/^\| ([A-Z][A-Z0-9_]+) \|/gm)].map((m) => m[1] ?? '').filter((id) => id !== 'ID');
    } catch {
      // try the next location
    }
  }
  return [];
}

const CJK = /[\u3400-\u9fff]/;

/**
 * English that may stay in zh-CN text: product names, standards, vendors and
 * their BIOS menu words, units. Commands to type are written in “quotes” and
 * removed before the check, as are paths.
 */
const ALLOWED = new Set(
  `WSL WSL1 WSL2 Windows Linux Ubuntu Microsoft Store GitHub BIOS UEFI Intel AMD VT-x AMD-V SVM VMX Mode Technology Virtualization Hyper-V VirtualBox
   VMware RVI EPT Go DNS VPN TLS HTTP HTTPS SSH IT PATH CPU MSI DISM UAC LAN SOCKS GB ARM ARM64 x64 Device Guard WDAC LxssManager WslService Winsock LSP
   ASUS Gigabyte ASRock Dell HP Lenovo ThinkPad Advanced Configuration OC Features Tweaker Settings Support Security System Options Config Del Esc
   PowerShell GOPROXY GOSUMDB GOPRIVATE GOROOT GOTOOLCHAIN cgo gcc glibc git apt dpkg sudo bash zsh root go mod sum wslconfig wsl conf etc tar gzip
   SHA-256 arm64 Set VMProcessor VS Code Marketplace LTSC Server Clash`
    .split(/\s+/)
    .filter(Boolean),
);

function leakedEnglish(text: string): string[] {
  const stripped = text
    .replace(/“[^”]*”/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/0x[0-9a-f]+/gi, ' ')
    .replace(/\b\d{2}H\d\b/g, ' ')
    .replace(/\b[\w-]+\.(?:dev|org|com|cn|io)\b/g, ' ')
    .replace(/%\w+%\S*/g, ' ')
    .replace(/\$\([^)]*\)\S*/g, ' ')
    // Paths, also right after CJK text or a full-width bracket (no space in Chinese).
    .replace(/(?:^|[^\w])[./~][\w./-]+/g, ' ');
  return (stripped.match(/[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]/g) ?? []).filter((w) => !ALLOWED.has(w) && !/^F\d+$/.test(w));
}

describe('catalog', () => {
  it('has exactly the IDs of catalog.md, plus UNKNOWN', () => {
    const md = idsFromMarkdown();
    expect(md.length).toBeGreaterThanOrEqual(50);
    expect([...CATALOG_IDS].sort()).toEqual([...md, 'UNKNOWN'].sort());
  });

  for (const lang of LANGS) {
    it(`every ID has a non-empty title, cause and fix steps in ${lang}`, () => {
      for (const id of CATALOG_IDS) {
        const e = CATALOG[lang][id];
        expect(e.title.trim(), `${lang} ${id} title`).not.toBe('');
        expect(e.cause.trim().length, `${lang} ${id} cause`).toBeGreaterThan(10);
        expect(e.fix.length, `${lang} ${id} fix`).toBeGreaterThan(0);
        for (const step of e.fix) expect(step.trim(), `${lang} ${id} fix step`).not.toBe('');
      }
    });
  }

  it('zh-CN is Chinese: every string has CJK characters and no English beyond product names, codes and commands', () => {
    const leaks: string[] = [];
    for (const id of CATALOG_IDS) {
      const e = CATALOG['zh-CN'][id];
      for (const s of [e.title, e.cause, ...e.fix]) {
        expect(CJK.test(s), `${id}: ${s}`).toBe(true);
        const words = leakedEnglish(s);
        if (words.length > 0) leaks.push(`${id}: ${words.join(', ')}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('English strings carry no CJK', () => {
    for (const id of CATALOG_IDS) {
      const e = CATALOG.en[id];
      for (const s of [e.title, e.cause, ...e.fix]) expect(CJK.test(s), `${id}: ${s}`).toBe(false);
    }
  });

  it('virtualization fix names the vendor BIOS settings and menus in both languages', () => {
    for (const lang of LANGS) {
      const text = CATALOG[lang].VIRTUALIZATION_DISABLED.fix.join(' ');
      for (const word of ['Intel Virtualization Technology', 'VT-x', 'SVM Mode', 'Advanced > CPU Configuration']) expect(text).toContain(word);
    }
  });

  it('unknown IDs from outside read as UNKNOWN', () => {
    expect(catalogEntryFor('NOT_AN_ID', 'en')).toBe(CATALOG.en.UNKNOWN);
  });
});
