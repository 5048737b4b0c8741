import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import electronLog from 'electron-log/node';
import { createRedactor, type Redactor } from '../../src-shared/report/redact';

/**
 * Main's log: a file a support person can ask for. A double-clicked Windows
 * app has no stderr, so without it every main-side error went nowhere.
 * electron-log (its Node entry: plain file transport, no IPC, nothing in the
 * sandboxed renderer) writes synchronously to DIR/main.log and, past
 * MAX_LOG_BYTES, moves it to main.old.log (one generation kept).
 * Every line passes the report's redaction first: secrets always, personal
 * data (user and computer names, home paths, e-mail) too, so the file can be
 * sent as it is. The Electron app and the harness use this same logger.
 */
export const LOG_FILE_NAME = 'main.log';
export const MAX_LOG_BYTES = 1024 * 1024;

export interface AppLogger {
  /** The file being written. */
  readonly file: string;
  error(line: string, error?: unknown): void;
  warn(line: string): void;
  info(line: string): void;
}

export interface LoggerOptions {
  /** The folder for main.log (Electron: app.getPath('logs'); harness: a temp logs folder). */
  dir: string;
  /** Also write to stderr (development, the harness); the installed app has none. */
  console?: boolean;
  /** Names to mask besides the ones the redaction rules find by themselves. */
  users?: readonly string[];
  hosts?: readonly string[];
  /** Rotate past this size (default MAX_LOG_BYTES; tests use less). */
  maxBytes?: number;
}

let instances = 0;

/** Text of one logged value: errors with their stack, objects as JSON, then redacted. */
export function logText(value: unknown, redact: Redactor): string {
  let text: string;
  if (value instanceof Error) text = value.stack ?? `${value.name}: ${value.message}`;
  else if (typeof value === 'string') text = value;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return redact(text);
}

export function createLogger(options: LoggerOptions): AppLogger {
  fs.mkdirSync(options.dir, { recursive: true });
  const file = path.join(options.dir, LOG_FILE_NAME);
  const redact = createRedactor({
    personal: true,
    users: [os.userInfo().username, ...(options.users ?? [])].filter(Boolean),
    hosts: [os.hostname(), ...(options.hosts ?? [])].filter(Boolean),
  });
  const log = electronLog.create({ logId: `gws-main-${++instances}` });
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = options.maxBytes ?? MAX_LOG_BYTES;
  log.transports.file.level = 'info';
  log.transports.console.level = options.console ? 'warn' : false;
  // Before any transport: nothing unredacted reaches the file or the console.
  log.hooks.push((message) => ({ ...message, data: message.data.map((d) => logText(d, redact)) }));
  return {
    file,
    error: (line, error) => (error === undefined ? log.error(line) : log.error(line, error)),
    warn: (line) => log.warn(line),
    info: (line) => log.info(line),
  };
}

/**
 * The end of the log for a support report: at most maxBytes, whole lines only.
 * Empty when there is no log yet.
 */
export function readLogTail(file: string, maxBytes = 32 * 1024): string {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return '';
  }
  try {
    const size = fs.fstatSync(fd).size;
    const start = Math.max(0, size - maxBytes);
    const buf = Buffer.alloc(size - start);
    fs.readSync(fd, buf, 0, buf.length, start);
    const text = buf.toString('utf8');
    // Cut at the first full line when we started mid-file (also avoids a split UTF-8 character).
    return start > 0 ? text.slice(text.indexOf('\n') + 1) : text;
  } finally {
    fs.closeSync(fd);
  }
}
