import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger, type AppLogger } from '../app/logger';

/**
 * The harness (demo, e2e) logs through the app's own logger, with the same
 * redaction, to DIR/main.log, and to stderr as before, so that what a test
 * sees in the log is what the installed app would write. Without --log-dir,
 * each run gets its own temp logs folder: a support report made in the demo
 * carries this run's log, never another run's (parallel e2e workers).
 */
export function createHarnessLogger(dir: string = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'go-wsl-setup-harness-')), 'logs')): AppLogger {
  return createLogger({ dir, console: true });
}
