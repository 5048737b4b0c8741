import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src-shared/diagnose';
import { encodeUtf16le } from '../../../src-shared/util/decode';

/**
 * Issue #12 point 7: the in-box wsl.exe answers `wsl --install` with only its
 * usage text. Recognised by the option list, in English and in Chinese, in the
 * UTF-16LE wsl.exe writes; a Store WSL help (with --web-download) is not it.
 */
const FIX = path.resolve(__dirname, '../../fixtures/real/win');
const body = (file: string) => {
  const t = readFileSync(path.join(FIX, file), 'utf8');
  return t.slice(t.indexOf('\n---\n') + 5);
};
const top = (text: string | Uint8Array) => diagnose({ text })[0]?.id ?? 'OK';

describe('the in-box usage-only answer', () => {
  for (const file of ['wsl-install-usage-only-inbox-en-01.txt', 'wsl-help-inbox-zh-CN-01.txt']) {
    it(`${file}: WSL_INBOX_LEGACY, as posted and as UTF-16LE bytes`, () => {
      expect(top(body(file))).toBe('WSL_INBOX_LEGACY');
      expect(top(encodeUtf16le(body(file).replace(/\n/g, '\r\n'), false))).toBe('WSL_INBOX_LEGACY');
    });
  }

  it('the usage cut before --install still counts when the command was wsl --install (MicrosoftDocs/WSL#1422)', () => {
    const head = body('wsl-install-usage-only-inbox-en-01.txt').split('Arguments for managing')[0]!;
    expect(top(`PS C:\\Windows\\system32> wsl --install\n${head}`)).toBe('WSL_INBOX_LEGACY');
  });

  it('a Store WSL help, whose --install knows --web-download and --no-distribution, is not the in-box one (eh8/chenglab#24)', () => {
    const storeHelp = [
      '    --exec, -e <CommandLine>',
      '        Execute the specified command without using the default Linux shell.',
      '    --cd <Directory>',
      '    --distribution, -d <DistroName>',
      '    --user, -u <UserName>',
      '    --install [Distro] [Options...]',
      '        Install a Windows Subsystem for Linux distribution.',
      '        Options:',
      '            --no-launch, -n',
      '            --web-download',
      '                Download the distribution from the internet instead of the Microsoft Store.',
      '            --no-distribution',
      '                Only install the required optional components, does not install a distribution.',
    ].join('\n');
    expect(diagnose({ text: storeHelp }).map((f) => f.id)).not.toContain('WSL_INBOX_LEGACY');
  });

  it('one option quoted in a sentence is not a usage text', () => {
    expect(top("Run 'wsl --install' from an elevated prompt.\n--exec is used by scripts.")).not.toBe('WSL_INBOX_LEGACY');
  });
});
