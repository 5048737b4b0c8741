import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { RaceResult, TlsCheckResult } from '../../src-shared/contract/network';
import type { Lang } from '../../src-shared/contract/define';
import { createI18n } from '../../src-renderer/i18n';
import { TlsSection } from '../../src-renderer/pages/network/TlsSection';
import { createStores, StoresProvider, type Stores } from '../../src-renderer/store';
import { networkStatus } from '../../src-renderer/store/network';
import { fakeApi, type Handlers } from './fake-api';

const target = { distro: 'Ubuntu-24.04', user: 'dev', version: 2 as const, exists: true };
const ISSUER = 'O = Example Corp, CN = Example Corp TLS Inspection CA';

function race(finding: 'TLS_UNTRUSTED' | null): z.infer<typeof RaceResult> {
  return {
    winner: finding ? null : 'https://proxy.golang.org',
    decidedInMs: 120,
    reason: 'all-answered',
    candidates: [{ url: 'https://proxy.golang.org', ok: !finding, latencyMs: finding ? null : 120, httpCode: finding ? null : 200, finding, abandoned: false }],
    sumdb: null,
  };
}
function tls(trusted: boolean): z.infer<typeof TlsCheckResult> {
  return {
    hosts: [{ host: 'proxy.golang.org', connected: true, issuer: ISSUER, trusted, intercepted: true, verifyText: trusted ? 'ok' : 'unable to get local issuer certificate', finding: trusted ? null : 'TLS_UNTRUSTED' }],
    importCaNeeded: !trusted,
  };
}

function network(over: Handlers = {}, state = { trusted: false }) {
  const f = fakeApi({
    'network.detectProxy': () => ({ windows: null, plan: null, mode: 'nat', findings: [] }) as never,
    'network.dnsCheck': () => ({ resolvConf: { generatedByWsl: true, nameservers: ['10.0.0.1'], search: [], dnsTunneling: false }, results: [], findings: [], fixes: [] }),
    'network.raceGoproxy': () => race(state.trusted ? null : 'TLS_UNTRUSTED'),
    'network.tlsCheck': () => tls(state.trusted),
    'network.importCa': () => {
      state.trusted = true;
      return { outcome: 'installed' as const, certificate: { subject: 'CN=Example Corp TLS Inspection CA', issuer: 'CN=Example Corp TLS Inspection CA', fingerprint256: 'AB:CD', validTo: 'Dec 31 2030' }, changes: [] };
    },
    ...over,
  });
  return { ...f, stores: createStores(f.api) };
}

function render(stores: Stores, lang: Lang): string {
  (stores.network as { getInitialState: () => unknown }).getInitialState = stores.network.getState;
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(lang)}>
      <StoresProvider stores={stores}>
        <TlsSection target={target} />
      </StoresProvider>
    </I18nextProvider>,
  );
}

describe('Network step: HTTPS inspection', () => {
  it('checks HTTPS by itself only when a module proxy failed on its certificate', async () => {
    const bad = network();
    await bad.stores.network.getState().check(target);
    expect(bad.calls.map((c) => c.channel)).toEqual(['network.detectProxy', 'network.dnsCheck', 'network.raceGoproxy', 'network.tlsCheck']);
    expect(networkStatus(bad.stores.network.getState())).toBe('attention');

    const good = network({}, { trusted: true });
    await good.stores.network.getState().check(target);
    expect(good.calls.map((c) => c.channel)).not.toContain('network.tlsCheck');
  });

  it('installs the chosen certificate, then measures HTTPS and the module proxies again', async () => {
    const n = network();
    await n.stores.network.getState().check(target);
    n.calls.length = 0;
    await n.stores.network.getState().importCa(target);
    expect(n.calls.map((c) => c.channel)).toEqual(['network.importCa', 'network.tlsCheck', 'network.raceGoproxy']);
    // The page sends only which distro: main picks the file and asks the person.
    expect(Object.keys(n.calls[0]?.request as object).sort()).toEqual(['target', 'taskId']);
    const s = n.stores.network.getState();
    expect(s.tls?.importCaNeeded).toBe(false);
    expect(s.race?.winner).toBe('https://proxy.golang.org');
    expect(networkStatus(s)).not.toBe('attention');
  });

  it('shows who inspects HTTPS, the catalog explanation and the certificate picker (en and zh-CN)', async () => {
    const n = network();
    await n.stores.network.getState().check(target);
    const en = render(n.stores, 'en');
    expect(en).toContain(`HTTPS is inspected by ${ISSUER}, and the distribution does not trust it yet.`);
    expect(en).toMatch(/<button[^>]*>Choose the certificate file and install…<\/button>/);
    expect(en).toContain('installs it only if you agree there');
    expect(en).toContain('TLS_UNTRUSTED');
    const zh = render(n.stores, 'zh-CN');
    expect(zh).toContain('但发行版还不信任它');
    expect(zh).toContain('选择证书文件并安装');
  });

  it('offers the check on request when nothing has been measured yet, and says when all is trusted', async () => {
    const idle = network();
    expect(render(idle.stores, 'en')).toContain('>Check HTTPS</button>');
    const good = network({}, { trusted: true });
    await good.stores.network.getState().checkTls(target);
    expect(render(good.stores, 'en')).toContain(`HTTPS is inspected by ${ISSUER}; the distribution trusts it.`);
  });
});

describe('importCa answered in main', () => {
  it('declined or no file: says so, and measures nothing again (en and zh-CN)', async () => {
    const d = network({ 'network.importCa': () => ({ outcome: 'declined', certificate: { subject: 'CN=Evil Root', issuer: 'CN=Evil Root', fingerprint256: 'AB', validTo: 'x' }, changes: [] }) });
    await d.stores.network.getState().check(target);
    d.calls.length = 0;
    await d.stores.network.getState().importCa(target);
    expect(d.calls.map((c) => c.channel)).toEqual(['network.importCa']);
    expect(render(d.stores, 'en')).toContain('Not installed: you chose Cancel for CN=Evil Root.');
    expect(render(d.stores, 'zh-CN')).toContain('未安装');
    const c = network({ 'network.importCa': () => ({ outcome: 'cancelled', certificate: null, changes: [] }) });
    await c.stores.network.getState().check(target);
    await c.stores.network.getState().importCa(target);
    expect(render(c.stores, 'en')).toContain('No file was chosen.');
  });
});
