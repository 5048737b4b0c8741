import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MachineCatalog } from '../../../src-main/host/machines';
import { ReplayHost } from '../../../src-main/host/replay-host';
import { VsCodeService } from '../../../src-main/services/editor/vscode';

/**
 * The five VS Code machines through the real service, parser and diagnosis
 * (the replay host answers the Windows side exactly as recorded). The e2e
 * walks (e2e/vscode.spec.ts) show the same in the page, in both languages.
 */
const catalog = new MachineCatalog(path.resolve(__dirname, '../../../assets/machines'));

function service(id: string) {
  const host = new ReplayHost(catalog.get(id), { readOnly: false, maxReplayMs: 0, strict: true });
  const ran: string[] = [];
  const argv: string[][] = [];
  // The facts write profile paths as %LOCALAPPDATA%\...; main expands them from its own environment.
  const svc = new VsCodeService(
    (spec, signal) => {
      ran.push(spec.id);
      argv.push([...spec.argv]);
      return host.run(spec, signal ? { signal } : {});
    },
    { LOCALAPPDATA: 'C:\\Users\\tester\\AppData\\Local' },
  );
  return { svc, ran, argv };
}

describe('VS Code machines', () => {
  it('vscode-user-wsl-ext: found with version and extension; opens hello-go', async () => {
    const { svc, ran, argv } = service('vscode-user-wsl-ext');
    const s = await svc.status();
    expect(s.facts.installs).toHaveLength(1);
    expect(s.facts.installs[0]?.location).toBe('%LOCALAPPDATA%\\Programs\\Microsoft VS Code');
    expect(s.facts.installs[0]).toMatchObject({ scope: 'user', version: '1.95.3' });
    expect(s.facts.wslExtension).toEqual({ installed: true, version: '0.88.5' });
    expect((await svc.open('Ubuntu-24.04', '/home/tester/hello-go')).run.ok).toBe(true);
    expect(ran).toEqual(['win.facts', 'editor.code-open-remote']);
    expect(argv[1]!.slice(0, 2)).toEqual(['C:\\Users\\tester\\AppData\\Local\\Programs\\Microsoft VS Code\\Code.exe', 'C:\\Users\\tester\\AppData\\Local\\Programs\\Microsoft VS Code\\resources\\app\\out\\cli.js']);
    expect(await svc.codeScript()).toBe('C:\\Users\\tester\\AppData\\Local\\Programs\\Microsoft VS Code\\bin\\code');
  });

  it('vscode-user-no-wsl-ext: the extension is missing, installed by the CLI, then seen', async () => {
    const { svc } = service('vscode-user-no-wsl-ext');
    expect((await svc.status()).facts.wslExtension.installed).toBe(false);
    const after = await svc.installWslExtension();
    expect(after.run?.ok).toBe(true);
    expect(after.facts.wslExtension).toEqual({ installed: true, version: '0.88.5' });
  });

  it('vscode-absent-winget: winget installs it; then the extension; then open', async () => {
    const { svc, ran, argv } = service('vscode-absent-winget');
    const first = await svc.status();
    expect(first.facts.installs).toEqual([]);
    expect(first.facts.winget).toMatch(/\\WindowsApps\\winget\.exe$/);
    const installed = await svc.installVsCode();
    expect(installed.run).toEqual({ ok: true, exitCode: 0, catalogId: null, evidence: [] });
    expect(installed.facts.installs[0]?.version).toBe('1.95.3');
    expect(argv[1]![0]).toBe('C:\\Users\\tester\\AppData\\Local\\Microsoft\\WindowsApps\\winget.exe');
    expect((await svc.installWslExtension()).facts.wslExtension.installed).toBe(true);
    expect((await svc.open('Ubuntu-24.04', '/home/tester/hello-go')).run.ok).toBe(true);
    expect(ran).toEqual(['win.facts', 'editor.winget-install-vscode', 'win.facts', 'editor.code-install-wsl-extension', 'win.facts', 'editor.code-open-remote']);
  });

  it('vscode-winget-network: VSCODE_WINGET_NETWORK from winget\'s own lines and exit code; still absent', async () => {
    const { svc } = service('vscode-winget-network');
    await svc.status();
    const r = await svc.installVsCode();
    expect(r.run?.catalogId).toBe('VSCODE_WINGET_NETWORK');
    expect(r.run?.evidence).toEqual(['InternetOpenUrl() failed.', '0x80072efd : unknown error', 'exit code 0x80072efd']);
    expect(r.facts.installs).toEqual([]);
  });

  it('vscode-absent-ltsc: no VS Code, no winget; installing is refused with VSCODE_NO_WINGET', async () => {
    const { svc, ran } = service('vscode-absent-ltsc');
    const s = await svc.status();
    expect(s.facts).toEqual({ known: true, installs: [], wslExtension: { installed: false, version: null }, winget: null });
    await expect(svc.installVsCode()).rejects.toMatchObject({ details: { catalogId: 'VSCODE_NO_WINGET' } });
    expect(ran).toEqual(['win.facts']);
  });
});
