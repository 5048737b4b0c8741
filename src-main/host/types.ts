import type { HostKind } from '../../src-shared/contract';
import type { TextEncodingName } from '../../src-shared/util/decode';

/**
 * The Host seam. Services never spawn processes themselves: they build a
 * CommandSpec (see commands/) and ask the Host to run it. Three hosts implement
 * this interface:
 *  - WindowsHost: really runs argv (wsl.exe, powershell.exe) hidden, no shell;
 *  - ReplayHost: answers from a recorded machine (a transcript: probe id -> raw bytes + exit code);
 *  - LocalLinuxHost: runs distro-side scripts on this Linux machine against a sandbox root.
 */
export interface CommandSpec {
  /** Probe/action id, the key a replay transcript answers by: 'wsl.status', 'win.facts', 'go.install' ... */
  readonly id: string;
  /** Optional discriminator for replay, e.g. the distro name for 'wsl.install-distro'. */
  readonly key?: string;
  /** argv[0] is the executable (an absolute path on Windows). Never a shell command line. */
  readonly argv: readonly string[];
  /** Extra environment (merged over the host's). */
  readonly env?: Readonly<Record<string, string>>;
  /** Bytes written to stdin, then stdin is closed. Absent: stdin is closed at once (wsl.exe may wait for a key otherwise). */
  readonly stdin?: string | Uint8Array;
  /** Kill the process tree after this long. */
  readonly timeoutMs?: number;
  /**
   * 'auto': wsl.exe's output is detected (UTF-16LE unless WSL_UTF8=1 is honoured); on a
   * Windows host any other tool's output is the console code page once the facts reported it
   * (console-encoding.ts). 'console': always the console code page. A name: exactly that.
   */
  readonly decode?: 'auto' | 'console' | TextEncodingName;
  /** Needs administrator rights: the Windows host elevates this one action (UAC), never the app. */
  readonly elevated?: boolean;
  /** Changes the machine: a read-only replay refuses it. */
  readonly mutates?: boolean;
  /** For commands that run inside the distro: what runs there, so the local-Linux host can run the same thing here. */
  readonly distro?: DistroInvocation;
  /** A human title for the Terminal tab showing this run (English; the renderer names the tab by `id` where it has words for it). */
  readonly title?: string;
  /**
   * Exit codes that are a normal answer of this command, not a failure (wsl --list
   * exits -1 when there is no distro yet): the Terminal does not mark them red.
   * Compared as 32-bit values, so -1 also matches 4294967295.
   */
  readonly answerExits?: readonly number[];
}

export interface DistroInvocation {
  readonly name: string;
  /** 'root' or a user name; the Windows argv carries `-u USER`. */
  readonly user: string;
  /** The distro-side script (file name under src-main/distro-scripts) whose text is sent on stdin to `bash -s`. */
  readonly script?: string;
  /** Data for the script: positional arguments, never spliced into the script text. */
  readonly args: readonly string[];
}

export type OutputStream = 'stdout' | 'stderr';

export interface RunOptions {
  readonly signal?: AbortSignal;
  /** Live, decoded output as it arrives (for the Terminal). */
  readonly onOutput?: (stream: OutputStream, text: string) => void;
}

export interface RunResult {
  readonly id: string;
  readonly argv: readonly string[];
  /** null when the process was killed by a signal or never started. */
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly stdoutBytes: Uint8Array;
  readonly stderrBytes: Uint8Array;
  readonly encoding: { readonly stdout: TextEncodingName; readonly stderr: TextEncodingName };
  readonly timedOut: boolean;
  readonly cancelled: boolean;
  readonly durationMs: number;
}

export interface PtyLaunch {
  readonly file: string;
  readonly args: readonly string[];
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly title: string;
}

export interface Host {
  readonly kind: HostKind;
  /** True when replaying a report: actions (mutates: true) are refused. */
  readonly readOnly: boolean;
  /** Run one command. Never throws for a non-zero exit: see RunResult / RunError. */
  run(spec: CommandSpec, options?: RunOptions): Promise<RunResult>;
  /** The interactive shell a Terminal session opens, or null where this host has none. */
  shell(): PtyLaunch | null;
  /** How many processes this host has started (or, replaying, would have started). */
  readonly processCount: number;
}
