import type { ReplayHost } from '../../src-main/host/replay-host';
import type { CommandSpec, Host, PtyLaunch, RunOptions, RunResult } from '../../src-main/host/types';

/**
 * A recorded machine's replay host that also keeps every spec it was asked
 * to run, so a test can check exactly what would have run on Windows, not
 * only what the service concluded. No terminal: shell() is null.
 */
export class SpecLogHost implements Host {
  readonly specs: CommandSpec[] = [];
  constructor(readonly replay: ReplayHost) {}
  get kind() {
    return this.replay.kind;
  }
  get readOnly() {
    return this.replay.readOnly;
  }
  get processCount() {
    return this.replay.processCount;
  }
  run(spec: CommandSpec, options?: RunOptions): Promise<RunResult> {
    this.specs.push(spec);
    return this.replay.run(spec, options);
  }
  shell(): PtyLaunch | null {
    return null;
  }
  /** ids of the commands that change the machine, in order. */
  mutated(): string[] {
    return this.specs.filter((s) => s.mutates).map((s) => s.id);
  }
  /** How many times the command with this id was run. */
  count(id: string): number {
    return this.specs.filter((s) => s.id === id).length;
  }
}
