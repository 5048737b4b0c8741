import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { AppHeader } from '../../src-renderer/components/AppHeader';
import { ReadOnlyBanner } from '../../src-renderer/components/ReadOnlyBanner';
import { StepNav } from '../../src-renderer/components/StepNav';
import { TerminalPanel } from '../../src-renderer/components/TerminalPanel';
import { createI18n } from '../../src-renderer/i18n';
import { PAGES } from '../../src-renderer/pages';
import { PreflightPage } from '../../src-renderer/pages/PreflightPage';
import { createStores, StoresProvider, type Stores } from '../../src-renderer/store';
import { STEP_IDS } from '../../src-renderer/store/steps';
import type { Lang } from '../../src-shared/contract/define';
import { appInfo, fakeApi, machineA, machineB, report } from './fake-api';

// xterm and its addons need a real DOM (they touch `self` on import); the
// terminal view has its own tests, here a marker shows where it would mount.
vi.mock('../../src-renderer/components/terminal', () => ({
  Terminal: ({ sessionId, interactive }: { sessionId: string; interactive?: boolean }) => (
    <div data-terminal-session={sessionId} data-interactive={String(interactive)} />
  ),
}));

/**
 * Server-side renders of the real components (no DOM here): enough to prove
 * what the user reads for a given store state, in both languages.
 */
function render(node: React.ReactNode, stores: Stores, lang: Lang): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(lang)}>
      <StoresProvider stores={stores}>{node}</StoresProvider>
    </I18nextProvider>,
  );
}

async function loadedStores(statuses: Parameters<typeof report>[0], info = appInfo()) {
  const f = fakeApi({
    'app.info': () => info,
    'machines.list': () => ({ machines: [machineA, machineB], current: machineA.id }),
    'preflight.run': () => report(statuses),
  });
  const stores = createStores(f.api);
  await stores.session.getState().load();
  await stores.preflight.getState().run();
  // A server render reads zustand's getInitialState (the server snapshot); the
  // app only renders in a browser, so let the snapshot be the current state.
  for (const store of [stores.session, stores.steps, stores.preflight, stores.terminal] as const) {
    (store as { getInitialState: () => unknown }).getInitialState = store.getState;
  }
  return stores;
}

describe('Preflight page', () => {
  it('shows each check with what it looked at, found and the fix, plus the facts (zh-CN)', async () => {
    const html = render(<PreflightPage />, await loadedStores(['ok', 'fail', 'fail+fix']), 'zh-CN');
    expect(html).toContain('检查这台电脑');
    expect(html).toContain('有 1 个问题需要你亲自处理，向导无法自动修复。');
    // The wizard's own fix is a button now (pages/wsl/CheckFix), the user-only one the catalog's steps.
    expect(html).toContain('>开启所需功能</button>');
    // The cause first: what stops the journey is named in the summary and, right after one line, in its card, in the
    // catalog's words; the diagnosis ID waits behind Details.
    expect(html).toContain('<ul class="summary__causes"><li><strong class="finding__title">BIOS/UEFI 中的虚拟化功能已关闭</strong>');
    expect(html).toMatch(/<div class="check__head">.*?<\/div><div class="check-fix"><p>只有你能解决这个问题：<\/p><ul class="findings"><li class="card finding" aria-label="BIOS\/UEFI 中的虚拟化功能已关闭"><p><strong class="finding__title">/);
    expect(html).toMatch(/<details class="check__details"><summary>详细信息<\/summary>.*诊断：VIRTUALIZATION_DISABLED/);
    expect(html).toContain('检查了什么');
    expect(html).toContain('不满足向导的要求。');
    expect(html).toContain('诊断：VIRTUALIZATION_DISABLED');
    // Facts come through as reported; missing ones say so instead of guessing.
    expect(html).toContain('22631.4317');
    expect(html).toContain('开启：127.0.0.1:7890');
    expect(html).toContain('未获取到');
    expect(html).toContain('Ubuntu');
    // Problems are listed before passing checks.
    const failed = html.indexOf('id="preflight-check-check-1"');
    expect(failed).toBeGreaterThanOrEqual(0);
    expect(failed).toBeLessThan(html.indexOf('id="preflight-check-check-0"'));
  });

  it('fixable failures are announced as work for the next steps, not as blockers', async () => {
    const html = render(<PreflightPage />, await loadedStores(['ok', 'fail+fix']), 'en');
    expect(html).toContain('1 thing is not set up yet; the next steps take care of it.');
    // Explained in the catalog's words, with the ID visible.
    expect(html).toContain('data-finding-id="VMP_FEATURE_MISSING"');
    expect(html).toContain('The Virtual Machine Platform feature is not enabled');
  });

  it('in English says all is well when nothing fails', async () => {
    const html = render(<PreflightPage />, await loadedStores(['ok', 'ok']), 'en');
    expect(html).toContain('Everything the wizard needs is in place.');
    expect(html).toContain('To look, the wizard ran 2 read-only commands on this computer; it changed nothing.');
    expect(html).not.toContain('Diagnosis:');
  });
});

describe('StepNav', () => {
  it('writes each state in words and marks the current step', async () => {
    const html = render(<StepNav />, await loadedStores(['fail']), 'en');
    expect(html).toContain('aria-label="Setup steps"');
    expect(html.match(/aria-current="step"/g)).toHaveLength(1);
    expect(html).toContain('Needs attention');
    expect(html.match(/Blocked/g)).toHaveLength(7);
    expect(html).toContain('You are here');
  });
});

describe('header and banner', () => {
  it('the replay demo shows the machine picker and the read-only banner', async () => {
    const stores = await loadedStores(['ok']);
    const header = render(<AppHeader />, stores, 'en');
    expect(header).toContain('Recorded machine');
    expect(header).toContain('Windows 10, virtualization off');
    expect(header).toContain('Language');
    const banner = render(<ReadOnlyBanner />, stores, 'zh-CN');
    expect(banner).toContain('正在回放一台录制的机器');
    expect(banner).toContain('Windows 11，状态良好');
  });

  it('a support replay (nothing to choose) shows the banner but no picker', async () => {
    const f = fakeApi({
      'app.info': () => appInfo(),
      'machines.list': () => ({ machines: [], current: null }),
      'preflight.run': () => report(['ok']),
    });
    const stores = createStores(f.api);
    await stores.session.getState().load();
    (stores.session as { getInitialState: () => unknown }).getInitialState = stores.session.getState;
    expect(render(<AppHeader />, stores, 'en')).not.toContain('Recorded machine');
    expect(render(<ReadOnlyBanner />, stores, 'en')).toContain('Nothing on this computer will be changed.');
  });

  it('the real app shows neither', async () => {
    const stores = await loadedStores(['ok'], appInfo({ hostKind: 'windows', transport: 'electron', readOnly: false, machine: null }));
    expect(render(<AppHeader />, stores, 'en')).not.toContain('Recorded machine');
    expect(render(<ReadOnlyBanner />, stores, 'en')).toBe('');
  });
});

describe('terminal panel', () => {
  it('mounts the terminal view for the session main reports, read-only for captured runs', async () => {
    const f = fakeApi({
      'app.info': () => appInfo(),
      'machines.list': () => ({ machines: [machineA], current: machineA.id }),
      'preflight.run': () => report(['ok']),
    });
    const stores = createStores(f.api);
    const off = stores.terminal.getState().listen();
    f.emit('terminal.opened', { sessionId: 'run-7', kind: 'captured', title: 'wsl --status' });
    off();
    (stores.terminal as { getInitialState: () => unknown }).getInitialState = stores.terminal.getState;
    const html = render(<TerminalPanel />, stores, 'en');
    expect(html).toContain('data-terminal-session="run-7" data-interactive="false"');
    expect(html).toContain('Open a shell');
    expect(render(<TerminalPanel />, createStores(f.api), 'en')).toContain('No command is running.');
  });
});
