import { ApiError } from '../../src-shared/contract';
import { runProcess } from './runner';
import type { CommandSpec, Host, PtyLaunch, RunOptions, RunResult } from './types';
import { windowsPaths } from './commands/windows-paths';
import { WSL_ENV } from './commands/wsl';

/**
 * The real thing: runs argv on Windows, hidden, no shell. Elevated actions go
 * through the elevation runner (one action at a time, never the whole app).
 */
export class WindowsHost implements Host {
  readonly kind = 'windows' as const;
  readonly readOnly = false;
  private started = 0;

  constructor(
    private readonly elevate: ((spec: CommandSpec, options: RunOptions) => Promise<RunResult>) | null = null,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  get processCount(): number {
    return this.started;
  }

  async run(spec: CommandSpec, options: RunOptions = {}): Promise<RunResult> {
    this.started++;
    if (spec.elevated) {
      if (!this.elevate) throw new ApiError('UNSUPPORTED', `${spec.id} needs administrator rights and no elevation runner is set up`);
      return this.elevate(spec, options);
    }
    return runProcess(spec, options, { baseEnv: this.env, platform: 'win32' });
  }

  shell(): PtyLaunch {
    // The user's default distro in a login shell; with no distro, wsl.exe explains itself.
    return { file: windowsPaths.wsl, args: ['--cd', '~'], title: 'WSL', env: { ...WSL_ENV } };
  }
}
