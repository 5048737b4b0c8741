import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReplayRuntime } from '../../../src-main/app/replay-runtime';
import { MachineCatalog } from '../../../src-main/host/machines';
import { createDispatcher } from '../../../src-main/ipc/create-dispatcher';
import type { SenderContext } from '../../../src-main/ipc/dispatcher';
import { journeyOf, presetFromJourney, type JourneyChoices } from '../../../src-main/ipc/journey-choices';
import { presetRefusal } from '../../../src-main/ipc/preset-locks';
import type { Runtime, TerminalService } from '../../../src-main/ipc/runtime';
import type { PresetLoad } from '../../../src-main/services/preset';
import { checkPreset } from '../../../src-shared/preset/problems';
import { Preset } from '../../../src-shared/preset/schema';

const preset = (p: Record<string, unknown>) => Preset.parse({ format: 'go-wsl-setup.preset/1', ...p });
const ok = (p: Record<string, unknown>): PresetLoad => ({ status: 'ok', source: 'lab.json', preset: preset(p) });
const target = { distro: 'Ubuntu-24.04', user: 'tester' };

describe('the preset\'s locks, checked in main on the validated request', () => {
  it('a locked distro: every action names it; another distro is refused (LOCKED)', () => {
    const load = ok({ distro: { value: { name: 'Ubuntu-24.04' }, locked: true } });
    expect(presetRefusal(load, 'distro.install', { name: 'Debian', taskId: 't' })?.code).toBe('LOCKED');
    expect(presetRefusal(load, 'go.install', { taskId: 't', distro: { name: 'Debian', user: 'u' }, clean: [], confirmGopath: false })?.code).toBe('LOCKED');
    expect(presetRefusal(load, 'network.proveIt', { target: { distro: 'Debian', user: 'u' }, cgo: false })?.code).toBe('LOCKED');
    expect(presetRefusal(load, 'go.install', { taskId: 't', distro: { name: 'ubuntu-24.04', user: 'u' }, clean: [], confirmGopath: false })).toBeNull();
    // Reading is never locked.
    expect(presetRefusal(load, 'distro.list', {})).toBeNull();
  });

  it('a locked Go release: go.install of another version, or of "whatever is latest", is refused', () => {
    const load = ok({ go: { value: 'go1.22.5', locked: true } });
    const req = (version?: string) => ({ taskId: 't', distro: { name: 'U', user: 'u' }, clean: [], confirmGopath: false, ...(version ? { version } : {}) });
    expect(presetRefusal(load, 'go.install', req('go1.23.0'))?.message).toMatch(/Go is go1\.22\.5/);
    expect(presetRefusal(load, 'go.install', req())?.code).toBe('LOCKED');
    expect(presetRefusal(load, 'go.install', req('go1.22.5'))).toBeNull();
    // Unlocked: the person may choose.
    expect(presetRefusal(ok({ go: { value: 'go1.22.5' } }), 'go.install', req('go1.23.0'))).toBeNull();
  });

  it('locked GOPROXY/GOSUMDB/GOPRIVATE: only the preset\'s values are written', () => {
    const load = ok({ goEnv: { value: { GOPROXY: ['https://goproxy.cn', 'https://proxy.golang.org'], GOSUMDB: 'sum.golang.google.cn', GOPRIVATE: 'corp.example.com/*' }, locked: true } });
    const req = (goproxy: string, gosumdb: string, goprivate?: string) => ({ target, goproxy, gosumdb, fixOverrides: false, ...(goprivate !== undefined ? { goprivate } : {}) });
    expect(presetRefusal(load, 'network.applyGoproxy', req('https://goproxy.io', 'sum.golang.google.cn', 'corp.example.com/*'))?.code).toBe('LOCKED');
    expect(presetRefusal(load, 'network.applyGoproxy', req('https://goproxy.cn', 'sum.golang.org', 'corp.example.com/*'))?.code).toBe('LOCKED');
    expect(presetRefusal(load, 'network.applyGoproxy', req('https://goproxy.cn/', 'sum.golang.google.cn'))?.code).toBe('LOCKED');
    expect(presetRefusal(load, 'network.applyGoproxy', req('https://proxy.golang.org/', 'sum.golang.google.cn', 'corp.example.com/*'))).toBeNull();
  });

  it('a locked proxy URL: another URL is refused, credentials for it are the person\'s; a locked "none" refuses any proxy', () => {
    const url = ok({ proxy: { value: { mode: 'url', url: 'http://proxy.corp.example.com:8080' }, locked: true } });
    expect(presetRefusal(url, 'network.applyProxy', { target, proxy: { url: 'http://127.0.0.1:7890' }, apt: false })?.code).toBe('LOCKED');
    expect(presetRefusal(url, 'network.applyProxy', { target, proxy: { url: 'http://proxy.corp.example.com:8080', username: 'mei', password: 'x' }, apt: false })).toBeNull();
    const none = ok({ proxy: { value: { mode: 'none' }, locked: true } });
    expect(presetRefusal(none, 'network.applyProxy', { target, proxy: { url: 'http://127.0.0.1:7890' }, apt: false })?.code).toBe('LOCKED');
    expect(presetRefusal(none, 'network.applyProxy', { target, proxy: null, apt: false })).toBeNull();
  });

  it('locked git: set writes only its values, skip writes none, ask-domain accepts only its domains', () => {
    const set = ok({ git: { value: { policy: 'set', name: 'Lab', email: 'lab@example.edu' }, locked: true } });
    expect(presetRefusal(set, 'network.gitSetup', { target, name: 'Mei', email: 'lab@example.edu', installIfMissing: false })?.code).toBe('LOCKED');
    expect(presetRefusal(set, 'network.gitSetup', { target, name: 'Lab', email: 'lab@example.edu', installIfMissing: false })).toBeNull();
    const dom = ok({ git: { value: { policy: 'ask-domain', domains: ['corp.example.com'] }, locked: true } });
    expect(presetRefusal(dom, 'network.gitSetup', { target, email: 'mei@gmail.com', installIfMissing: false })?.code).toBe('LOCKED');
    expect(presetRefusal(dom, 'network.gitSetup', { target, email: 'mei@Corp.Example.com', installIfMissing: false })).toBeNull();
    const skip = ok({ git: { value: { policy: 'skip' }, locked: true } });
    expect(presetRefusal(skip, 'network.gitSetup', { target, name: 'Mei', installIfMissing: false })?.code).toBe('LOCKED');
  });

  it('an invalid preset refuses everything but reading: nothing runs', () => {
    const bad: PresetLoad = { status: 'invalid', source: 'bad.json', problems: [{ path: '/go/value', code: 'x', message: { en: 'e', 'zh-CN': 'z' } }] };
    expect(presetRefusal(bad, 'preflight.run', {})?.code).toBe('LOCKED');
    expect(presetRefusal(bad, 'distro.list', {})?.code).toBe('LOCKED');
    expect(presetRefusal(bad, 'app.info', {})).toBeNull();
    expect(presetRefusal(bad, 'preset.get', {})).toBeNull();
    expect(presetRefusal({ status: 'none' }, 'preflight.run', {})).toBeNull();
  });
});

function quietTerminal(): TerminalService {
  const none = () => undefined;
  return {
    open: () => ({ sessionId: 's', title: 't' }),
    input: none,
    resize: none,
    ack: none,
    close: () => true,
    openCaptured: () => ({ sessionId: 's', write: none, end: none }) as never,
    dispose: none,
  };
}

describe('behind the real dispatcher (the harness and the app use the same one)', () => {
  const ORIGIN = 'http://127.0.0.1:4321';
  const SENDER: SenderContext = { transport: 'harness', isMainFrame: true, origin: ORIGIN, authenticated: true };
  function session(load: PresetLoad) {
    const runtime: Runtime = createReplayRuntime({
      emit: () => undefined,
      terminal: quietTerminal(),
      machines: null,
      transcript: new MachineCatalog().get('journey-win11-ubuntu-no-go'),
      readOnly: false,
      shell: null,
      dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'gws-locks-')),
    });
    runtime.preset = load;
    const d = createDispatcher(runtime, [ORIGIN]);
    return { runtime, invoke: (channel: string, payload: object) => d.invoke(SENDER, channel, payload, () => undefined) as Promise<{ result?: any; error?: any }> };
  }

  it('preset.get shows the locks; a forged go.install of another release never reaches the Go service', async () => {
    const s = session(ok({ go: { value: 'go1.22.5', locked: true }, mirrors: { value: ['https://mirrors.aliyun.com/golang'] } }));
    const info = await s.invoke('preset.get', {});
    expect(info.result).toMatchObject({ status: 'ok', source: 'lab.json', locked: ['go'] });
    const r = await s.invoke('go.install', { taskId: 'forged', distro: { name: 'Ubuntu-24.04', user: 'tester' }, version: 'go1.23.0' });
    expect(r.error?.code).toBe('LOCKED');
  });

  it('an invalid preset: preset.get lists its problems, preflight.run is refused', async () => {
    const s = session({ status: 'invalid', source: 'bad.json', problems: [{ path: '/go/value', code: 'custom', message: { en: 'expected a Go release', 'zh-CN': '应为 Go 版本' } }] });
    expect((await s.invoke('preset.get', {})).result).toEqual({ status: 'invalid', source: 'bad.json', problems: [{ path: '/go/value', code: 'custom', message: { en: 'expected a Go release', 'zh-CN': '应为 Go 版本' } }] });
    expect((await s.invoke('preflight.run', {})).error?.code).toBe('LOCKED');
  });

  it('preset.save before the journey is finished is refused (CONFLICT), and without a chooser nothing is written', async () => {
    const s = session({ status: 'none' });
    expect((await s.invoke('preset.save', {})).error?.code).toBe('CONFLICT');
    Object.assign(journeyOf(s.runtime), { distro: 'Ubuntu-24.04', go: 'go1.22.5', proved: true } satisfies Partial<JourneyChoices>);
    expect((await s.invoke('preset.save', {})).error?.code).toBe('UNSUPPORTED');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gws-save-')), 'saved.preset.json');
    s.runtime.choosePresetPath = async () => file;
    expect((await s.invoke('preset.save', {})).result).toEqual({ saved: true, path: file });
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    expect(checkPreset(saved).ok).toBe(true);
    expect(saved).toMatchObject({ distro: { value: { name: 'Ubuntu-24.04' } }, go: { value: 'go1.22.5' } });
  });
});

describe('the preset a finished journey stands for', () => {
  const done: JourneyChoices = {
    distro: 'Ubuntu-24.04',
    go: 'go1.22.5',
    goEnv: { goproxy: 'https://goproxy.cn', gosumdb: 'sum.golang.google.cn', goprivate: '' },
    proxy: { url: 'http://proxy.corp.example.com:8080', noProxy: ['localhost'] },
    gitSet: true,
    proved: true,
  };
  const now = new Date('2026-12-04T12:00:00Z');

  it('is null until Go is installed and the proof passed', () => {
    expect(presetFromJourney({ ...done, proved: false }, null, now)).toBeNull();
    expect(presetFromJourney({ ...done, go: null }, null, now)).toBeNull();
  });

  it('holds what the journey did, passes preset check, and never a person\'s git identity', () => {
    const p = presetFromJourney(done, null, now)!;
    expect(checkPreset(p).ok).toBe(true);
    expect(p).toMatchObject({
      distro: { value: { name: 'Ubuntu-24.04' } },
      go: { value: 'go1.22.5' },
      goEnv: { value: { GOPROXY: ['https://goproxy.cn'], GOSUMDB: 'sum.golang.google.cn' } },
      proxy: { value: { mode: 'url', url: 'http://proxy.corp.example.com:8080', noProxy: ['localhost'] } },
      git: { value: { policy: 'ask' } },
    });
    expect(p.description).toContain('2026-12-04');
  });

  it('keeps the starting preset\'s locked choices and everything it named', () => {
    const base = preset({ go: { value: 'go1.21.0', locked: true }, wslconfig: { value: { wsl2: { memory: '4GB' } }, locked: true } });
    const p = presetFromJourney(done, base, now)!;
    expect(p.go).toEqual({ value: 'go1.21.0', locked: true });
    expect(p.wslconfig).toEqual({ value: { wsl2: { memory: '4GB' } }, locked: true });
    expect(checkPreset(p).ok).toBe(true);
  });
});

describe('a good preset fills what a request leaves open (before the locks look at it)', () => {
  it('go.install without a version installs the locked release instead of being refused; the GOPROXY race gets the preset\'s candidates', async () => {
    const { withPresetDefaults } = await import('../../../src-main/ipc/preset-defaults');
    const { withPresetLocks } = await import('../../../src-main/ipc/preset-locks');
    const seen: { channel: string; req: unknown }[] = [];
    const handler = (channel: string) => (req: unknown) => {
      seen.push({ channel, req });
      return {};
    };
    const runtime = { preset: ok({ go: { value: 'go1.22.5', locked: true }, goEnv: { value: { GOPROXY: ['https://goproxy.cn'] } } }) };
    const inner = { 'go.install': handler('go.install'), 'network.raceGoproxy': handler('network.raceGoproxy') } as never;
    const h = withPresetDefaults(runtime, withPresetLocks(runtime, inner)) as unknown as Record<string, (r: unknown, c: unknown) => unknown>;
    await h['go.install']!({ taskId: 't', distro: { name: 'U', user: 'u' }, clean: [], confirmGopath: false }, {});
    await h['network.raceGoproxy']!({ target }, {});
    await h['network.raceGoproxy']!({ target, candidates: ['https://goproxy.io'] }, {});
    // A locked GOSUMDB/GOPRIVATE the page cannot send is filled in, so the page's Apply passes the lock.
    const envRuntime = { preset: ok({ goEnv: { value: { GOPROXY: ['https://goproxy.cn'], GOSUMDB: 'sum.golang.google.cn', GOPRIVATE: 'corp.example.com/*' }, locked: true } }) };
    const applied: unknown[] = [];
    const apply = withPresetDefaults(envRuntime, withPresetLocks(envRuntime, { 'network.applyGoproxy': (r: unknown) => applied.push(r) } as never)) as unknown as Record<string, (r: unknown, c: unknown) => unknown>;
    await apply['network.applyGoproxy']!({ target, goproxy: 'https://goproxy.cn', gosumdb: 'sum.golang.org', fixOverrides: true }, {});
    expect(applied).toEqual([{ target, goproxy: 'https://goproxy.cn', gosumdb: 'sum.golang.google.cn', goprivate: 'corp.example.com/*', fixOverrides: true }]);
    expect(seen).toEqual([
      { channel: 'go.install', req: { taskId: 't', distro: { name: 'U', user: 'u' }, clean: [], confirmGopath: false, version: 'go1.22.5' } },
      { channel: 'network.raceGoproxy', req: { target, candidates: ['https://goproxy.cn'] } },
      { channel: 'network.raceGoproxy', req: { target, candidates: ['https://goproxy.io'] } },
    ]);
  });

  it('a preset proxy URL becomes the detected plan the page fills its proxy field from; "none" plans none; "from-windows" keeps the detection', async () => {
    const { withPresetDefaults } = await import('../../../src-main/ipc/preset-defaults');
    const detected = { windows: {}, distro: {}, plan: { route: 'nat-host-address', url: 'http://172.29.80.1:7890', needsAllowLan: true, noProxy: 'localhost' } };
    const inner = { 'network.detectProxy': async () => detected } as never;
    const call = async (proxy: object) => {
      const h = withPresetDefaults({ preset: ok({ proxy: { value: proxy } }) }, inner) as unknown as Record<string, (r: unknown, c: unknown) => Promise<{ plan: unknown }>>;
      return (await h['network.detectProxy']!({ target }, {})).plan;
    };
    expect(await call({ mode: 'url', url: 'http://proxy.corp.example.com:8080', noProxy: ['localhost', '.corp.example.com'] })).toEqual({
      route: 'as-configured',
      url: 'http://proxy.corp.example.com:8080',
      needsAllowLan: false,
      noProxy: 'localhost,.corp.example.com',
    });
    expect(await call({ mode: 'none' })).toBeNull();
    expect(await call({ mode: 'from-windows' })).toEqual(detected.plan);
  });
});
