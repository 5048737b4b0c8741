import { describe, expect, it } from 'vitest';
import { runUnattended, NEEDS_CHOICE, type UnattendedDeps } from '../../../src-main/services/unattended/orchestrate';
import { exitCodeOf, resultLine } from '../../../src-main/services/unattended/outcome';
import type { PreflightReport, ResumeState, WslActionResult } from '../../../src-shared/contract';
import { Preset } from '../../../src-shared/preset/schema';
import { report } from '../../renderer/fake-api';

/** A preset as an admin writes it (parsed by the real schema, so a test cannot use a shape the file format refuses). */
function preset(extra: Record<string, unknown> = {}) {
  return Preset.parse({ format: 'go-wsl-setup.preset/1', distro: { value: { name: 'Ubuntu' } }, go: { value: 'go1.22.5' }, ...extra });
}

function action(outcome: WslActionResult['outcome'], reasons: WslActionResult['reboot']['reasons'] = [], findings: string[] = []): WslActionResult {
  return { action: 'x', outcome, attempts: [], findings: findings.map((id) => ({ id, confidence: 0.9, evidence: [] })), reboot: { required: reasons.length > 0, reasons }, report: null };
}

/** Fakes for every dep, recording the calls in order; a test overrides the ones it is about. */
function fakeDeps(over: Partial<UnattendedDeps> = {}) {
  const calls: string[] = [];
  const rec = <A extends unknown[], R>(name: string, f: (...a: A) => R) => (...a: A): R => {
    calls.push(`${name}${a.length ? ` ${a.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(' ')}` : ''}`);
    return f(...a);
  };
  const deps: UnattendedDeps = {
    preflight: rec('preflight', async () => report(['ok'])),
    fix: rec('fix', async () => action('done')),
    installWsl: rec('installWsl', async () => action('done')),
    restart: rec('restart', async () => true),
    defaultUser: rec('defaultUser', async () => 'tester'),
    goReleases: rec('goReleases', async () => ({ latestStable: 'go1.23.1', versions: ['go1.23.1', 'go1.22.5'] })),
    detectOldGo: rec('detectOldGo', async () => []),
    installGo: rec('installGo', async (_t, v: string) => ({ version: v })),
    verifyShells: rec('verifyShells', async () => ({ ok: true, finding: null })),
    applyProxy: rec('applyProxy', async () => undefined),
    windowsProxy: rec('windowsProxy', async () => ({ url: 'http://172.29.80.1:7890', noProxy: ['localhost', '127.0.0.1'] })),
    testProxy: rec('testProxy', async () => ({ ok: true, finding: null })),
    raceGoproxy: rec('raceGoproxy', async () => ({ winner: 'https://proxy.golang.org', sumdb: null, finding: null })),
    applyGoproxy: rec('applyGoproxy', async () => ({ goproxy: '', gosumdb: '', goprivate: '', overrides: [], changes: [], findings: [] })),
    gitSetup: rec('gitSetup', async () => undefined),
    prove: rec('prove', async () => ({ ok: true, finding: null, failedStep: null })),
    log: () => undefined,
    ...over,
  };
  return { deps, calls };
}

function withChecks(base: PreflightReport, checks: PreflightReport['checks']): PreflightReport {
  return { ...base, checks };
}
const vmpOff = withChecks(report(), [{ id: 'vmp-feature', status: 'fail', observed: {}, findings: ['VMP_FEATURE_MISSING'], fixAction: 'windows.enable-features' }]);

describe('the unattended run', () => {
  it('goes from a ready machine to a proven go run, in the wizard order, with the preset\'s Go', async () => {
    const { deps, calls } = fakeDeps();
    const outcome = await runUnattended(deps, preset(), null);
    expect(outcome).toEqual({ kind: 'done', distro: 'Ubuntu', user: 'tester', goVersion: 'go1.22.5' });
    expect(exitCodeOf(outcome)).toBe(0);
    expect(resultLine(outcome)).toBe('RESULT done exit=0 distro=Ubuntu go=go1.22.5');
    expect(calls.map((c) => c.split(' ')[0])).toEqual([
      'preflight', 'defaultUser', 'goReleases', 'detectOldGo', 'installGo', 'verifyShells', 'raceGoproxy', 'applyGoproxy', 'prove',
    ]);
    expect(calls).toContain('installGo {"distro":"Ubuntu","user":"tester"} go1.22.5');
  });

  it('"latest" installs the newest stable release of the list', async () => {
    const { deps, calls } = fakeDeps();
    const outcome = await runUnattended(deps, preset({ go: { value: 'latest' } }), null);
    expect(outcome.kind).toBe('done');
    expect(calls.some((c) => c.startsWith('installGo') && c.endsWith('go1.23.1'))).toBe(true);
  });

  it('enables a missing feature, then restarts (exit 3) and goes no further', async () => {
    const { deps, calls } = fakeDeps({ preflight: async () => vmpOff, fix: async () => action('reboot-required', ['features-enabled']) });
    const outcome = await runUnattended(deps, preset(), null);
    expect(outcome).toEqual({ kind: 'restart', step: 'preflight', reason: 'features-enabled' });
    expect(exitCodeOf(outcome)).toBe(3);
    expect(calls).toEqual(['restart preflight features-enabled']);
  });

  it('after a restart that did not clear the reason, stops (WIN_REBOOT_PERSISTS) instead of restarting again', async () => {
    const resumed: ResumeState = { version: 1, step: 'preflight', reason: 'features-enabled', machine: null, runOnce: true, savedAt: '2026-01-01T00:00:00Z' };
    const { deps, calls } = fakeDeps({ preflight: async () => vmpOff, fix: async () => action('reboot-required', ['features-enabled']) });
    const outcome = await runUnattended(deps, preset(), resumed);
    expect(outcome).toMatchObject({ kind: 'needs-person', step: 'preflight', catalogId: 'WIN_REBOOT_PERSISTS' });
    expect(calls.filter((c) => c.startsWith('restart'))).toEqual([]);
  });

  it('a declined UAC prompt needs a person (exit 4, WSL_ELEVATION_DENIED); a failed install fails with its finding (exit 1)', async () => {
    const denied = await runUnattended(fakeDeps({ preflight: async () => vmpOff, fix: async () => action('elevation-denied') }).deps, preset(), null);
    expect(denied).toMatchObject({ kind: 'needs-person', catalogId: 'WSL_ELEVATION_DENIED' });
    expect(exitCodeOf(denied)).toBe(4);
    let n = 0;
    const noWsl = { ...report(), wsl: { ...report().wsl, present: false, wslVersion: null } };
    const bad = await runUnattended(
      fakeDeps({ preflight: async () => (n++ === 0 ? noWsl : noWsl), installWsl: async () => action('failed', [], ['WSL_DOWNLOAD_NETWORK']) }).deps,
      preset(),
      null,
    );
    expect(bad).toEqual({ kind: 'failed', step: 'wsl', catalogId: 'WSL_DOWNLOAD_NETWORK', detail: 'x failed' });
    expect(exitCodeOf(bad)).toBe(1);
  });

  it('a failing check with no automatic fix stops at Preflight with its catalog ID, before changing anything', async () => {
    const virtOff = withChecks(report(), [{ id: 'virtualization', status: 'fail', observed: {}, findings: ['VIRTUALIZATION_DISABLED'], fixAction: null }]);
    const { deps, calls } = fakeDeps({ preflight: async () => virtOff });
    expect(await runUnattended(deps, preset(), null)).toMatchObject({ kind: 'needs-person', step: 'preflight', catalogId: 'VIRTUALIZATION_DISABLED' });
    // (preflight itself is the fake given here, not recorded): nothing else ran.
    expect(calls).toEqual([]);
  });

  it('never installs a distro: one the preset names that is missing stops at Distro (DISTRO_NOT_FOUND)', async () => {
    const { deps, calls } = fakeDeps();
    const outcome = await runUnattended(deps, preset({ distro: { value: { name: 'Debian' } } }), null);
    expect(outcome).toMatchObject({ kind: 'needs-person', step: 'distro', catalogId: 'DISTRO_NOT_FOUND' });
    expect(calls).toEqual(['preflight']);
  });

  it('a WSL 1 distro is not converted unasked (DISTRO_IS_WSL1)', async () => {
    const wsl1 = { ...report(), wsl: { ...report().wsl, distros: [{ name: 'Ubuntu', state: 'Stopped', version: 1, isDefault: true }] } };
    const outcome = await runUnattended(fakeDeps({ preflight: async () => wsl1 }).deps, preset(), null);
    expect(outcome).toMatchObject({ kind: 'needs-person', step: 'distro', catalogId: 'DISTRO_IS_WSL1' });
  });

  it('an old apt Go in the way stops at Go with its catalog ID, and nothing is installed or removed', async () => {
    const { deps, calls } = fakeDeps({ detectOldGo: async () => [{ catalogId: 'GO_WRONG_VERSION', cleanKind: 'apt', path: '/usr/bin/go' }] });
    const outcome = await runUnattended(deps, preset(), null);
    expect(outcome).toMatchObject({ kind: 'needs-person', step: 'go', catalogId: 'GO_WRONG_VERSION' });
    expect(resultLine(outcome)).toBe('RESULT needs-person exit=4 step=go id=GO_WRONG_VERSION');
    expect(calls.some((c) => c.startsWith('installGo'))).toBe(false);
  });

  it('our own earlier Go (nothing to remove) is installed over', async () => {
    const { deps } = fakeDeps({ detectOldGo: async () => [{ catalogId: 'GO_INSTALL_EXTRACT_OVER', cleanKind: null, path: '/usr/local/go' }] });
    expect((await runUnattended(deps, preset(), null)).kind).toBe('done');
  });

  it('a Go release the list does not hold fails before anything is installed', async () => {
    const { deps, calls } = fakeDeps();
    expect(await runUnattended(deps, preset({ go: { value: 'go1.9.9' } }), null)).toMatchObject({ kind: 'failed', step: 'go' });
    expect(calls.some((c) => c.startsWith('installGo'))).toBe(false);
  });

  it('uses the preset\'s proxy, GOPROXY candidates, GOSUMDB and GOPRIVATE, and sets git when told to', async () => {
    const { deps, calls } = fakeDeps({ raceGoproxy: async (_t, c) => ({ winner: c?.[1] ?? null, sumdb: 'sum.golang.org', finding: null }) });
    const outcome = await runUnattended(
      deps,
      preset({
        proxy: { value: { mode: 'url', url: 'http://proxy.example.com:8080', noProxy: ['localhost'] } },
        goEnv: { value: { GOPROXY: ['https://goproxy.cn', 'https://goproxy.io'], GOSUMDB: 'sum.golang.google.cn', GOPRIVATE: 'corp.example.com/*' } },
        git: { value: { policy: 'set', name: 'Lab User', email: 'lab@example.edu' } },
      }),
      null,
    );
    expect(outcome.kind).toBe('done');
    expect(calls).toContain('applyProxy {"distro":"Ubuntu","user":"tester"} http://proxy.example.com:8080 ["localhost"]');
    expect(calls).toContain('applyGoproxy {"distro":"Ubuntu","user":"tester"} https://goproxy.io sum.golang.google.cn corp.example.com/*');
    expect(calls).toContain('gitSetup {"distro":"Ubuntu","user":"tester"} Lab User lab@example.edu');
  });

  it('stops at the first choice it may not make, in the wizard order, after doing what comes before it', async () => {
    // git "ask": Go is installed and GOPROXY written, then the run stops before the proof.
    const ask = fakeDeps();
    expect(await runUnattended(ask.deps, preset({ git: { value: { policy: 'ask' } } }), null)).toMatchObject({ kind: 'needs-person', step: 'network', catalogId: NEEDS_CHOICE });
    expect(ask.calls.some((c) => c.startsWith('applyGoproxy'))).toBe(true);
    expect(ask.calls.some((c) => c.startsWith('prove'))).toBe(false);
    // A CA certificate is trusted only on a person's yes: stops before GOPROXY.
    const ca = fakeDeps();
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    expect(await runUnattended(ca.deps, preset({ caCertificate: { value: { pem } } }), null)).toMatchObject({ step: 'network', catalogId: NEEDS_CHOICE });
    expect(ca.calls.some((c) => c.startsWith('raceGoproxy'))).toBe(false);
    // wsl.conf options: stops at Distro, before Go.
    const conf = fakeDeps();
    expect(await runUnattended(conf.deps, preset({ wslConf: { value: { boot: { systemd: true } } } }), null)).toMatchObject({ step: 'distro' });
    expect(conf.calls.some((c) => c.startsWith('installGo'))).toBe(false);
    // VS Code: everything up to the proof is done first.
    const ed = fakeDeps();
    expect(await runUnattended(ed.deps, preset({ editor: { value: { editor: 'vscode' } } }), null)).toMatchObject({ step: 'editor' });
    expect(ed.calls.some((c) => c.startsWith('prove'))).toBe(true);
  });

  it('a failed proof fails at Verify with the proof\'s finding', async () => {
    const { deps } = fakeDeps({ prove: async () => ({ ok: false, finding: 'MODULE_NOT_FOUND', failedStep: 'get' }) });
    const outcome = await runUnattended(deps, preset(), null);
    expect(outcome).toEqual({ kind: 'failed', step: 'verify', catalogId: 'MODULE_NOT_FOUND', detail: 'go get failed' });
    expect(resultLine(outcome)).toBe('RESULT failed exit=1 step=verify id=MODULE_NOT_FOUND');
  });

  it('a distro without a default user in wsl.conf needs a person', async () => {
    const outcome = await runUnattended(fakeDeps({ defaultUser: async () => null }).deps, preset(), null);
    expect(outcome).toMatchObject({ kind: 'needs-person', step: 'distro', catalogId: NEEDS_CHOICE });
  });

  it('an error a service throws fails the step in progress, with the catalog ID its details carry', async () => {
    const boom = Object.assign(new Error('checksum mismatch'), { details: { findings: [{ id: 'GO_TARBALL_CORRUPT' }] } });
    const outcome = await runUnattended(fakeDeps({ installGo: async () => Promise.reject(boom) }).deps, preset(), null);
    expect(outcome).toEqual({ kind: 'failed', step: 'go', catalogId: 'GO_TARBALL_CORRUPT', detail: 'checksum mismatch' });
    const plain = await runUnattended(fakeDeps({ prove: async () => Promise.reject(new Error('x')) }).deps, preset(), null);
    expect(plain).toMatchObject({ kind: 'failed', step: 'verify', catalogId: 'UNKNOWN' });
  });

  it('proxy "from-windows": the route to Windows\' proxy is tested, then written; a refused one fails (WIN_PROXY_REFUSED); none in Windows writes none', async () => {
    const fromWindows = preset({ proxy: { value: { mode: 'from-windows' } } });
    const good = fakeDeps();
    expect((await runUnattended(good.deps, fromWindows, null)).kind).toBe('done');
    expect(good.calls).toContain('testProxy {"distro":"Ubuntu","user":"tester"} http://172.29.80.1:7890');
    expect(good.calls).toContain('applyProxy {"distro":"Ubuntu","user":"tester"} http://172.29.80.1:7890 ["localhost","127.0.0.1"]');
    const refused = fakeDeps({ testProxy: async () => ({ ok: false, finding: 'WIN_PROXY_REFUSED' }) });
    expect(await runUnattended(refused.deps, fromWindows, null)).toMatchObject({ kind: 'failed', step: 'network', catalogId: 'WIN_PROXY_REFUSED' });
    expect(refused.calls.some((c) => c.startsWith('applyProxy'))).toBe(false);
    const none = fakeDeps({ windowsProxy: async () => ({ url: null, noProxy: [] }) });
    expect((await runUnattended(none.deps, fromWindows, null)).kind).toBe('done');
    expect(none.calls.some((c) => c.startsWith('applyProxy') || c.startsWith('testProxy'))).toBe(false);
  });
});
