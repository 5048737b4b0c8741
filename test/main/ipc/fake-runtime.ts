import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Runtime, TerminalService } from '../../../src-main/ipc/runtime';
import type { Emit } from '../../../src-main/ipc/dispatcher';
import { TaskRegistry } from '../../../src-main/ipc/tasks';
import type { CommandSpec, Host, PtyLaunch, RunResult } from '../../../src-main/host/types';

/** A host that records what it was asked and runs nothing. */
export class RecordingHost implements Host {
  readonly kind = 'replay' as const;
  readonly readOnly = false;
  readonly specs: CommandSpec[] = [];
  get processCount() {
    return this.specs.length;
  }
  async run(spec: CommandSpec): Promise<RunResult> {
    this.specs.push(spec);
    return {
      id: spec.id,
      argv: spec.argv,
      exitCode: 127,
      signal: null,
      stdout: '',
      stderr: 'not recorded',
      stdoutBytes: new Uint8Array(),
      stderrBytes: new Uint8Array(),
      encoding: { stdout: 'utf8', stderr: 'utf8' },
      timedOut: false,
      cancelled: false,
      durationMs: 0,
    };
  }
  shell(): PtyLaunch {
    return { file: '/bin/true', args: [], title: 'true' };
  }
}

/** A terminal that counts every call. */
export function spyTerminal(): TerminalService & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    open: () => {
      calls.push('open');
      return { sessionId: 's1', title: 't' };
    },
    input: () => void calls.push('input'),
    resize: () => void calls.push('resize'),
    ack: () => void calls.push('ack'),
    close: () => {
      calls.push('close');
      return true;
    },
    openCaptured: () => {
      calls.push('openCaptured');
      return { sessionId: 'c1', write: () => undefined, end: () => undefined };
    },
    dispose: () => void calls.push('dispose'),
  };
}

export function fakeRuntime(host: Host = new RecordingHost(), emit: Emit = () => undefined) {
  const terminal = spyTerminal();
  const languages: string[] = [];
  const runtime: Runtime = {
    host: () => host,
    machines: null,
    currentMachine: () => null,
    terminal,
    tasks: new TaskRegistry(),
    emit,
    info: { version: '0.0.0-test', osLocale: 'zh-CN', transport: 'harness' },
    setLanguage: (l) => void languages.push(l),
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'gws-fake-data-')),
    userProfileDir: fs.mkdtempSync(path.join(os.tmpdir(), 'gws-fake-profile-')),
    facts: { preflight: null },
  };
  return { runtime, terminal, host, languages };
}
