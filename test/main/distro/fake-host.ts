import type { CommandSpec, Host, PtyLaunch, RunOptions, RunResult } from '../../../src-main/host/types';

/**
 * A tiny Host for unit tests of the distro service: it records every spec and
 * answers from a function (id, key, argv) -> {exitCode, stdout, stderr}. Real
 * replay machines are wired by the lead; this checks argv and decisions.
 */
export interface Canned {
  exitCode?: number | null;
  stdout?: string;
  stderr?: string;
  timedOut?: boolean;
}

export class FakeHost implements Host {
  readonly kind = 'replay' as const;
  readonly specs: CommandSpec[] = [];
  constructor(
    private readonly answer: (spec: CommandSpec) => Canned,
    readonly readOnly = false,
  ) {}

  get processCount() {
    return this.specs.length;
  }

  async run(spec: CommandSpec, _options?: RunOptions): Promise<RunResult> {
    this.specs.push(spec);
    const c = this.answer(spec);
    const enc = new TextEncoder();
    return {
      id: spec.id,
      argv: spec.argv,
      exitCode: c.exitCode === undefined ? 0 : c.exitCode,
      signal: null,
      stdout: c.stdout ?? '',
      stderr: c.stderr ?? '',
      stdoutBytes: enc.encode(c.stdout ?? ''),
      stderrBytes: enc.encode(c.stderr ?? ''),
      encoding: { stdout: 'utf8', stderr: 'utf8' },
      timedOut: c.timedOut ?? false,
      cancelled: false,
      durationMs: 1,
    };
  }

  shell(): PtyLaunch | null {
    return null;
  }

  ids(): string[] {
    return this.specs.map((s) => (s.key ? `${s.id}:${s.key}` : s.id));
  }
}

export const LIST_HEADER = '  NAME            STATE           VERSION\n';
export const list = (...rows: string[]) => ({ stdout: LIST_HEADER + rows.map((r) => `${r}\n`).join('') });
export const STATUS_V2 = { stdout: 'Default Distribution: Ubuntu-24.04\nDefault Version: 2\n' };
export const STATUS_V1 = { stdout: 'Default Distribution: Ubuntu\nDefault Version: 1\n' };
export const ONLINE = {
  stdout:
    "The following is a list of valid distributions that can be installed.\nInstall using 'wsl.exe --install <Distro>'.\n\nNAME                            FRIENDLY NAME\nUbuntu                          Ubuntu\nUbuntu-22.04                    Ubuntu 22.04 LTS\nUbuntu-24.04                    Ubuntu 24.04 LTS\n",
};
