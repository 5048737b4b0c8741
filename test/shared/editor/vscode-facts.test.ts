import { describe, expect, it } from 'vitest';
import { parseVsCodeFacts, usableVsCode } from '../../../src-shared/editor/vscode-facts';

/**
 * The facts script's VS Code part, as ConvertTo-Json writes it (the rest of
 * the facts left out). Registry values as Inno Setup writes them for VS Code:
 * DisplayName "Microsoft Visual Studio Code (User)" (microsoft/vcpkg#5393),
 * InstallLocation with a trailing backslash (GitHub Desktop's registry test
 * export of the same key), DisplayVersion the product version.
 */
const USER = 'C:\\Users\\lin\\AppData\\Local\\Programs\\Microsoft VS Code';
const facts = (o: object) => JSON.stringify({ schema: 1, build: '22631', ...o });

describe('parseVsCodeFacts', () => {
  it('a user install found by its uninstall key and its folder is one install, with the version and the CLI', () => {
    const f = parseVsCodeFacts(
      facts({
        vscode: [
          { source: 'uninstall', scope: 'user', channel: 'stable', displayName: 'Microsoft Visual Studio Code (User)', version: '1.95.3', installLocation: `${USER}\\`, exe: true, cliJs: true },
          { source: 'folder', scope: 'user', channel: 'stable', installLocation: USER, exe: true, cliJs: true },
        ],
        vscodeExtensions: { folders: ['ms-vscode-remote.remote-wsl-0.88.4', 'ms-vscode-remote.remote-wsl-0.88.5'] },
        winget: 'C:\\Users\\lin\\AppData\\Local\\Microsoft\\WindowsApps\\winget.exe',
      }),
    );
    expect(f.installs).toHaveLength(1);
    expect(f.installs[0]).toEqual({ scope: 'user', channel: 'stable', version: '1.95.3', location: USER, cli: { exe: `${USER}\\Code.exe`, cliJs: `${USER}\\resources\\app\\out\\cli.js` } });
    expect(f.wslExtension).toEqual({ installed: true, version: '0.88.5' });
    expect(f.winget).toMatch(/winget\.exe$/);
  });

  it('nothing installed, no winget (Windows 10 LTSC): empty, and null winget', () => {
    const f = parseVsCodeFacts(facts({ vscode: [], vscodeExtensions: {} }));
    expect(f).toEqual({ known: true, installs: [], wslExtension: { installed: false, version: null }, winget: null });
    expect(usableVsCode(f)).toBeNull();
  });

  it('facts from an older script without the fields read as nothing found, never as a guess', () => {
    expect(parseVsCodeFacts(facts({}))).toEqual({ known: false, installs: [], wslExtension: { installed: false, version: null }, winget: null });
    expect(parseVsCodeFacts('not json at all').installs).toEqual([]);
  });

  it('a single install serialised as an object (not an array) is read too', () => {
    const f = parseVsCodeFacts(facts({ vscode: { source: 'uninstall', scope: 'system', channel: 'stable', version: '1.90.0', installLocation: 'C:\\Program Files\\Microsoft VS Code\\', exe: true, cliJs: true } }));
    expect(f.installs.map((i) => [i.scope, i.version])).toEqual([['system', '1.90.0']]);
  });

  it('prefers a usable stable user install over system and Insiders; an install without cli.js is not usable', () => {
    const f = parseVsCodeFacts(
      facts({
        vscode: [
          { source: 'uninstall', scope: 'user', channel: 'insiders', version: '1.96.0-insider', installLocation: 'C:\\Users\\lin\\AppData\\Local\\Programs\\Microsoft VS Code Insiders\\', exe: true, cliJs: true },
          { source: 'uninstall', scope: 'user', channel: 'stable', version: '1.95.3', installLocation: `${USER}\\`, exe: true, cliJs: false },
          { source: 'uninstall', scope: 'system', channel: 'stable', version: '1.94.0', installLocation: 'C:\\Program Files\\Microsoft VS Code\\', exe: true, cliJs: true },
        ],
      }),
    );
    expect(f.installs.map((i) => `${i.scope}/${i.channel}/${i.cli ? 'cli' : '-'}`)).toEqual(['system/stable/cli', 'user/insiders/cli', 'user/stable/-']);
    expect(usableVsCode(f)?.location).toBe('C:\\Program Files\\Microsoft VS Code');
    expect(usableVsCode(f)?.cli?.exe).toBe('C:\\Program Files\\Microsoft VS Code\\Code.exe');
    const insiders = f.installs.find((i) => i.channel === 'insiders');
    expect(insiders?.cli?.exe).toMatch(/Code - Insiders\.exe$/);
  });

  it('a location that is not a drive path (empty, relative, UNC) is ignored', () => {
    const f = parseVsCodeFacts(
      facts({
        vscode: [
          { source: 'uninstall', scope: 'user', channel: 'stable', version: '1.0', installLocation: '', exe: true, cliJs: true },
          { source: 'uninstall', scope: 'user', channel: 'stable', version: '1.0', installLocation: '\\\\server\\share\\Code', exe: true, cliJs: true },
        ],
      }),
    );
    expect(f.installs).toEqual([]);
  });

  it('the WSL extension: obsolete folders and the recommender extension do not count; versions compare as numbers', () => {
    const f = parseVsCodeFacts(
      facts({
        vscodeExtensions: {
          folders: ['ms-vscode-remote.remote-wsl-recommender-0.0.19', 'ms-vscode-remote.remote-wsl-0.88.9', 'ms-vscode-remote.remote-wsl-0.88.10'],
          obsolete: '{"ms-vscode-remote.remote-wsl-0.88.10":true}',
        },
      }),
    );
    expect(f.wslExtension).toEqual({ installed: true, version: '0.88.9' });
    const gone = parseVsCodeFacts(facts({ vscodeExtensions: { folders: 'ms-vscode-remote.remote-wsl-0.81.0', obsolete: '{"ms-vscode-remote.remote-wsl-0.81.0":true}' } }));
    expect(gone.wslExtension.installed).toBe(false);
    const only = parseVsCodeFacts(facts({ vscodeExtensions: { folders: ['ms-vscode-remote.remote-wsl-recommender-0.0.19'] } }));
    expect(only.wslExtension.installed).toBe(false);
  });

  it('profile paths come with %LOCALAPPDATA% (the script keeps the user name out of the facts)', () => {
    const f = parseVsCodeFacts(
      facts({
        vscode: [
          { source: 'uninstall', scope: 'user', channel: 'stable', version: '1.95.3', installLocation: '%LOCALAPPDATA%\\Programs\\Microsoft VS Code\\', exe: true, cliJs: true },
          { source: 'folder', scope: 'user', channel: 'stable', installLocation: '%LOCALAPPDATA%\\Programs\\Microsoft VS Code', exe: true, cliJs: true },
        ],
        winget: '%LOCALAPPDATA%\\Microsoft\\WindowsApps\\winget.exe',
      }),
    );
    expect(f.installs).toHaveLength(1);
    expect(f.installs[0]?.cli?.exe).toBe('%LOCALAPPDATA%\\Programs\\Microsoft VS Code\\Code.exe');
    expect(f.winget).toBe('%LOCALAPPDATA%\\Microsoft\\WindowsApps\\winget.exe');
    expect(parseVsCodeFacts(facts({ winget: '%TEMP%\\winget.exe' })).winget).toBeNull();
  });

  it('winget must be an absolute path to winget.exe', () => {
    expect(parseVsCodeFacts(facts({ winget: 'winget' })).winget).toBeNull();
    expect(parseVsCodeFacts(facts({ winget: 'C:\\tools\\evil.exe' })).winget).toBeNull();
  });

  it('reads the ASCII-escaped JSON the facts script prints (a Chinese user name as \\uXXXX)', () => {
    const text = '{"schema":1,"vscode":[{"source":"uninstall","scope":"user","channel":"stable","version":"1.95.3","installLocation":"C:\\\\Users\\\\\\u6797\\\\AppData\\\\Local\\\\Programs\\\\Microsoft VS Code\\\\","exe":true,"cliJs":true}]}\r\n';
    const f = parseVsCodeFacts(new TextEncoder().encode(text));
    expect(f.installs[0]?.location).toBe('C:\\Users\\林\\AppData\\Local\\Programs\\Microsoft VS Code');
  });
});
