import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Main's error dialogs with Electron's dialog faked: a main-side error offers
 * a support report (main builds and saves it, with the log tail), a dead
 * renderer offers a reload; both in en and zh-CN.
 */
const showMessageBox = vi.hoisted(() => ({ fn: null as unknown as ReturnType<typeof import('vitest').vi.fn> }));
vi.mock('electron', async () => {
  const { vi: v } = await import('vitest');
  showMessageBox.fn = v.fn();
  return { dialog: { showMessageBox: showMessageBox.fn } };
});
const { createCrashDialogs } = await import('../../../src-main/app/crash-dialogs');
const { CRASH_WORDS, crashLang } = await import('../../../src-main/app/crash-words');
const { createLogger } = await import('../../../src-main/app/logger');
const { setReportPathChooser } = await import('../../../src-main/services/report');
const { reportRuntime } = await import('../../support/report-runtime');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-crash-'));
const logger = createLogger({ dir: path.join(dir, 'logs') });
const runtime = reportRuntime(() => 'the log tail\n');
const saved = path.join(dir, 'report.json');
setReportPathChooser(runtime, async () => saved);
const settle = () => new Promise((r) => setTimeout(r, 20));

beforeEach(() => {
  showMessageBox.fn.mockReset();
  fs.rmSync(saved, { force: true });
});

describe('main error dialog', () => {
  it('offers "Make a support report" in the user\'s language; choosing it saves a report with the log tail', async () => {
    showMessageBox.fn.mockResolvedValue({ response: 0 });
    const dialogs = createCrashDialogs({ runtime: () => runtime, lang: () => 'zh-CN', logger });
    dialogs.mainError();
    await settle();
    const options = showMessageBox.fn.mock.calls[0]![0];
    expect(options.buttons).toEqual(['生成支持报告', '关闭']);
    expect(options.type).toBe('error');
    expect(JSON.parse(fs.readFileSync(saved, 'utf8')).logTail).toBe('the log tail\n');
  });

  it('shows one dialog at a time (an error in a loop cannot stack them), and Close saves nothing', async () => {
    let answer: (v: { response: number }) => void = () => undefined;
    showMessageBox.fn.mockReturnValue(new Promise((r) => (answer = r)));
    const dialogs = createCrashDialogs({ runtime: () => runtime, lang: () => 'en', logger });
    dialogs.mainError();
    dialogs.mainError();
    dialogs.mainError();
    expect(showMessageBox.fn).toHaveBeenCalledTimes(1);
    answer({ response: 1 });
    await settle();
    expect(fs.existsSync(saved)).toBe(false);
    expect(showMessageBox.fn.mock.calls[0]![0].buttons).toEqual(['Make a support report', 'Close']);
  });
});

describe('renderer gone dialog', () => {
  it('offers a reload and reloads the window', async () => {
    showMessageBox.fn.mockResolvedValue({ response: 0 });
    const contents = { isDestroyed: () => false, reload: vi.fn() };
    createCrashDialogs({ runtime: () => runtime, lang: () => 'en', logger }).rendererGone(contents as never);
    await settle();
    expect(showMessageBox.fn.mock.calls[0]![0].buttons).toEqual(['Reload', 'Make a support report', 'Close']);
    expect(contents.reload).toHaveBeenCalledTimes(1);
  });

  it('Close leaves the window as it is', async () => {
    showMessageBox.fn.mockResolvedValue({ response: 2 });
    const contents = { isDestroyed: () => false, reload: vi.fn() };
    createCrashDialogs({ runtime: () => runtime, lang: () => 'zh-CN', logger }).rendererGone(contents as never);
    await settle();
    expect(showMessageBox.fn.mock.calls[0]![0].buttons).toEqual(['重新加载', '生成支持报告', '关闭']);
    expect(contents.reload).not.toHaveBeenCalled();
  });
});

describe('dialog words', () => {
  it('both languages have every word, and zh-CN is Chinese', () => {
    expect(Object.keys(CRASH_WORDS['zh-CN']).sort()).toEqual(Object.keys(CRASH_WORDS.en).sort());
    for (const [key, zh] of Object.entries(CRASH_WORDS['zh-CN'])) {
      expect(zh, key).toMatch(/[\u4e00-\u9fff]/);
      expect(CRASH_WORDS.en[key as keyof typeof CRASH_WORDS.en], key).not.toBe('');
    }
  });

  it('the user\'s saved choice wins over the system language', () => {
    expect(crashLang(null, 'zh-Hans-CN')).toBe('zh-CN');
    expect(crashLang('en', 'zh-CN')).toBe('en');
    expect(crashLang(null, 'de-DE')).toBe('en');
  });
});
