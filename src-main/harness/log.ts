import os from 'node:os';
import path from 'node:path';
import { createLogger, type AppLogger } from '../app/logger';

/**
 * The harness (demo, e2e) logs through the app's own logger, with the same
 * redaction, to a file in a temp logs folder, and to stderr as before, so
 * that what a test sees in the log is what the installed app would write.
 */
export const HARNESS_LOG_DIR = path.join(os.tmpdir(), 'go-wsl-setup-harness', 'logs');

export function createHarnessLogger(dir: string = HARNESS_LOG_DIR): AppLogger {
  return createLogger({ dir, console: true });
}
