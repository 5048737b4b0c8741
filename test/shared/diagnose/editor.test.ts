import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseCodeCli, diagnoseWinget, hresult } from '../../../src-shared/diagnose/editor';
import { parseFixture } from '../parse/fixtures';

const DIR = path.resolve(__dirname, '../../fixtures/editor');
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => parseFixture(f, readFileSync(path.join(DIR, f), 'utf8')));

/** winget's exit code is the HRESULT its last line shows; Node reports it unsigned (or signed). */
const EXIT: Record<string, number> = {
  '0x80072efd': 0x80072efd,
  '0x8a15000f': 0x8a15000f,
};

describe('editor diagnosis from real captures', () => {
  it('has the captures', () => expect(fixtures.length).toBeGreaterThanOrEqual(5));
  for (const f of fixtures) {
    it(`${f.file}: ${f.expect}`, () => {
      const code = /\b(0x[0-9a-f]{8})\b/i.exec(f.body)?.[1]?.toLowerCase();
      if (f.file.startsWith('winget-')) {
        const exit = f.expect === 'OK' ? 0 : (EXIT[code ?? ''] ?? 0x8a150011);
        expect(diagnoseWinget(exit, f.body)?.id ?? 'OK').toBe(f.expect);
      } else {
        expect(diagnoseCodeCli(1, f.body, true)?.id ?? 'OK').toBe(f.expect);
      }
    });
  }
});

describe('diagnoseWinget', () => {
  it('reads a network failure from the exit code alone (output lost), signed or unsigned', () => {
    expect(diagnoseWinget(0x80072efd, '')?.id).toBe('VSCODE_WINGET_NETWORK');
    expect(diagnoseWinget(0x80072efd | 0, '')?.id).toBe('VSCODE_WINGET_NETWORK');
    expect(diagnoseWinget(0x80072efd | 0, '')?.evidence).toEqual(['exit code 0x80072efd']);
    expect(hresult(-2147012867)).toBe('0x80072efd');
  });
  it('names the lines that show the network failure', () => {
    const d = diagnoseWinget(0x80072efd, 'Downloading https://x\r\nInternetOpenUrl() failed.\r\n0x80072efd : unknown error\r\n');
    expect(d?.evidence).toEqual(['InternetOpenUrl() failed.', '0x80072efd : unknown error', 'exit code 0x80072efd']);
  });
  it('another non-zero exit is the install failing, with its last lines', () => {
    const d = diagnoseWinget(0x8a150011, 'a\nb\nInstaller hash does not match.\n');
    expect(d?.id).toBe('VSCODE_WINGET_FAILED');
    expect(d?.evidence).toContain('Installer hash does not match.');
  });
  it('exit 0 is no finding; a killed winget (null) is a failure', () => {
    expect(diagnoseWinget(0, 'Successfully installed')).toBeNull();
    expect(diagnoseWinget(null, '')?.id).toBe('VSCODE_WINGET_FAILED');
  });
});

describe('diagnoseCodeCli', () => {
  it('"Failed Installing Extensions" is a failure even with exit 0', () => {
    expect(diagnoseCodeCli(0, 'Installing extensions...\nFailed Installing Extensions: ms-vscode-remote.remote-wsl\n', true)?.id).toBe('VSCODE_CLI_FAILED');
  });
  it('the success lines of the CLI are no finding', () => {
    expect(diagnoseCodeCli(0, "Installing extensions...\nInstalling extension 'ms-vscode-remote.remote-wsl'...\nExtension 'ms-vscode-remote.remote-wsl' v0.88.5 was successfully installed.\n", true)).toBeNull();
  });
  it('network words only count for a command that fetches', () => {
    expect(diagnoseCodeCli(1, 'connect ETIMEDOUT 13.107.42.18:443', true)?.id).toBe('VSCODE_MARKETPLACE_UNREACHABLE');
    expect(diagnoseCodeCli(1, 'connect ETIMEDOUT 13.107.42.18:443', false)?.id).toBe('VSCODE_CLI_FAILED');
  });
});
