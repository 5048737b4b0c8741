import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Debian's Go (/usr/bin/go 1.19) run for real against loopback servers.
 * Fixture modules live under gws.test, which GONOSUMDB keeps away from the
 * public checksum database (the fixtures are not in it); nothing else is
 * relaxed: GOPROXY has no `direct`, so a failing proxy fails the command.
 */
export interface GoWorkspace {
  readonly dir: string;
  /** Environment for go: caches inside the workspace, no inherited proxy or GOFLAGS. */
  env(extra?: Record<string, string>): NodeJS.ProcessEnv;
  /** A fresh module directory with go.mod. */
  module(name: string): string;
  cleanup(): void;
}

export const GO = '/usr/bin/go';

export function makeGoWorkspace(): GoWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'gws-go-'));
  for (const d of ['home', 'gopath', 'cache']) mkdirSync(join(dir, d), { recursive: true });
  return {
    dir,
    env: (extra = {}) => ({
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: join(dir, 'home'),
      GOPATH: join(dir, 'gopath'),
      GOMODCACHE: join(dir, 'gopath/pkg/mod'),
      GOCACHE: join(dir, 'cache'),
      GOENV: join(dir, 'home/goenv'),
      GOFLAGS: '-mod=mod -modcacherw',
      GONOSUMDB: 'gws.test',
      GO111MODULE: 'on',
      CGO_ENABLED: '0',
      LANG: 'C.UTF-8',
      ...extra,
    }),
    module(name) {
      const m = join(dir, name);
      mkdirSync(m, { recursive: true });
      writeFileSync(join(m, 'go.mod'), `module example.com/${name}\n\ngo 1.19\n`);
      return m;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface GoResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function runGo(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<GoResult> {
  const start = Date.now();
  return new Promise((resolve) => {
    execFile(GO, [...args], { cwd, env, timeout: timeoutMs, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as NodeJS.ErrnoException & { code?: unknown }).code === 'number' ? ((error as unknown as { code: number }).code) : null) : 0;
      resolve({ code, stdout, stderr, ms: Date.now() - start });
    });
  });
}
