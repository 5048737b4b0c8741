import { ApiError } from '../../src-shared/contract';
import type { RecordedOutput, Transcript, TranscriptEntry } from '../../src-shared/transcript/schema';
import { ConsoleEncoding, decodeOutput, recordedBytes } from './console-encoding';
import type { CommandSpec, Host, PtyLaunch, RunOptions, RunResult } from './types';

export interface ReplayOptions {
  /** A support report is replayed read-only: actions are refused, not simulated. */
  readOnly: boolean;
  /** Longest a replayed command takes to stream its output (keeps the demo lively and tests fast). */
  maxReplayMs?: number;
  /** Throw for probes the transcript does not have (tests), instead of answering "not recorded". */
  strict?: boolean;
  /** Where a live shell comes from while replaying (the demo's Terminal), or null for none. */
  shell?: PtyLaunch | null;
}

/**
 * Answers every CommandSpec from a recorded machine. The machine has a phase
 * (e.g. 'start' -> 'installed-needs-reboot' -> 'rebooted'); entries may apply
 * to some phases only and may move the machine on, which is how a recorded
 * machine goes through an install and a reboot. Several entries for the same
 * probe answer in turn; the last one keeps answering.
 */
export class ReplayHost implements Host {
  readonly kind = 'replay' as const;
  private phaseName: string;
  private readonly used = new Map<string, number>();
  private started = 0;
  readonly log: { id: string; key: string | undefined; phase: string; exitCode: number | null }[] = [];
  /** Learnt from the recorded facts exactly as the Windows host learns it: the app's decoding is what is replayed. */
  readonly console = new ConsoleEncoding();

  constructor(
    readonly transcript: Transcript,
    private readonly options: ReplayOptions,
  ) {
    this.phaseName = transcript.initialPhase;
  }

  get readOnly(): boolean {
    return this.options.readOnly;
  }
  get processCount(): number {
    return this.started;
  }
  get phase(): string {
    return this.phaseName;
  }

  async run(spec: CommandSpec, options: RunOptions = {}): Promise<RunResult> {
    if (spec.mutates && this.options.readOnly) {
      throw new ApiError('READ_ONLY', `replaying a recorded machine: "${spec.id}" is not performed`);
    }
    this.started++;
    const entry = this.pick(spec);
    if (!entry) {
      if (this.options.strict) throw new Error(`replay: no recorded answer for ${spec.id}${spec.key ? `[${spec.key}]` : ''} in phase ${this.phaseName}`);
      return this.result(spec, {
        exitCode: 127,
        stdout: new Uint8Array(),
        stderr: new TextEncoder().encode(`replay: "${spec.id}" was not recorded on this machine\n`),
        durationMs: 0,
        cancelled: false,
      });
    }
    const stdout = toBytes(entry.stdout);
    const stderr = toBytes(entry.stderr);
    const cancelled = await this.stream(spec, entry, stdout, stderr, options);
    if (!cancelled && entry.then) this.phaseName = entry.then.phase;
    this.log.push({ id: spec.id, key: spec.key, phase: this.phaseName, exitCode: cancelled ? null : entry.exitCode });
    const result = this.result(spec, {
      exitCode: cancelled ? null : entry.exitCode,
      stdout,
      stderr,
      durationMs: entry.durationMs ?? 0,
      cancelled,
    });
    this.console.observe(spec, result);
    return result;
  }

  shell(): PtyLaunch | null {
    return this.options.shell ?? null;
  }

  private pick(spec: CommandSpec): TranscriptEntry | undefined {
    const candidates = this.transcript.entries.filter(
      (e) => e.probe === spec.id && (e.key === undefined || e.key === spec.key) && phaseMatches(e.phase, this.phaseName),
    );
    if (candidates.length === 0) return undefined;
    // Key-specific answers win over generic ones.
    const specific = candidates.filter((e) => e.key !== undefined);
    const pool = specific.length > 0 ? specific : candidates;
    const counter = `${spec.id}\u0000${spec.key ?? ''}\u0000${this.phaseName}`;
    const n = this.used.get(counter) ?? 0;
    this.used.set(counter, n + 1);
    return pool[Math.min(n, pool.length - 1)];
  }

  /** Feed recorded output to the live view in a few chunks; returns true when cancelled. */
  private async stream(spec: CommandSpec, entry: TranscriptEntry, stdout: Uint8Array, stderr: Uint8Array, options: RunOptions): Promise<boolean> {
    const total = Math.min(entry.durationMs ?? 0, this.options.maxReplayMs ?? 1500);
    const encoding = this.console.resolve(spec);
    const text = decodeOutput(stdout, encoding, 'stdout').text;
    const lines = text.split(/(?<=\n)/);
    const steps = Math.max(1, Math.min(lines.length, 20));
    const per = Math.ceil(lines.length / steps);
    for (let i = 0; i < steps; i++) {
      if (options.signal?.aborted) return true;
      const part = lines.slice(i * per, (i + 1) * per).join('');
      if (part) options.onOutput?.('stdout', part);
      if (total > 0) await sleep(total / steps, options.signal);
    }
    if (options.signal?.aborted) return true;
    const errText = decodeOutput(stderr, encoding, 'stderr').text;
    if (errText) options.onOutput?.('stderr', errText);
    return false;
  }

  private result(
    spec: CommandSpec,
    r: { exitCode: number | null; stdout: Uint8Array; stderr: Uint8Array; durationMs: number; cancelled: boolean },
  ): RunResult {
    const encoding = this.console.resolve(spec);
    const out = decodeOutput(r.stdout, encoding, 'stdout');
    const err = decodeOutput(r.stderr, encoding, 'stderr');
    return {
      id: spec.id,
      argv: spec.argv,
      exitCode: r.exitCode,
      signal: null,
      stdout: out.text,
      stderr: err.text,
      stdoutBytes: r.stdout,
      stderrBytes: r.stderr,
      encoding: { stdout: out.encoding, stderr: err.encoding },
      timedOut: false,
      cancelled: r.cancelled,
      durationMs: r.durationMs,
    };
  }
}

function phaseMatches(match: string | string[] | undefined, phase: string): boolean {
  if (match === undefined) return true;
  return typeof match === 'string' ? match === phase : match.includes(phase);
}

/** The bytes a recorded output stands for (GBK text becomes GBK bytes: the app's decoding is what gets tested). */
export function toBytes(out: RecordedOutput | undefined): Uint8Array {
  return recordedBytes(out);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    // The listener goes when the timer fires: a long replay shares one signal across hundreds of sleeps.
    const onAbort = () => {
      clearTimeout(t);
      resolve();
    };
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
