import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { catchMainErrors, watchRenderers } from '../../../src-main/app/crash-handlers';
import { createLogger, readLogTail } from '../../../src-main/app/logger';
import { buildSessionReport } from '../../../src-main/services/report';
import { SupportReport } from '../../../src-shared/report/schema';
import { reportRuntime } from '../../support/report-runtime';

/**
 * Main's log file: every path into it (a logged error, an uncaught exception,
 * an unhandled rejection, a renderer that died) writes a secret, and the file
 * must hold it masked. The report carries the log's redacted tail.
 */
const PASSWORD = 'Hunter2-proxy-pass';
const TOKEN = `ghp_${'A1b2C3d4E5'.repeat(4)}`;
const PROXY = `http://alice:${PASSWORD}@proxy.corp.example:8080`;
const secretLine = (where: string) => `${where}: GET via ${PROXY} with Authorization: Bearer ${TOKEN} failed`;

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'gws-log-'));
const read = (file: string) => fs.readFileSync(file, 'utf8');

function expectMasked(text: string) {
  expect(text).not.toContain(PASSWORD);
  expect(text).not.toContain(TOKEN);
}

describe('main log file', () => {
  it('a logged error: in the file, with its stack, secrets masked', () => {
    const logger = createLogger({ dir: tempDir() });
    logger.error(secretLine('direct'), new Error(secretLine('error object')));
    const text = read(logger.file);
    expect(text).toContain('direct: GET via');
    expect(text).toContain('error object: GET via');
    expect(text).toMatch(/at .*logger\.test\.ts/);
    expect(text).toContain('[error]');
    expectMasked(text);
  });

  it('a percent-encoded proxy URL (once or twice) is masked like the plain one', () => {
    const logger = createLogger({ dir: tempDir() });
    const once = encodeURIComponent(PROXY);
    logger.warn(`PAC fetch http://127.0.0.1:10809/pac/?next=${once} and ${encodeURIComponent(once)} failed`);
    const text = read(logger.file);
    expect(text).toContain('PAC fetch http://127.0.0.1:10809/pac/?next=');
    expect(text).toContain('proxy.corp.example:8080');
    expectMasked(text);
  });

  it('uncaught exceptions and unhandled rejections: logged masked, then the app is told', () => {
    const logger = createLogger({ dir: tempDir() });
    const proc = new EventEmitter();
    const onError = vi.fn();
    catchMainErrors(proc as never, logger, onError);
    proc.emit('uncaughtException', new Error(secretLine('uncaught')));
    proc.emit('unhandledRejection', secretLine('rejected with a string'));
    const text = read(logger.file);
    expect(text).toContain('uncaught exception');
    expect(text).toContain('unhandled rejection');
    expect(text).toContain('rejected with a string: GET via');
    expect(onError).toHaveBeenCalledTimes(2);
    expectMasked(text);
  });

  it('a renderer that died: logged masked (its URL may carry anything), a normal close is not', () => {
    const logger = createLogger({ dir: tempDir() });
    const app = new EventEmitter();
    const onGone = vi.fn();
    watchRenderers(app as never, logger, onGone);
    const contents = { getURL: () => `app://go-wsl-setup/index.html#proxy=${encodeURIComponent(PROXY)}&token=${TOKEN}` };
    app.emit('render-process-gone', {}, contents, { reason: 'crashed', exitCode: -1073741819 });
    app.emit('render-process-gone', {}, contents, { reason: 'clean-exit', exitCode: 0 });
    const text = read(logger.file);
    expect(text).toContain('renderer process gone: crashed (exit code -1073741819) at app://go-wsl-setup/index.html\n');
    expect(text.match(/renderer process gone/g)).toHaveLength(1);
    expect(onGone).toHaveBeenCalledTimes(1);
    expectMasked(text);
  });

  it('rotates: past the size limit the file moves to main.old.log and a new one starts', () => {
    const dir = tempDir();
    const logger = createLogger({ dir, maxBytes: 4096 });
    for (let i = 0; i < 80; i++) logger.info(`line ${i} ${'x'.repeat(80)}`);
    expect(fs.existsSync(path.join(dir, 'main.old.log'))).toBe(true);
    expect(fs.statSync(logger.file).size).toBeLessThanOrEqual(4096 + 200);
    expect(read(logger.file)).toContain('line 79');
  });

  it('the tail is whole lines from the end', () => {
    const dir = tempDir();
    const file = path.join(dir, 'main.log');
    fs.writeFileSync(file, 'first line\nsecond 中文 line\nthird line\n');
    expect(readLogTail(file, 1000)).toBe('first line\nsecond 中文 line\nthird line\n');
    expect(readLogTail(file, 14)).toBe('third line\n');
    expect(readLogTail(path.join(dir, 'none.log'))).toBe('');
  });
});

describe('support report: the log tail', () => {
  it('is in the report, redacted again with the report (secrets gone, personal masked)', () => {
    const dir = tempDir();
    const file = path.join(dir, 'main.log');
    // Written without the logger, as an older or foreign line might be: the report must still mask it.
    fs.writeFileSync(file, `[2026-12-04 10:00:00.000] [error] ${secretLine('old line')} in C:\\Users\\alice\\AppData\n`);
    const runtime = reportRuntime(() => readLogTail(file));
    const built = buildSessionReport(runtime, { redact: true, lang: 'en' });
    const report = SupportReport.parse(JSON.parse(built.json));
    expect(report.logTail).toContain('old line: GET via');
    expectMasked(report.logTail!);
    expect(report.logTail).not.toContain('alice');
    // The readable summary shows it too, in a fence a logged line cannot close.
    expect(built.markdown).toContain('## App log (last lines)');
    expect(built.markdown).toContain('old line: GET via');
    expectMasked(built.markdown);
    const zh = buildSessionReport(runtime, { redact: true, lang: 'zh-CN' });
    expect(zh.markdown).toContain('## 应用日志（最后几行）');
  });

  it('no log, no log section', () => {
    const runtime = reportRuntime();
    const built = buildSessionReport(runtime, { redact: true, lang: 'en' });
    expect(built.markdown).not.toContain('## App log');
    expect(JSON.parse(built.json)).not.toHaveProperty('logTail');
  });
});

describe('support report markdown: the log section', () => {
  it('a logged line with backticks cannot close the fence and inject markdown', async () => {
    const { renderMarkdown } = await import('../../../src-shared/report/markdown');
    const md = renderMarkdown(
      { machine: { windows: null, wsl: null }, steps: [], findings: [], checks: [] },
      { lang: 'en', createdAt: '2026-12-04T00:00:00Z', appVersion: '0', redacted: true, runs: 0, droppedRuns: 0, logTail: 'a\n```\n# injected heading\n````x\n' },
    );
    const section = md.slice(md.indexOf('## App log'));
    expect(section).toContain('`````\na\n```\n# injected heading\n````x\n`````');
  });
});
