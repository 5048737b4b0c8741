import { decodeBytes, type TextEncodingName } from '../../src-shared/util/decode';
import { recordedEncoding } from './console-encoding';
import type { RecordedOutput, TranscriptEntry } from '../../src-shared/transcript/schema';
import { redactSecrets } from '../../src-shared/report/secrets';
import type { CommandSpec, Host, PtyLaunch, RunOptions, RunResult } from './types';

/** How much of one stream is kept: the tail, where errors are. */
const MAX_STREAM_CHARS = 128 * 1024;
/** How many runs are kept; beyond that the oldest after the first ones are dropped (the first are the machine's facts). */
const MAX_ENTRIES = 2000;
const KEEP_FIRST = 200;

export interface RecordingOptions {
  /** Names this session knows are personal (on Windows: the account and computer name); the report masks them. */
  users?: readonly string[];
  hosts?: readonly string[];
}

/**
 * Wraps any Host and records what each command answered: its id and key, the
 * raw output (decoded as the host decoded it, re-encoded the same way on
 * replay), the exit code and how long it took. That is a transcript: the
 * support report carries it, and `--replay` answers from it.
 *
 * Never recorded: stdin (a user's password travels there for
 * distro.create-user) and the environment (a proxy URL with credentials
 * travels there). Values a command was given as secrets are scrubbed from
 * its own output before it is kept, so they never sit in the recording;
 * everything else (names, paths, e-mail) is redacted when a report is built,
 * by the user's choice.
 */
export class RecordingHost implements Host {
  private readonly recorded: TranscriptEntry[] = [];
  private dropped = 0;
  private readonly distroUsers = new Set<string>();

  constructor(
    readonly inner: Host,
    private readonly options: RecordingOptions = {},
  ) {}

  get kind() {
    return this.inner.kind;
  }
  get readOnly() {
    return this.inner.readOnly;
  }
  get processCount() {
    return this.inner.processCount;
  }
  shell(): PtyLaunch | null {
    return this.inner.shell();
  }

  async run(spec: CommandSpec, options?: RunOptions): Promise<RunResult> {
    if (spec.distro && spec.distro.user !== 'root') this.distroUsers.add(spec.distro.user);
    const result = await this.inner.run(spec, options);
    this.record(spec, result);
    return result;
  }

  /** What was recorded so far, oldest first (copies: the caller may not change the recording). */
  entries(): TranscriptEntry[] {
    return this.recorded.map((e) => ({ ...e }));
  }

  /** How many runs were left out because the recording was full. */
  get droppedCount(): number {
    return this.dropped;
  }

  /** Personal names this session knows: for the report's redaction. */
  knownNames(): { users: string[]; hosts: string[] } {
    return { users: [...(this.options.users ?? []), ...this.distroUsers], hosts: [...(this.options.hosts ?? [])] };
  }

  private record(spec: CommandSpec, result: RunResult): void {
    const secrets = specSecrets(spec);
    const stdout = recordOutput(result.stdoutBytes, result.encoding.stdout, secrets);
    const stderr = recordOutput(result.stderrBytes, result.encoding.stderr, secrets);
    const entry: TranscriptEntry = {
      probe: spec.id,
      ...(spec.key !== undefined ? { key: spec.key } : {}),
      exitCode: result.timedOut || result.cancelled ? null : result.exitCode,
      ...(stdout ? { stdout } : {}),
      ...(stderr ? { stderr } : {}),
      durationMs: Math.max(0, Math.min(3_600_000, Math.round(result.durationMs))),
      source: result.timedOut ? 'recorded (timed out)' : result.cancelled ? 'recorded (cancelled)' : 'recorded',
    };
    if (this.recorded.length >= MAX_ENTRIES) {
      this.recorded.splice(KEEP_FIRST, 1);
      this.dropped++;
    }
    this.recorded.push(entry);
  }
}

/**
 * A host's word on the encoding, unless the bytes contradict it (a UTF-16LE BOM, or
 * malformed UTF-8 said to be UTF-8: a host that did not decode them): then detect.
 */
function trustworthy(bytes: Uint8Array, encoding: TextEncodingName): boolean {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return encoding === 'utf16le';
  if (encoding !== 'utf8') return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Only a RecordingHost can say what the session saw; anything else has no recording. */
export function recordingOf(host: Host): RecordingHost | null {
  return host instanceof RecordingHost ? host : null;
}

/**
 * Secrets this command was given: values of environment variables (a proxy
 * URL carries its password there, and its parts may be echoed) and the line
 * appended to a script on stdin (how a password reaches create-user; for
 * other scripts it is their own last line, and removing that from their
 * output costs nothing).
 */
export function specSecrets(spec: CommandSpec): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(spec.env ?? {})) {
    if (!/PROXY|PASS|TOKEN|SECRET|AUTH|KEY|CRED/i.test(name) || value.length === 0) continue;
    out.push(value);
    const creds = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/\s]*)@/.exec(value)?.[1];
    if (creds) {
      const colon = creds.indexOf(':');
      for (const part of colon >= 0 ? [creds.slice(colon + 1), creds] : [creds]) {
        out.push(part);
        try {
          out.push(decodeURIComponent(part));
        } catch {
          // Not valid percent-encoding: the raw form is enough.
        }
      }
    }
  }
  if (spec.stdin !== undefined) {
    const text = typeof spec.stdin === 'string' ? spec.stdin : new TextDecoder().decode(spec.stdin);
    const payload = text.replace(/\n+$/, '').split('\n').pop();
    if (payload !== undefined && payload.length > 0) out.push(payload);
  }
  return out.filter((s) => s.length > 0);
}

/**
 * Raw bytes, decoded the way the host decoded them (so a GBK DISM answer is
 * kept as GBK and replays as GBK); CLIXML stays as PowerShell wrote it, since
 * replaying must hand the app the real bytes.
 */
function recordOutput(bytes: Uint8Array, encoding: TextEncodingName, secrets: readonly string[]): RecordedOutput | undefined {
  if (bytes.length === 0) return undefined;
  const decoded = decodeBytes(bytes, trustworthy(bytes, encoding) ? encoding : 'auto');
  let text = decoded.text;
  if (text.length > MAX_STREAM_CHARS) text = `[... ${text.length - MAX_STREAM_CHARS} characters left out ...]\n${text.slice(-MAX_STREAM_CHARS)}`;
  // Secrets shorter than 3 characters are not searched for (they would match inside ordinary words);
  // no script we run echoes what it reads from stdin, so this only guards against the unexpected.
  text = redactSecrets(text, secrets);
  return { text, encoding: recordedEncoding(decoded.encoding, bytes) };
}
