import type { CommandSpec, Host, PtyLaunch, RunOptions, RunResult } from './types';

/**
 * Windows-side commands go to one host (real or replayed), distro-side ones
 * (specs with a `distro` field) to another: how tests and the demo run a
 * recorded Windows with a real Linux distro side.
 */
export class CompositeHost implements Host {
  constructor(
    private readonly windows: Host,
    private readonly distro: Host,
  ) {}

  get kind() {
    return this.windows.kind;
  }
  get readOnly() {
    return this.windows.readOnly;
  }
  get processCount(): number {
    return this.windows.processCount + this.distro.processCount;
  }

  run(spec: CommandSpec, options?: RunOptions): Promise<RunResult> {
    return spec.distro ? this.distro.run(spec, options) : this.windows.run(spec, options);
  }

  shell(): PtyLaunch | null {
    return this.windows.shell() ?? this.distro.shell();
  }
}
