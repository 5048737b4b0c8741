import type { AppLogger } from './logger';

/**
 * Where main-side failures are caught and logged: uncaught exceptions,
 * unhandled rejections, and a renderer process that died. Electron-free
 * (the emitters are parameters), so the harness and tests install the same
 * handlers; the Electron app adds its dialogs through the callbacks.
 */
interface ProcessLike {
  on(event: 'uncaughtException', listener: (error: unknown) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

export interface GoneDetails {
  reason: string;
  exitCode: number;
}

interface AppLike {
  on(event: 'render-process-gone', listener: (event: unknown, contents: { getURL(): string }, details: GoneDetails) => void): unknown;
}

export function catchMainErrors(proc: ProcessLike, logger: AppLogger, onError: (error: unknown) => void = () => undefined): void {
  proc.on('uncaughtException', (error) => {
    logger.error('uncaught exception', error);
    onError(error);
  });
  proc.on('unhandledRejection', (reason) => {
    logger.error('unhandled rejection', reason);
    onError(reason);
  });
}

export function watchRenderers(app: AppLike, logger: AppLogger, onGone: (contents: { getURL(): string }, details: GoneDetails) => void = () => undefined): void {
  app.on('render-process-gone', (_event, contents, details) => {
    // 'clean-exit' is a normal close (the window went away); anything else is a crash, a kill or OOM.
    if (details.reason === 'clean-exit') return;
    logger.error(`renderer process gone: ${details.reason} (exit code ${details.exitCode}) at ${pageOf(contents.getURL())}`);
    onGone(contents, details);
  });
}

/**
 * Which page it was, without its query or fragment: those hold the page's
 * state (the harness token, values typed into a form), which the log does
 * not need, and percent-encoded they slip past pattern-based redaction.
 */
export function pageOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(not a URL)';
  }
}
