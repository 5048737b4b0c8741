import { spawn } from 'node:child_process';
import { concatBytes } from '../../src-shared/util/decode';
import { appendWslEnv, wslEnvEntries } from '../../src-shared/util/wslenv';
import { OutputDecoder, streamEncoding } from './console-encoding';
import { killTree } from './kill-tree';
import type { CommandSpec, OutputStream, RunOptions, RunResult } from './types';

export const DEFAULT_TIMEOUT_MS = 120_000;

export interface SpawnSettings {
  /** Environment the process starts from (the host's), before spec.env is merged in. */
  readonly baseEnv: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Replace argv before spawning (the local-Linux host maps distro commands to `bash -s`). */
  readonly argv?: readonly string[];
  readonly platform?: NodeJS.Platform;
}

/**
 * The one process runner. argv arrays only (shell: false), hidden window on
 * Windows, stdin closed unless the spec gives bytes, per-stream decoding (the
 * encoding the host resolved, or detection; PowerShell's CLIXML on stderr
 * becomes plain text), timeout and cancellation that kill the whole tree.
 * It never throws for a failed command: the result says what happened.
 */
export function runProcess(spec: CommandSpec, options: RunOptions = {}, settings: SpawnSettings): Promise<RunResult> {
  const argv = settings.argv ?? spec.argv;
  const [file, ...args] = argv;
  const started = Date.now();
  const platform = settings.platform ?? process.platform;
  if (!file) return Promise.reject(new Error(`${spec.id}: empty argv`));

  return new Promise<RunResult>((resolve) => {
    const chunks: Record<OutputStream, Uint8Array[]> = { stdout: [], stderr: [] };
    const decoders: Record<OutputStream, OutputDecoder> = {
      stdout: new OutputDecoder(streamEncoding(spec), 'stdout'),
      stderr: new OutputDecoder(streamEncoding(spec), 'stderr'),
    };
    const text: Record<OutputStream, string> = { stdout: '', stderr: '' };
    let timedOut = false;
    let cancelled = options.signal?.aborted ?? false;
    let settled = false;

    const child = spawn(file, args, {
      shell: false,
      windowsHide: true,
      // Own process group on POSIX so killTree reaches grandchildren.
      detached: platform !== 'win32',
      cwd: settings.cwd,
      env: childEnv(settings.baseEnv, spec.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });

    const finish = (exitCode: number | null, signal: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      for (const s of ['stdout', 'stderr'] as const) {
        const tail = decoders[s].end();
        if (tail) {
          text[s] += tail;
          options.onOutput?.(s, tail);
        }
      }
      const stdoutBytes = concatBytes(chunks.stdout);
      const stderrBytes = concatBytes(chunks.stderr);
      resolve({
        id: spec.id,
        argv,
        exitCode,
        signal,
        stdout: text.stdout,
        stderr: text.stderr,
        stdoutBytes,
        stderrBytes,
        encoding: { stdout: decoders.stdout.encoding ?? 'utf8', stderr: decoders.stderr.encoding ?? 'utf8' },
        timedOut,
        cancelled,
        durationMs: Date.now() - started,
      });
    };

    const onAbort = () => {
      cancelled = true;
      killTree(child, platform);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child, platform);
    }, spec.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    if (cancelled) killTree(child, platform);
    else options.signal?.addEventListener('abort', onAbort, { once: true });

    for (const s of ['stdout', 'stderr'] as const) {
      child[s].on('data', (buf: Buffer) => {
        const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
        chunks[s].push(bytes);
        const t = decoders[s].write(bytes);
        if (t) {
          text[s] += t;
          options.onOutput?.(s, t);
        }
      });
    }
    child.stdin.on('error', () => {
      /* the process may exit before reading its stdin: not our failure */
    });
    if (spec.stdin !== undefined) child.stdin.end(spec.stdin);
    else child.stdin.end();

    child.on('error', (err) => {
      // Spawn failure (ENOENT, EACCES): report it like a failed command.
      text.stderr += `${err.message}\n`;
      finish(null, null);
    });
    child.on('close', (code, signal) => finish(code, signal));
  });
}

/**
 * The child's environment: the host's, with the spec's variables over it,
 * except WSLENV, which is appended to (the user's entries stay; see
 * src-shared/util/wslenv.ts). Windows names are case-insensitive, so a
 * `WslEnv` from the host is the same variable and is folded into one key.
 */
export function childEnv(base: NodeJS.ProcessEnv, extra: Readonly<Record<string, string>> | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, ...extra };
  const ours = extra?.WSLENV;
  if (ours === undefined) return env;
  const baseKeys = Object.keys(base).filter((k) => k.toUpperCase() === 'WSLENV');
  const existing = baseKeys.map((k) => base[k] ?? '').join(':');
  for (const k of baseKeys) delete env[k];
  env.WSLENV = appendWslEnv(existing, wslEnvEntries(ours));
  return env;
}
