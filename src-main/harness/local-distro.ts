import fs from 'node:fs';
import path from 'node:path';
import { LocalLinuxHost } from '../host/local-linux-host';
import type { CommandSpec, Host, PtyLaunch, RunOptions, RunResult } from '../host/types';

/**
 * The distro side played for real on this machine (`--local-distro DIR`):
 * every distro script runs here against the sandbox root DIR, as the Windows
 * host would run it with `wsl -d NAME -u USER`. Like `wsl -u USER`, each run
 * gets that user's HOME, read from DIR/etc/passwd (the scripts put GWS_ROOT
 * in front of it). Windows-side probes never come here (CompositeHost).
 */
export class LocalDistroHost implements Host {
  readonly kind = 'local-linux' as const;
  readonly readOnly = false;
  private readonly perUser = new Map<string, LocalLinuxHost>();

  constructor(
    private readonly root: string,
    /** Extra environment for every script (test rig: PATH with the sandbox's Go first, GOCACHE ...). */
    private readonly env: Readonly<Record<string, string>> = {},
  ) {}

  get processCount(): number {
    let n = 0;
    for (const h of this.perUser.values()) n += h.processCount;
    return n;
  }

  run(spec: CommandSpec, options?: RunOptions): Promise<RunResult> {
    return this.hostFor(spec.distro?.user ?? 'root').run(spec, options);
  }

  shell(): PtyLaunch | null {
    return null;
  }

  private hostFor(user: string): LocalLinuxHost {
    let h = this.perUser.get(user);
    if (!h) {
      h = new LocalLinuxHost({ root: this.root, env: { ...this.env, HOME: homeOf(this.root, user) }, shell: null });
      this.perUser.set(user, h);
    }
    return h;
  }
}

/** The user's home as the distro sees it: passwd field 6, else the usual place. */
export function homeOf(root: string, user: string): string {
  try {
    for (const line of fs.readFileSync(path.join(root, 'etc', 'passwd'), 'utf8').split('\n')) {
      const f = line.split(':');
      if (f[0] === user && f[5]?.startsWith('/')) return f[5];
    }
  } catch {
    // No passwd in the sandbox: fall through to the convention.
  }
  return user === 'root' ? '/root' : `/home/${user}`;
}
