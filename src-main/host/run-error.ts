import type { RunResult } from './types';

/** A command that did not succeed, with everything needed to explain it. */
export class RunError extends Error {
  readonly result: RunResult;
  constructor(result: RunResult, reason?: string) {
    const what = result.argv.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ');
    const why =
      reason ??
      (result.cancelled
        ? 'was cancelled'
        : result.timedOut
          ? 'timed out'
          : result.exitCode === null
            ? `was killed (${result.signal ?? 'no exit code'})`
            : `exited with code ${result.exitCode}`);
    super(`${result.id}: ${what} ${why}`);
    this.name = 'RunError';
    this.result = result;
  }
  get exitCode(): number | null {
    return this.result.exitCode;
  }
  get timedOut(): boolean {
    return this.result.timedOut;
  }
  get cancelled(): boolean {
    return this.result.cancelled;
  }
  /** A JSON-safe summary for error envelopes; output is cut so a flood cannot ride along. */
  toDetails(maxChars = 4000): Record<string, unknown> {
    return {
      id: this.result.id,
      exitCode: this.result.exitCode,
      signal: this.result.signal,
      timedOut: this.result.timedOut,
      cancelled: this.result.cancelled,
      stdout: this.result.stdout.slice(-maxChars),
      stderr: this.result.stderr.slice(-maxChars),
    };
  }
}

/** Throw a RunError unless the run exited 0. */
export function expectSuccess(result: RunResult): RunResult {
  if (result.exitCode === 0 && !result.timedOut && !result.cancelled) return result;
  throw new RunError(result);
}
