import { describe, expect, it } from 'vitest';
import { installWslExtensionSpec, openRemoteSpec, wingetInstallSpec } from '../../../src-main/host/commands/vscode';
import type { CommandSpec, RunResult } from '../../../src-main/host/types';
import { expandProfilePath, VsCodeService } from '../../../src-main/services/editor/vscode';
import { ApiError } from '../../../src-shared/contract';

const USER = 'C:\\Users\\lin\\AppData\\Local\\Programs\\Microsoft VS Code';
const WINGET = 'C:\\Users\\lin\\AppData\\Local\\Microsoft\\WindowsApps\\winget.exe';
const CLI = { exe: `${USER}\\Code.exe`, cliJs: `${USER}\\resources\\app\\out\\cli.js` };

describe('exact argv of every winget / code command the Editor step runs', () => {
  it('winget: the path the facts found, then install per user without prompts; UTF-8; an action', () => {
    const s = wingetInstallSpec(WINGET);
    expect(s.argv).toEqual([WINGET, 'install', '--id', 'Microsoft.VisualStudioCode', '-e', '--scope', 'user', '--accept-source-agreements', '--accept-package-agreements', '--disable-interactivity']);
    expect(s).toMatchObject({ id: 'editor.winget-install-vscode', decode: 'utf8', mutates: true });
    expect(s.elevated).toBeUndefined();
  });
  it('code --install-extension: Code.exe running cli.js as Node, as bin\\code.cmd does', () => {
    const s = installWslExtensionSpec(CLI);
    expect(s.argv).toEqual([CLI.exe, CLI.cliJs, '--install-extension', 'ms-vscode-remote.remote-wsl']);
    expect(s.env).toEqual({ ELECTRON_RUN_AS_NODE: '1' });
    expect(s.mutates).toBe(true);
  });
  it('code --remote wsl+<distro> <path>: distro and path are single arguments, the replay key is the distro', () => {
    const s = openRemoteSpec(CLI, 'Ubuntu-24.04', '/home/tester/hello-go');
    expect(s.argv).toEqual([CLI.exe, CLI.cliJs, '--remote', 'wsl+Ubuntu-24.04', '/home/tester/hello-go']);
    expect(s.key).toBe('Ubuntu-24.04');
    expect(s.env).toEqual({ ELECTRON_RUN_AS_NODE: '1' });
  });
});

function result(spec: CommandSpec, exitCode: number | null, stdout = ''): RunResult {
  const bytes = new TextEncoder().encode(stdout);
  return { id: spec.id, argv: spec.argv, exitCode, signal: null, stdout, stderr: '', stdoutBytes: bytes, stderrBytes: new Uint8Array(), encoding: { stdout: 'utf8', stderr: 'utf8' }, timedOut: false, cancelled: false, durationMs: 1 };
}

const factsJson = (o: object) => JSON.stringify({ schema: 1, ...o });
const ABSENT = factsJson({ vscode: [], vscodeExtensions: {}, winget: WINGET });
const PRESENT = factsJson({ vscode: [{ source: 'uninstall', scope: 'user', channel: 'stable', version: '1.95.3', installLocation: `${USER}\\`, exe: true, cliJs: true }], vscodeExtensions: { folders: [] }, winget: WINGET });
const WITH_EXT = factsJson({ vscode: [{ source: 'uninstall', scope: 'user', channel: 'stable', version: '1.95.3', installLocation: `${USER}\\`, exe: true, cliJs: true }], vscodeExtensions: { folders: ['ms-vscode-remote.remote-wsl-0.88.5'] }, winget: WINGET });

/** A fake live runner: answers per probe id from a queue, and records what ran. */
function fake(answers: Record<string, Array<[number | null, string]>>) {
  const ran: CommandSpec[] = [];
  const run = async (spec: CommandSpec) => {
    ran.push(spec);
    const q = answers[spec.id];
    const a = q && q.length > 1 ? q.shift()! : q?.[0];
    if (!a) throw new Error(`unexpected ${spec.id}`);
    return result(spec, a[0], a[1]);
  };
  return { ran, service: new VsCodeService(run) };
}

describe('VsCodeService', () => {
  it('installs with winget, then re-reads the facts: VS Code is there now', async () => {
    const { ran, service } = fake({ 'win.facts': [[0, ABSENT], [0, PRESENT]], 'editor.winget-install-vscode': [[0, 'Successfully installed\r\n']] });
    expect((await service.status()).facts.installs).toEqual([]);
    const after = await service.installVsCode();
    expect(after.run).toEqual({ ok: true, exitCode: 0, catalogId: null, evidence: [] });
    expect(after.facts.installs[0]?.version).toBe('1.95.3');
    expect(ran.map((s) => s.id)).toEqual(['win.facts', 'editor.winget-install-vscode', 'win.facts']);
    expect(ran[1]!.argv[0]).toBe(WINGET);
  });

  it('a winget network failure is diagnosed, and the facts still say VS Code is absent', async () => {
    const { service } = fake({ 'win.facts': [[0, ABSENT]], 'editor.winget-install-vscode': [[0x80072efd, 'InternetOpenUrl() failed.\r\n0x80072efd : unknown error\r\n']] });
    const after = await service.installVsCode();
    expect(after.run?.catalogId).toBe('VSCODE_WINGET_NETWORK');
    expect(after.run?.ok).toBe(false);
    expect(after.facts.installs).toEqual([]);
  });

  it('without winget it refuses with VSCODE_NO_WINGET and runs nothing else', async () => {
    const { ran, service } = fake({ 'win.facts': [[0, factsJson({ vscode: [] })]] });
    await expect(service.installVsCode()).rejects.toMatchObject({ code: 'VALIDATION', details: { catalogId: 'VSCODE_NO_WINGET' } });
    expect(ran.map((s) => s.id)).toEqual(['win.facts']);
  });

  it('installs the WSL extension with the CLI the facts found, then sees it installed', async () => {
    const { ran, service } = fake({ 'win.facts': [[0, PRESENT], [0, WITH_EXT]], 'editor.code-install-wsl-extension': [[0, "Extension 'ms-vscode-remote.remote-wsl' v0.88.5 was successfully installed.\n"]] });
    const after = await service.installWslExtension();
    expect(after.run?.ok).toBe(true);
    expect(after.facts.wslExtension).toEqual({ installed: true, version: '0.88.5' });
    expect(ran[1]!.argv.slice(0, 2)).toEqual([CLI.exe, CLI.cliJs]);
  });

  it('opening needs a VS Code with a CLI; a failing open is diagnosed', async () => {
    const none = fake({ 'win.facts': [[0, ABSENT]] });
    await expect(none.service.open('Ubuntu-24.04', '/home/tester/hello-go')).rejects.toBeInstanceOf(ApiError);
    const bad = fake({ 'win.facts': [[0, PRESENT]], 'editor.code-open-remote': [[1, 'boom\n']] });
    const r = await bad.service.open('Ubuntu-24.04', '/home/tester/hello-go');
    expect(r.run).toMatchObject({ ok: false, catalogId: 'VSCODE_CLI_FAILED' });
    const good = fake({ 'win.facts': [[0, PRESENT]], 'editor.code-open-remote': [[0, '']] });
    expect((await good.service.open('Ubuntu-24.04', '/home/tester/hello-go')).run.ok).toBe(true);
  });
});

describe('profile paths the facts write with a variable', () => {
  const ENV = { LOCALAPPDATA: 'C:\\Users\\林\\AppData\\Local', USERPROFILE: 'C:\\Users\\林' };
  it('expands %LOCALAPPDATA% and %USERPROFILE% at the start only, from main\'s environment', () => {
    expect(expandProfilePath('%LOCALAPPDATA%\\Programs\\Microsoft VS Code\\Code.exe', ENV)).toBe('C:\\Users\\林\\AppData\\Local\\Programs\\Microsoft VS Code\\Code.exe');
    expect(expandProfilePath('%userprofile%\\x\\bin\\code', ENV)).toBe('C:\\Users\\林\\x\\bin\\code');
    expect(expandProfilePath('C:\\Program Files\\Microsoft VS Code\\Code.exe', ENV)).toBe('C:\\Program Files\\Microsoft VS Code\\Code.exe');
  });
  it('an unset (or not drive-rooted) variable makes the path unusable rather than guessed', () => {
    expect(() => expandProfilePath('%LOCALAPPDATA%\\x', {})).toThrow(ApiError);
    expect(() => expandProfilePath('%LOCALAPPDATA%\\x', { LOCALAPPDATA: '\\\\server\\share' })).toThrow(ApiError);
  });
  it('the service runs the expanded paths', async () => {
    const run = async (spec: CommandSpec) => result(spec, 0, spec.id === 'win.facts' ? factsJson({ vscode: [{ source: 'folder', scope: 'user', channel: 'stable', installLocation: '%LOCALAPPDATA%\\Programs\\Microsoft VS Code', exe: true, cliJs: true }], vscodeExtensions: {} }) : '');
    const ran: CommandSpec[] = [];
    const svc = new VsCodeService(async (spec) => (ran.push(spec), run(spec)), ENV);
    await svc.open('Ubuntu-24.04', '/home/lin/hello-go');
    expect(ran[1]!.argv[0]).toBe('C:\\Users\\林\\AppData\\Local\\Programs\\Microsoft VS Code\\Code.exe');
  });
});

describe('the facts script\'s VS Code part stays within what ConstrainedLanguage allows', () => {
  it('uses cmdlets, core-type casts and string methods only: no static .NET calls, New-Object or Add-Type', async () => {
    const { WINDOWS_FACTS_SCRIPT } = await import('../../../src-main/host/commands/windows-facts');
    const start = WINDOWS_FACTS_SCRIPT.indexOf('# VS Code (the Editor step)');
    const end = WINDOWS_FACTS_SCRIPT.indexOf('$r.languageMode');
    expect(start).toBeGreaterThan(0);
    const part = WINDOWS_FACTS_SCRIPT.slice(start, end);
    expect(part).toContain('$r.vscode = $vsc');
    expect(part).toContain('$r.winget = $w');
    expect(part).not.toMatch(/::|New-Object|Add-Type|\[regex\]|\[System\./i);
    // Every query is guarded, so a failure leaves the field out instead of losing the facts.
    expect(part.match(/\btry \{/g)?.length).toBeGreaterThanOrEqual(5);
  });
});
