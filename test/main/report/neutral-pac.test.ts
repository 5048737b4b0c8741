import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTranscriptFile } from '../../../src-main/host/machines';
import { parseWinProxyJson } from '../../../src-main/services/network/win-proxy';
import { compilePac, pacUrlFor } from '../../../src-main/services/proxy-route/pac-sandbox';
import { neutralPac, OTHER_URL, WIZARD_URLS } from '../../../src-main/services/report/neutral-pac';
import { withNeutralPacs } from '../../../src-main/services/report/pac-entries';
import { COMPANY_PAC, MACHINES_DIR, SEEDS } from './seeded-machines';

/** The PAC v2rayN serves in PAC mode, as recorded in its machine (its source is cited there). */
function v2raynPac(): string {
  const t = readTranscriptFile(path.join(MACHINES_DIR, 'win11-v2rayn-pac.json'));
  const e = t.entries.find((x) => x.probe === 'net.win-proxy');
  const raw = e?.stdout && 'text' in e.stdout ? parseWinProxyJson(e.stdout.text) : null;
  if (!raw?.pacScript) throw new Error('win11-v2rayn-pac.json has no recorded PAC');
  return raw.pacScript;
}

const answer = (script: string, url: string) => {
  const { url: u, host } = pacUrlFor(url);
  return compilePac(script).findProxy(u, host);
};

describe('the neutral PAC of a redacted report', () => {
  it.each([
    ['v2rayN', v2raynPac],
    ['company', () => COMPANY_PAC],
  ])('answers as the %s PAC did for every URL the wizard uses, and for other hosts', (_name, pacOf) => {
    const original = pacOf();
    const neutral = neutralPac(original);
    const urls = [...WIZARD_URLS, OTHER_URL, 'https://intranet-only.example.org/'];
    const before = urls.map((u) => answer(original, u));
    // The originals route the wizard's hosts differently from other hosts: a neutral PAC that always
    // answered one thing would fail here.
    expect(new Set(before).size).toBeGreaterThan(1);
    expect(urls.map((u) => answer(neutral, u))).toEqual(before);
    // It says what it replaced: the original's SHA-256 and length.
    expect(neutral).toContain(`sha256 ${createHash('sha256').update(original).digest('hex')}, ${original.length} characters`);
  });

  it('holds none of the internal names and networks of the company PAC', () => {
    const neutral = neutralPac(COMPANY_PAC).toLowerCase();
    for (const v of [SEEDS.personal.pacInternalDomain, SEEDS.personal.pacInternalHost, SEEDS.personal.pacInternalNet]) expect(neutral).not.toContain(v);
  });

  it('a PAC that does not run is replaced by one that does not run either (the replay falls back as the machine did)', () => {
    const broken = `function FindProxyForURL(url, host) { return ${SEEDS.personal.pacInternalHost}( ; }`;
    const neutral = neutralPac(broken);
    expect(neutral).not.toContain(SEEDS.personal.pacInternalHost);
    expect(() => compilePac(neutral)).toThrow(/no FindProxyForURL/);
  });

  it('only the proxy probe’s pacScript changes; other fields and other runs stay as recorded', () => {
    const json = { schema: 1, proxyEnable: 1, proxyServer: '127.0.0.1:7890', autoConfigUrl: 'http://127.0.0.1:10810/pac/', pacScript: COMPANY_PAC };
    const entries = [
      { probe: 'net.win-proxy', exitCode: 0, stdout: { text: `${JSON.stringify(json)}\r\n`, encoding: 'utf8' as const } },
      { probe: 'net.facts', exitCode: 0, stdout: { text: `pac=${COMPANY_PAC}`, encoding: 'utf8' as const } },
    ];
    const [proxy, other] = withNeutralPacs(entries);
    const text = proxy?.stdout && 'text' in proxy.stdout ? proxy.stdout.text : '';
    expect(text.endsWith('}\r\n')).toBe(true);
    const raw = parseWinProxyJson(text);
    expect(raw).toMatchObject({ proxyEnable: 1, proxyServer: '127.0.0.1:7890', autoConfigUrl: 'http://127.0.0.1:10810/pac/' });
    expect(raw?.pacScript).toBe(neutralPac(COMPANY_PAC));
    expect(other).toBe(entries[1]);
  });
});
