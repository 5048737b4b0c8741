import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandSpec, Host, PtyLaunch, RunOptions, RunResult } from '../../../src-main/host/types';

/**
 * A Host for tests with the LocalLinuxHost contract: a spec with `distro`
 * runs here as `bash -s -- ...args`, stdin = the script's text, GWS_ROOT =
 * the sandbox root. Windows-side probes (PowerShell) cannot run here: they
 * are answered from `answers` (a recorded machine, as the replay host does),
 * or fail with exit 127 like a missing program.
 */
export interface BashHostOptions {
  /** Sandbox root for system files (/etc/...), '' for none. */
  root: string;
  /** The distro user's home for this test. */
  home: string;
  /** Extra environment (GOPROXY for the fixture proxy, GOMODCACHE ...). */
  env?: Record<string, string>;
  answers?: Record<string, { stdout: string; exitCode?: number }>;
}

const SCRIPTS = join(__dirname, '../../../src-main/distro-scripts');

export class BashHost implements Host {
  readonly kind = 'local-linux' as const;
  readonly readOnly = false;
  processCount = 0;
  /** Every spec run, for assertions about argv and environment (e.g. no secret in argv). */
  readonly seen: CommandSpec[] = [];

  constructor(private readonly opts: BashHostOptions) {}

  shell(): PtyLaunch | null {
    return null;
  }

  run(spec: CommandSpec, options: RunOptions = {}): Promise<RunResult> {
    this.seen.push(spec);
    const started = Date.now();
    if (!spec.distro?.script) {
      const a = this.opts.answers?.[spec.id];
      return Promise.resolve(result(spec, a ? (a.exitCode ?? 0) : 127, a?.stdout ?? '', a ? '' : `${spec.argv[0] ?? ''}: not found`, started, false, false));
    }
    this.processCount++;
    // The service sends the script text on stdin, as the Windows host does; fall back to the file.
    const script = spec.stdin ?? readFileSync(join(SCRIPTS, spec.distro.script), 'utf8');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      LANG: 'C.UTF-8',
      ...this.opts.env,
      ...spec.env,
      HOME: this.opts.home,
      GWS_ROOT: this.opts.root,
    };
    return new Promise((resolve) => {
      const child = spawn('bash', ['-s', '--', ...spec.distro!.args], { env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      let timedOut = false;
      let cancelled = false;
      const kill = () => {
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      };
      const timer = setTimeout(() => {
        timedOut = true;
        kill();
      }, spec.timeoutMs ?? 120_000);
      const onAbort = () => {
        cancelled = true;
        kill();
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
        options.onOutput?.('stdout', d);
      });
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        err += d;
        options.onOutput?.('stderr', d);
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        resolve({ ...result(spec, code, out, err, started, timedOut, cancelled), signal });
      });
      child.stdin.on('error', () => undefined);
      child.stdin.end(script);
    });
  }
}

function result(spec: CommandSpec, exitCode: number | null, stdout: string, stderr: string, started: number, timedOut: boolean, cancelled: boolean): RunResult {
  const enc = new TextEncoder();
  return {
    id: spec.id,
    argv: spec.argv,
    exitCode,
    signal: null,
    stdout,
    stderr,
    stdoutBytes: enc.encode(stdout),
    stderrBytes: enc.encode(stderr),
    encoding: { stdout: 'utf8', stderr: 'utf8' },
    timedOut,
    cancelled,
    durationMs: Date.now() - started,
  };
}
