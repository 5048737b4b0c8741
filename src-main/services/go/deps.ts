import type { Mirror } from '../../../src-shared/go/mirrors';
import type { Host } from '../../host/types';
import type { HttpGet } from './http-get';
import type { RunCommand } from '../../distro-scripts/run';
import type { ScriptText } from '../../distro-scripts';

/** What the Go service needs from the app; the lead builds one per session. */
export interface GoServiceDeps {
  readonly host: Host;
  /** Script text by name; default: the shipped copy through loadDistroScript. */
  readonly scripts?: ScriptText;
  /** Windows-side download cache (%LOCALAPPDATA%\go-wsl-setup\downloads); the distro reads it via /mnt/c. */
  readonly downloadDir: string;
  readonly mirrors?: readonly Mirror[];
  readonly releaseLists?: readonly string[];
  /** HTTP client; default node:http(s), direct. The app passes createHttpGet({ resolver }) so each URL takes the proxy Windows would use. */
  readonly get?: HttpGet;
  /** Tests only: allow the release list over http://127.0.0.1. */
  readonly allowLoopbackHttp?: boolean;
  /** How scripts reach the distro; default: host.run. The app passes runLive so every script shows in the Terminal. */
  readonly run?: RunCommand;
  readonly timeouts?: Partial<GoTimeouts>;
  /**
   * An offline bundle's Go tarball, already verified against its manifest and
   * copied where the distro can read it (services/bundle); null: none for this
   * arch/version, download as usual. It may throw (a corrupt bundle file the
   * person has not agreed to replace from the network).
   */
  readonly localTarball?: (arch: string, version: string | undefined, signal?: AbortSignal) => Promise<LocalTarball | null>;
}

/** A Go tarball that needs no network: its checksum comes from the bundle's manifest. */
export interface LocalTarball {
  readonly path: string;
  readonly version: string;
  readonly sha256: string;
  readonly size: number;
  /** Shown as the install's "mirror" (e.g. "bundle"). */
  readonly source: string;
}

export interface GoTimeouts {
  readonly probeMs: number;
  readonly listMs: number;
  readonly headersMs: number;
  readonly idleMs: number;
  /** A mirror slower than this for minRateWindowMs is left for the next one (0 = never). */
  readonly minRateBps: number;
  readonly minRateWindowMs: number;
  readonly scriptMs: number;
}

export const DEFAULT_TIMEOUTS: GoTimeouts = {
  probeMs: 4000,
  listMs: 15000,
  headersMs: 15000,
  idleMs: 20000,
  minRateBps: 8 * 1024,
  minRateWindowMs: 20000,
  scriptMs: 600_000,
};

/** Progress of the install task, without the taskId (the caller adds it when emitting task.progress). */
export interface GoProgress {
  readonly phase: string;
  readonly done?: number;
  readonly total?: number;
  readonly rate?: number;
  readonly etaSeconds?: number;
}
