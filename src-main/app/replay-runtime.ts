import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MachineSummary } from '../../src-shared/contract';
import type { Transcript } from '../../src-shared/transcript/schema';
import type { Emit } from '../ipc/dispatcher';
import { TaskRegistry } from '../ipc/tasks';
import { MachineCatalog, summary } from '../host/machines';
import { RecordingHost } from '../host/recording-host';
import { ReplayHost } from '../host/replay-host';
import type { Host, PtyLaunch } from '../host/types';
import type { Runtime, TerminalService } from '../ipc/runtime';
import type { ServiceOverrides } from '../ipc/service-overrides';
import { APP_VERSION } from './version';

export interface ReplayRuntimeOptions {
  emit: Emit;
  terminal: TerminalService;
  /** Recorded machines to choose from (the demo), or a single report (support replay). */
  machines: MachineCatalog | null;
  transcript: Transcript;
  readOnly: boolean;
  /** The Terminal's shell while replaying: a real local shell in the demo, none for a report. */
  shell: PtyLaunch | null;
  osLocale?: string;
  /** Which transport serves this runtime (the Electron app replays too: off Windows, or --replay). */
  transport?: 'electron' | 'harness';
  /** The scratch folder standing in for the app's data and the Windows profile (default: a new temp folder). */
  dataDir?: string;
  /** Wrap the replay host (tests put a real local-Linux distro side behind it). */
  wrapHost?: (replay: ReplayHost) => Host;
  /** Test-only: loopback endpoints for the Go and network services. */
  serviceOverrides?: ServiceOverrides;
}

/** A runtime whose Windows side is a recorded machine: the browser demo, the e2e tests and support replay. */
export function createReplayRuntime(options: ReplayRuntimeOptions): Runtime {
  let transcript = options.transcript;
  let readOnly = options.readOnly;
  const makeHost = (t: Transcript): Host => {
    const replay = new ReplayHost(t, { readOnly, shell: options.shell });
    // Recorded outermost, so a support report holds what this session's services saw.
    return new RecordingHost(options.wrapHost ? options.wrapHost(replay) : replay);
  };
  let host = makeHost(transcript);
  // A recorded machine has no Windows profile or app folder of its own: give it scratch ones,
  // so edits the demo makes (.wslconfig, backups) land there and never on this computer's files.
  const scratch = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'gws-replay-'));
  fs.mkdirSync(path.join(scratch, 'UserProfile'), { recursive: true });
  const runtime: Runtime = {
    host: () => host,
    machines: options.machines,
    currentMachine: (): MachineSummary => summary(transcript),
    terminal: options.terminal,
    tasks: new TaskRegistry(),
    emit: options.emit,
    // A getter: the recorded machine's display language follows the machine picked in the demo.
    get info() {
      return { version: APP_VERSION, osLocale: options.osLocale ?? transcript.machine.locale ?? 'en-US', transport: options.transport ?? 'harness' };
    },
    setLanguage() {
      // The page remembers the choice itself (localStorage); nothing to persist on this side.
    },
    dataDir: path.join(scratch, 'AppData'),
    userProfileDir: path.join(scratch, 'UserProfile'),
    facts: { preflight: null },
    ...(options.serviceOverrides ? { serviceOverrides: options.serviceOverrides } : {}),
  };
  if (options.machines) {
    const machines = options.machines;
    runtime.selectMachine = (id: string) => {
      transcript = machines.get(id);
      readOnly = options.readOnly;
      host = makeHost(transcript);
      runtime.facts.preflight = null;
      return summary(transcript);
    };
    // A support report opened from the demo is replayed read-only, like --replay: it shows what the user saw.
    runtime.openReport = (report: Transcript) => {
      transcript = report;
      readOnly = true;
      host = makeHost(transcript);
      runtime.facts.preflight = null;
      return summary(transcript);
    };
  }
  return runtime;
}

/** The demo's live shell: a real local bash, started in the user's home. */
export function demoShell(): PtyLaunch {
  return {
    file: '/bin/bash',
    args: ['--noprofile', '--norc', '-i'],
    cwd: os.homedir(),
    env: { TERM: 'xterm-256color', PS1: 'demo$ ' },
    title: 'bash (demo)',
  };
}
