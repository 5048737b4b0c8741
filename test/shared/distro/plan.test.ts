import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  distroMessagesEn,
  distroMessagesZhCN,
  installOutcome,
  planV2,
  recommend,
  versionAtLeast,
  wslConfigPlan,
  wslConfPlan,
  DEFAULT_WSLCONF_CHOICES,
  DEFAULT_WSLCONFIG_CHOICES,
  type InstalledDistro,
} from '../../../src-shared/distro';
import { parseWslListVerbose } from '../../../src-shared/parse';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/distro/${name}`, import.meta.url), 'utf8').split('---\n')[1] as string;
const listed = (name: string): InstalledDistro[] => parseWslListVerbose(fixture(name)).distros ?? [];
const online = [
  { name: 'Ubuntu', friendlyName: 'Ubuntu' },
  { name: 'Ubuntu-22.04', friendlyName: 'Ubuntu 22.04 LTS' },
  { name: 'Ubuntu-24.04', friendlyName: 'Ubuntu 24.04 LTS' },
  { name: 'Debian', friendlyName: 'Debian GNU/Linux' },
];

describe('recommend', () => {
  it('reuses the healthy default Ubuntu-24.04 from a real `wsl -l -v`', () => {
    const rec = recommend({ installed: listed('wsl-list-verbose-en-01.txt'), online, today: '2025-06-01' });
    expect(rec.choice).toMatchObject({ action: 'reuse', name: 'Ubuntu-24.04' });
    expect(rec.choice.reasons[0]?.key).toBe('distro.reason.reuseHealthy');
    expect(rec.alternatives.map((a) => a.name)).toContain('Ubuntu-22.04');
    expect(rec.notes.map((n) => n.key)).toEqual(['distro.note.versions', 'distro.note.cgoMoves']);
    // Installing the name that is already there would only fail with DISTRO_ALREADY_EXISTS: not offered.
    expect(rec.alternatives.filter((a) => a.action === 'install' && a.name === 'Ubuntu-24.04')).toEqual([]);
  });

  it('offers installing the recommended release next to a healthy distro of another name', () => {
    const rec = recommend({ installed: [{ name: 'Ubuntu-22.04', state: 'Stopped', version: 2, isDefault: true }], online, today: '2025-06-01' });
    expect(rec.alternatives).toContainEqual(expect.objectContaining({ action: 'install', name: 'Ubuntu-24.04' }));
  });

  it('installs Ubuntu-24.04 when nothing is installed', () => {
    const rec = recommend({ installed: [], online, today: '2025-06-01' });
    expect(rec.choice).toMatchObject({ action: 'install', name: 'Ubuntu-24.04' });
    expect(rec.choice.reasons.map((r) => r.key)).toEqual(['distro.reason.recommendedDefault', 'distro.reason.ltsSupported']);
    expect(rec.choice.reasons[1]?.params).toMatchObject({ glibc: '2.39', until: '2029-04' });
  });

  it('never offers docker-desktop, and does not reuse a WSL 1 distro as healthy', () => {
    const rec = recommend({
      installed: [...listed('wsl-list-verbose-no-default-marker-en-01.txt'), ...listed('wsl-list-verbose-wsl1-en-02.txt')],
      online,
      today: '2025-06-01',
    });
    expect(rec.choice).toMatchObject({ action: 'install', name: 'Ubuntu-24.04' });
    const names = rec.alternatives.map((a) => a.name);
    expect(names).not.toContain('docker-desktop');
    expect(rec.alternatives.find((a) => a.name === 'Ubuntu')?.reasons.map((r) => r.key)).toContain('distro.reason.needsV2');
  });

  it('does not reuse 20.04 after its standard support ended, and explains why', () => {
    const rec = recommend({ installed: [{ name: 'Ubuntu-20.04', state: 'Stopped', version: 2, isDefault: true }], online, today: '2025-07-01' });
    expect(rec.choice.action).toBe('install');
    expect(rec.alternatives[0]?.reasons.map((r) => r.key)).toContain('distro.reason.supportEnded');
  });

  it('reuses (and converts) the recommended name when it is installed as WSL 1, instead of failing with DISTRO_ALREADY_EXISTS', () => {
    const rec = recommend({ installed: [{ name: 'Ubuntu-24.04', state: 'Stopped', version: 1, isDefault: true }], online, today: '2025-06-01' });
    expect(rec.choice).toMatchObject({ action: 'reuse', name: 'Ubuntu-24.04', needsV2: true });
    expect(rec.choice.reasons[0]?.key).toBe('distro.reason.alreadyInstalledFixable');
  });

  it('falls back to the newest Ubuntu LTS offered, and to Ubuntu-24.04 when offline', () => {
    expect(recommend({ installed: [], online: [{ name: 'Ubuntu-22.04', friendlyName: null }], today: '2025-06-01' }).choice.name).toBe('Ubuntu-22.04');
    const offline = recommend({ installed: [], online: null, today: '2025-06-01' });
    expect(offline.choice.name).toBe('Ubuntu-24.04');
    expect(offline.choice.reasons.map((r) => r.key)).toContain('distro.reason.onlineListUnavailable');
  });
});

describe('planV2', () => {
  it('sets the default first, then converts each WSL 1 distro (a real sample: set-default-version alone did not convert)', () => {
    const plan = planV2({ distros: listed('wsl-list-verbose-wsl1-en-02.txt'), defaultVersion: 1 });
    expect(plan.steps).toEqual([
      { action: 'set-default-version', finding: 'DEFAULT_VERSION_1' },
      { action: 'set-version', name: 'Ubuntu', finding: 'DISTRO_IS_WSL1' },
    ]);
    expect(plan.findings).toEqual(['DEFAULT_VERSION_1', 'DISTRO_IS_WSL1']);
  });

  it('has nothing to do on a healthy WSL 2 machine', () => {
    expect(planV2({ distros: listed('wsl-list-verbose-en-01.txt'), defaultVersion: 2 }).steps).toEqual([]);
  });

  it('skips busy distros and honours "only"', () => {
    const plan = planV2({
      distros: [
        { name: 'A', state: 'Converting', version: 1, isDefault: null },
        { name: 'B', state: 'Stopped', version: 1, isDefault: null },
        { name: 'C', state: 'Stopped', version: 1, isDefault: null },
      ],
      defaultVersion: 2,
      only: ['A', 'b'],
    });
    expect(plan.steps).toEqual([{ action: 'set-version', name: 'B', finding: 'DISTRO_IS_WSL1' }]);
    expect(plan.skipped).toEqual(['A']);
  });
});

describe('config plans', () => {
  it('wsl.conf: systemd only with WSL >= 0.67.6, metadata automount, DNS choice, PATH advice', () => {
    const modern = wslConfPlan(DEFAULT_WSLCONF_CHOICES, '2.3.26.0');
    expect(modern.settings.map((s) => `${s.section}.${s.key}=${s.value}`)).toEqual([
      'boot.systemd=true',
      'automount.options="metadata,umask=22,fmask=11"',
      'network.generateResolvConf=true',
    ]);
    expect(modern.advice.map((a) => a.key)).toEqual(['distro.advice.appendWindowsPath']);
    const inbox = wslConfPlan({ ...DEFAULT_WSLCONF_CHOICES, dns: 'manual', appendWindowsPath: 'off' }, null);
    expect(inbox.settings.map((s) => `${s.key}=${s.value}`)).toEqual(['options="metadata,umask=22,fmask=11"', 'generateResolvConf=false', 'appendWindowsPath=false']);
    expect(inbox.advice.map((a) => a.key)).toEqual(['distro.advice.systemdUnsupported']);
  });

  it('.wslconfig: mirrored + dnsTunneling from build 22621, autoProxy from 22000, NAT guidance otherwise', () => {
    const keys = (build: number, wsl: string | null) => wslConfigPlan(DEFAULT_WSLCONFIG_CHOICES, { windowsBuild: build, wslVersion: wsl }).settings.map((s) => s.key);
    expect(keys(22631, '2.3.26.0')).toEqual(['networkingMode', 'dnsTunneling', 'autoProxy']);
    expect(keys(22621, '2.0.9.0')).toEqual(['networkingMode', 'dnsTunneling', 'autoProxy']);
    expect(keys(22000, '2.3.26.0')).toEqual(['autoProxy']);
    expect(keys(19045, '2.3.26.0')).toEqual([]);
    expect(keys(22631, '2.0.0.0')).toEqual([]);
    expect(keys(22631, null)).toEqual([]);
    expect(wslConfigPlan(DEFAULT_WSLCONFIG_CHOICES, { windowsBuild: 19045, wslVersion: '2.3.26.0' }).advice[0]?.key).toBe('distro.advice.natGuidance');
  });

  it('compares versions numerically', () => {
    expect(versionAtLeast('0.67.10', '0.67.6')).toBe(true);
    expect(versionAtLeast('0.67.5', '0.67.6')).toBe(false);
    expect(versionAtLeast('2.0.9.0', '2.0.9')).toBe(true);
    expect(versionAtLeast(null, '0.0.1')).toBe(false);
  });
});

describe('installOutcome', () => {
  const ok = { exitCode: 0, timedOut: false, cancelled: false };
  const bad = { exitCode: 1, timedOut: false, cancelled: false };
  it.each([
    [ok, [], 'store', 'installed'],
    [bad, ['DISTRO_ALREADY_EXISTS'], 'store', 'exists'],
    [bad, ['WSL_DOWNLOAD_NETWORK'], 'store', 'retry-web'],
    [bad, ['DISTRO_INSTALL_FAILED'], 'store', 'retry-web'],
    [{ exitCode: null, timedOut: true, cancelled: false }, [], 'store', 'retry-web'],
    [bad, ['VIRTUALIZATION_DISABLED'], 'store', 'failed'],
    [bad, ['WSL_ELEVATION_DENIED', 'DISTRO_INSTALL_FAILED'], 'store', 'failed'],
    [bad, ['WSL_DOWNLOAD_NETWORK'], 'web', 'failed'],
    [{ exitCode: null, timedOut: false, cancelled: true }, [], 'store', 'cancelled'],
  ] as const)('%j %j on %s -> %s', (run, ids, attempt, want) => {
    expect(installOutcome(run, ids, attempt)).toBe(want);
  });
});

describe('messages', () => {
  it('has every key in both languages with the same placeholders', () => {
    expect(Object.keys(distroMessagesZhCN).sort()).toEqual(Object.keys(distroMessagesEn).sort());
    for (const [k, en] of Object.entries(distroMessagesEn)) {
      const ph = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect(ph(distroMessagesZhCN[k] as string), k).toEqual(ph(en));
    }
  });

  it('covers every reason key the logic emits', () => {
    const rec = [
      recommend({ installed: [], online: null, today: '2025-06-01' }),
      recommend({ installed: [{ name: 'Ubuntu-24.04', state: 'Installing', version: 1, isDefault: true }, { name: 'docker-desktop', state: 'Stopped', version: 2, isDefault: false }, { name: 'Ubuntu', state: 'Stopped', version: 2, isDefault: false }, { name: 'Debian', state: 'Stopped', version: 2, isDefault: false }, { name: 'Ubuntu-20.04', state: 'Stopped', version: 2, isDefault: false }], online, today: '2026-01-01' }),
    ];
    const keys = new Set<string>();
    for (const r of rec) for (const o of [r.choice, ...r.alternatives]) for (const x of o.reasons) keys.add(x.key);
    for (const r of rec) for (const n of r.notes) keys.add(n.key);
    for (const a of [...wslConfPlan(DEFAULT_WSLCONF_CHOICES, null).advice, ...wslConfigPlan(DEFAULT_WSLCONFIG_CHOICES, { windowsBuild: 1, wslVersion: null }).advice]) keys.add(a.key);
    for (const k of keys) expect(distroMessagesEn[k], k).toBeDefined();
    expect(keys.size).toBeGreaterThan(10);
  });
});
