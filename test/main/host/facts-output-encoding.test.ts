import { describe, expect, it } from 'vitest';
import { WINDOWS_FACTS_SCRIPT } from '../../../src-main/host/commands/windows-facts';
import { parseWindowsFactsJson } from '../../../src-shared/parse/windows-facts';

/**
 * The facts script's output must not depend on the console code page. No
 * PowerShell runs on this machine (and no Windows job runs the script yet):
 * what is tested here is the reading side and that the escaping uses only
 * what ConstrainedLanguage in 5.1 allows.
 */
describe('facts script output encoding', () => {
  const tail = WINDOWS_FACTS_SCRIPT.slice(WINDOWS_FACTS_SCRIPT.indexOf('$json = '));

  it('escapes with a loop over core-type methods, not a scriptblock -replace or a non-core type', () => {
    expect(tail).toContain('.ToCharArray()');
    expect(tail).toContain(".ToString('x4')");
    expect(tail).not.toMatch(/-replace\s*[^\n]*\{/);
    expect(tail).not.toMatch(/\[regex\]|New-Object|\[System\.Text/i);
    // [Console] is not a core type: reading it is guarded, with the registry's OEMCP as fallback.
    expect(WINDOWS_FACTS_SCRIPT).toMatch(/try \{ \$r\.consoleCodePage = \[Console\]::OutputEncoding\.CodePage \} catch \{\}/);
  });

  it('reads the escaped ASCII JSON back as Chinese (what the script prints on a zh-CN Windows)', () => {
    const escaped = '{"schema":1,"build":"19045","edition":"Core","architecture":"64 \\u4f4d","productName":"Microsoft Windows 10 \\u5bb6\\u5ead\\u4e2d\\u6587\\u7248","consoleCodePage":936}';
    const bytes = new TextEncoder().encode(escaped);
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    const facts = parseWindowsFactsJson(bytes);
    expect(JSON.stringify(facts)).toContain('Microsoft Windows 10 家庭中文版');
  });
});
