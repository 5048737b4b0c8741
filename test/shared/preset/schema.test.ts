import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPreset, readPreset } from '../../../src-shared/preset/problems';
import { PRESET_CHOICES, PRESET_FORMAT } from '../../../src-shared/preset/schema';

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLES = path.join(ROOT, 'docs/presets');
const read = (p: string): string => readFileSync(p, 'utf8');

describe('the example presets in docs/presets', () => {
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.preset.json'));
  it('are there: a classroom and a company behind a proxy with a CA', () => {
    expect(files.sort()).toEqual(['classroom.preset.json', 'company-proxy-ca.preset.json']);
  });
  for (const f of files) {
    it(`${f} is valid`, () => {
      const r = readPreset(read(path.join(EXAMPLES, f)));
      expect(r.ok ? [] : r.problems).toEqual([]);
    });
  }
  it('the company one locks its proxy and CA and names no secret', () => {
    const r = readPreset(read(path.join(EXAMPLES, 'company-proxy-ca.preset.json')));
    if (!r.ok) throw new Error('invalid');
    expect(r.preset.proxy?.locked).toBe(true);
    expect(r.preset.caCertificate?.locked).toBe(true);
    expect(r.preset.proxy?.value).toMatchObject({ mode: 'url' });
  });
});

/** Deliberately broken presets: each names the JSON paths it must be refused at. */
const BROKEN: { name: string; preset: unknown; paths: string[] }[] = [
  { name: 'no format', preset: { go: { value: 'latest' } }, paths: ['/format'] },
  { name: 'a future format', preset: { format: 'go-wsl-setup.preset/2' }, paths: ['/format'] },
  { name: 'a misspelt key at the top', preset: { format: PRESET_FORMAT, distor: { value: { name: 'Ubuntu' } } }, paths: [''] },
  { name: 'a misspelt "locked"', preset: { format: PRESET_FORMAT, go: { value: 'latest', lockd: true } }, paths: ['/go'] },
  { name: 'a choice without value', preset: { format: PRESET_FORMAT, go: { locked: true } }, paths: ['/go/value'] },
  { name: 'a distro name that is an option', preset: { format: PRESET_FORMAT, distro: { value: { name: '--unregister' } } }, paths: ['/distro/value/name'] },
  { name: 'a Go version without "go"', preset: { format: PRESET_FORMAT, go: { value: '1.22.5' } }, paths: ['/go/value'] },
  { name: 'a proxy with a password', preset: { format: PRESET_FORMAT, proxy: { value: { mode: 'url', url: 'http://alice:hunter2@proxy.example.com:8080' } } }, paths: ['/proxy/value/url'] },
  { name: 'an unknown proxy mode', preset: { format: PRESET_FORMAT, proxy: { value: { mode: 'pac' } } }, paths: ['/proxy/value/mode'] },
  { name: 'GOSUMDB=off', preset: { format: PRESET_FORMAT, goEnv: { value: { GOSUMDB: 'off' } } }, paths: ['/goEnv/value/GOSUMDB'] },
  { name: 'a GOPROXY with a comma list in one entry', preset: { format: PRESET_FORMAT, goEnv: { value: { GOPROXY: ['https://goproxy.cn,direct'] } } }, paths: ['/goEnv/value/GOPROXY/0'] },
  { name: 'a relative CA path', preset: { format: PRESET_FORMAT, caCertificate: { value: { path: 'certs\\corp.crt' } } }, paths: ['/caCertificate/value/path'] },
  { name: 'git set without email', preset: { format: PRESET_FORMAT, git: { value: { policy: 'set', name: 'Lab User' } } }, paths: ['/git/value/email'] },
  { name: 'a multi-line wsl.conf value', preset: { format: PRESET_FORMAT, wslConf: { value: { boot: { command: 'a\nb' } } } }, paths: ['/wslConf/value/boot/command'] },
  { name: 'two mirrors wrong, one right', preset: { format: PRESET_FORMAT, mirrors: { value: ['ftp://x', 'https://go.dev/dl/', 'https://a/../b'] } }, paths: ['/mirrors/value/0', '/mirrors/value/2'] },
];

describe('broken presets are refused with every problem at its JSON path, in en and zh-CN', () => {
  for (const b of BROKEN) {
    it(b.name, () => {
      const r = checkPreset(b.preset);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.problems.map((p) => p.path).sort()).toEqual([...b.paths].sort());
      for (const p of r.problems) {
        expect(p.message.en.length).toBeGreaterThan(3);
        expect(p.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
        expect(p.message['zh-CN']).not.toBe(p.message.en);
      }
    });
  }

  it('the file fixtures in test/fixtures/preset are refused too', () => {
    const dir = path.join(ROOT, 'test/fixtures/preset');
    const bad = readdirSync(dir).filter((f) => f.startsWith('broken-'));
    expect(bad.length).toBeGreaterThan(0);
    for (const f of bad) expect(readPreset(read(path.join(dir, f))).ok, f).toBe(false);
  });

  it('text that is not JSON is one problem for the whole file, in both languages', () => {
    const r = readPreset('{ "format": "go-wsl-setup.preset/1", }');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.path).toBe('');
    expect(r.problems[0]?.message['zh-CN']).toContain('JSON');
  });

  it('a value of the wrong type is "wrong type", an absent one "missing"', () => {
    const r = checkPreset({ format: PRESET_FORMAT, go: { value: 'latest', locked: 'yes' }, distro: { locked: true } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const by = Object.fromEntries(r.problems.map((p) => [p.path, p.message.en]));
    expect(by['/go/locked']).toMatch(/^wrong type: expected boolean/);
    expect(by['/distro/value']).toMatch(/^missing/);
  });

  it('a path segment with / or ~ is escaped as a JSON pointer', () => {
    const r = checkPreset({ format: PRESET_FORMAT, wslConf: { value: { 'a/b~c': { x: 1 } } } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).toContain('/wslConf/value/a~1b~0c');
  });
});

describe('what a valid preset may say', () => {
  it('a BOM (Notepad) is tolerated', () => {
    expect(readPreset(`\uFEFF${JSON.stringify({ format: PRESET_FORMAT })}`).ok).toBe(true);
  });

  const pemFile = '/etc/ssl/certs/ISRG_Root_X1.pem';
  it.skipIf(!existsSync(pemFile))('a CA given inline as PEM (Debian ca-certificates ISRG Root X1; skipped when absent: the path form is covered above)', () => {
    const r = checkPreset({ format: PRESET_FORMAT, caCertificate: { value: { pem: read(pemFile) }, locked: true } });
    expect(r.ok ? [] : r.problems).toEqual([]);
    const broken = checkPreset({ format: PRESET_FORMAT, caCertificate: { value: { pem: read(pemFile).replace('-----END CERTIFICATE-----', '') } } });
    expect(broken.ok).toBe(false);
  });

  it('every choice key can be locked and the list of choices matches the schema', () => {
    const r = readPreset(read(path.join(EXAMPLES, 'company-proxy-ca.preset.json')));
    if (!r.ok) throw new Error('invalid');
    for (const k of Object.keys(r.preset).filter((k) => !['$schema', 'format', 'description'].includes(k))) expect(PRESET_CHOICES).toContain(k);
  });
});
