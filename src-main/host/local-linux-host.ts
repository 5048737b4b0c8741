import os from 'node:os';
import { ApiError } from '../../src-shared/contract';
import { runProcess } from './runner';
import type { CommandSpec, Host, PtyLaunch, RunOptions, RunResult } from './types';

export interface LocalLinuxOptions {
  /**
   * The sandbox root that stands in for the distro's "/": scripts prefix every
   * absolute path with $GWS_ROOT. Empty string = this machine's real root
   * (only for tests that run inside their own mount namespace).
   */
  root: string;
  /** Extra environment for every script (e.g. a test's PATH or proxy). */
  env?: Record<string, string>;
  /** The interactive shell for the Terminal, or null. */
  shell?: PtyLaunch | null;
}

/**
 * Plays the distro on this Linux machine, so that the distro side (Go install,
 * PATH edits, network checks) is run for real in tests and the demo. It runs
 * exactly what the Windows host would send through `wsl -d NAME -u USER --
 * bash -s -- ARGS`: the same script text on stdin, the same arguments.
 */
export class LocalLinuxHost implements Host {
  readonly kind = 'local-linux' as const;
  readonly readOnly = false;
  private started = 0;

  constructor(private readonly options: LocalLinuxOptions) {}

  get processCount(): number {
    return this.started;
  }

  get root(): string {
    return this.options.root;
  }

  async run(spec: CommandSpec, options: RunOptions = {}): Promise<RunResult> {
    if (!spec.distro) throw new ApiError('UNSUPPORTED', `${spec.id} is a Windows command; the local-Linux host only plays the distro`);
    this.started++;
    const argv = ['/bin/bash', '-s', '--', ...spec.distro.args];
    return runProcess(spec, options, {
      argv,
      baseEnv: {
        PATH: process.env.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        HOME: process.env.HOME ?? os.homedir(),
        LANG: 'C.UTF-8',
        ...this.options.env,
        GWS_ROOT: this.options.root,
        GWS_DISTRO: spec.distro.name,
        GWS_USER: spec.distro.user,
      },
      platform: 'linux',
    });
  }

  shell(): PtyLaunch | null {
    if (this.options.shell !== undefined) return this.options.shell;
    return { file: '/bin/bash', args: ['--login'], cwd: os.homedir(), title: 'bash', env: { TERM: 'xterm-256color' } };
  }
}
