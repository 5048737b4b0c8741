import { describe, expect, it } from 'vitest';
import { ELEVATE_INNER_SCRIPT, ELEVATE_OUTER_SCRIPT } from '../../../src-main/host/elevation-scripts';

/**
 * Both elevation scripts must run in ConstrainedLanguage (a company PC under
 * AppLocker/WDAC runs PowerShell in it, the elevated one too under WDAC).
 * The rules, from about_Language_Modes (MicrosoftDocs/PowerShell-Docs,
 * reference/5.1/Microsoft.PowerShell.Core/About/about_Language_Modes.md,
 * "ConstrainedLanguage mode"):
 *  - "The New-Object cmdlet can be used only on allowed types" and "Only
 *    allowed types can be used": we allow no New-Object at all, and only
 *    type literals from the documented Allowed Types list;
 *  - "The Add-Type cmdlet ... can't load arbitrary C# code";
 *  - "The ToString() method and the .NET methods of allowed types can be
 *    invoked": we allow only the string methods we call on [string] values;
 *    no static calls (`[T]::M()`) on anything;
 *  - "Users can set the values of properties only on allowed types": no
 *    property assignment (index assignment into a [hashtable] is allowed);
 *  - the mode "is designed to allow basic language elements such as loops,
 *    conditionals, string expansion, and access to object properties":
 *    reads like $p.ExitCode are fine;
 *  - cmdlets and native commands are permitted.
 * This is a textual check of our two constant scripts, not a PowerShell
 * parser: it is deliberately stricter than the rules.
 */
const ALLOWED_TYPES = new Set(['string', 'int', 'bool', 'hashtable', 'array', 'object[]', 'datetime', 'timespan', 'regex']);
const ALLOWED_METHODS = new Set(['Contains', 'Trim', 'ToString']);

export function clmViolations(script: string): string[] {
  const out: string[] = [];
  const code = script.replace(/'[^']*'/g, "''"); // literal strings are data, not code
  if (/\bNew-Object\b/i.test(code)) out.push('New-Object');
  if (/\bAdd-Type\b/i.test(code)) out.push('Add-Type');
  if (/\b(Invoke-Expression|iex)\b/i.test(code)) out.push('Invoke-Expression');
  if (/^\s*(class|using)\b/im.test(code)) out.push('class/using');
  if (/::/.test(code)) out.push('static member access (::)');
  for (const m of code.matchAll(/(?<![\w\])'"$])\[([A-Za-z][\w.]*(?:\[\])?)\]/g)) {
    if (!ALLOWED_TYPES.has(m[1]!.toLowerCase())) out.push(`type [${m[1]}]`);
  }
  for (const m of code.matchAll(/\.([A-Za-z_]\w*)\s*\(/g)) {
    if (!ALLOWED_METHODS.has(m[1]!)) out.push(`method .${m[1]}()`);
  }
  for (const m of code.matchAll(/\$[\w:]+(?:\.[\w]+)+\s*(?:\+|-)?=(?!=)/g)) out.push(`property assignment ${m[0].trim()}`);
  return out;
}

describe('the elevation scripts use only what ConstrainedLanguage allows', () => {
  it('the outer (normal rights) script', () => {
    expect(clmViolations(ELEVATE_OUTER_SCRIPT)).toEqual([]);
  });

  it('the inner (elevated) script', () => {
    expect(clmViolations(ELEVATE_INNER_SCRIPT)).toEqual([]);
  });

  it('the check catches what ConstrainedLanguage refuses (lines of the previous wrapper among them)', () => {
    expect(clmViolations('$psi = New-Object System.Diagnostics.ProcessStartInfo')).toContain('New-Object');
    expect(clmViolations('$p = [System.Diagnostics.Process]::Start($psi)')).toEqual(['static member access (::)', 'type [System.Diagnostics.Process]']);
    expect(clmViolations("$psi.Verb = 'runas'")).toEqual(['property assignment $psi.Verb =']);
    expect(clmViolations('$p.WaitForExit()')).toEqual(['method .WaitForExit()']);
    expect(clmViolations('Add-Type -TypeDefinition $src')).toEqual(['Add-Type']);
    // ...and lets through what it allows.
    expect(clmViolations("$sp = @{ A = 1 }; $sp['B'] = [string]$x.Y; $m.Contains('z'); $null = $p.Handle; $args[0]")).toEqual([]);
  });
});
