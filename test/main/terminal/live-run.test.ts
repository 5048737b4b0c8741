import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../src-shared/contract';
import { scriptSpec } from '../../../src-main/distro-scripts/run';
import { wslCommands } from '../../../src-main/host/commands/wsl';
import { LocalLinuxHost } from '../../../src-main/host/local-linux-host';
import { MachineCatalog } from '../../../src-main/host/machines';
import { ReplayHost } from '../../../src-main/host/replay-host';
import type { Host } from '../../../src-main/host/types';
import { isAnswerExit, runLive, withLiveOutput } from '../../../src-main/services/live-run';
import { wslActions } from '../../../src-main/services/wsl/commands';
import { TerminalManager } from '../../../src-main/terminal';
import { makeSandbox } from '../../support/sandbox';
import { recorder, waitFor } from './recorder';

/** What the Terminal is shown of a live run: the tab's id, the words without machine lines, and whether the exit is an answer. */
const catalog = new MachineCatalog(path.resolve(__dirname, '../../../assets/machines'));

function live(host: Host) {
  const rec = recorder();
  const terminal = new TerminalManager({ emit: rec.emit });
  const opened = () => rec.events.filter((e) => e.event === 'terminal.opened').map((e) => e.payload as EventPayload<'terminal.opened'>);
  const ended = async (sessionId: string) => {
    terminal.ack(sessionId, 0);
    await waitFor('exit', () => rec.exit(sessionId) !== undefined);
    return { exit: rec.exit(sessionId) as EventPayload<'terminal.exit'>, text: rec.text(sessionId) };
  };
  return { deps: { host: () => host, terminal }, opened, ended };
}

describe('runLive: exits that are answers', () => {
  it('wsl --list with no distro yet (exit -1, recorded as 4294967295) is an answer, not a failure', async () => {
    const { deps, opened, ended } = live(new ReplayHost(catalog.get('distro-none'), { readOnly: true, maxReplayMs: 0, strict: true }));
    const result = await runLive(deps, wslCommands.listVerbose());
    expect(result.exitCode).toBe(4294967295);
    const [tab] = opened();
    expect(tab).toMatchObject({ kind: 'captured', titleId: 'wsl.list-verbose' });
    const { exit } = await ended(tab!.sessionId);
    expect(exit).toEqual({ sessionId: tab!.sessionId, exitCode: 4294967295, signal: null, answer: true });
  });

  it('the same command with a list (exit 0) carries no answer flag; an exit the command did not declare is no answer', async () => {
    const { deps, opened, ended } = live(new ReplayHost(catalog.get('distro-exists'), { readOnly: true, maxReplayMs: 0, strict: true }));
    await runLive(deps, wslCommands.listVerbose());
    const { exit } = await ended(opened()[0]!.sessionId);
    expect(exit.answer).toBeUndefined();
    expect(isAnswerExit(wslCommands.listVerbose(), 1)).toBe(false);
    expect(isAnswerExit(wslCommands.listVerbose(), -1)).toBe(true);
    expect(isAnswerExit(wslActions.enableFeatures(), 3010)).toBe(true);
    expect(isAnswerExit(wslActions.enableFeatures(), 1)).toBe(false);
    expect(isAnswerExit(wslActions.install(false), 4294967295)).toBe(false);
  });

  it('a distro and variant name travel as the title value', async () => {
    const { deps, opened } = live(new ReplayHost(catalog.get('distro-none'), { readOnly: true, maxReplayMs: 0, strict: true }));
    await runLive(deps, wslCommands.listOnline());
    await runLive(deps, { ...wslCommands.listOnline(), key: 'Ubuntu-24.04' }).catch(() => undefined);
    expect(opened()[0]).not.toHaveProperty('titleArgs');
    expect(opened()[1]).toMatchObject({ titleId: 'wsl.list-online', titleArgs: { key: 'Ubuntu-24.04' } });
  });
});

describe('runLive and withLiveOutput: machine lines stay out of the Terminal', () => {
  const sb = makeSandbox('gws-live-');
  afterAll(() => sb.cleanup());

  it('net-facts.sh run for real: the Terminal shows the command line and no record; the RunResult keeps them all', async () => {
    sb.write('etc/resolv.conf', 'nameserver 10.255.255.254\n');
    const { deps, opened, ended } = live(new LocalLinuxHost({ root: sb.root }));
    const result = await runLive(deps, scriptSpec({ id: 'net.facts', script: 'net-facts.sh', distro: 'sandbox', user: 'root', args: [], timeoutMs: 20_000 }));
    expect(result.stdout).toMatch(/^ROUTE_BEGIN$/m);
    expect(result.stdout).toMatch(/^WSLINFO/m);
    const { text } = await ended(opened()[0]!.sessionId);
    expect(text).toContain('$ ');
    expect(text).not.toMatch(/ROUTE_BEGIN|RESOLV_BEGIN|RESOLV_END|WSLINFO|nameserver/);
  });

  it('an operation streaming several scripts keeps the words for people, in order', async () => {
    const { deps, opened, ended } = live(new LocalLinuxHost({ root: sb.root }));
    await withLiveOutput(
      deps,
      'network: GOPROXY race',
      async (onOutput) => {
        onOutput('stdout', 'PROBE_ERR 1 Could not resolve host\nPRO');
        onOutput('stdout', 'BE 1 6 000 0\nStarting go get…\n');
        onOutput('stderr', 'go: downloading golang.org/x/text v0.14.0\n');
        onOutput('stdout', 'STEP_END get 0 28\n');
      },
      { id: 'network.raceGoproxy' },
    );
    const tab = opened()[0]!;
    expect(tab.titleId).toBe('network.raceGoproxy');
    const { text, exit } = await ended(tab.sessionId);
    expect(text).toBe('Starting go get…\r\ngo: downloading golang.org/x/text v0.14.0\r\n');
    expect(exit.exitCode).toBe(0);
  });
});
