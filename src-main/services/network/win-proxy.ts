import { powershellSpec } from '../../host/commands/powershell';
import type { CommandSpec } from '../../host/types';
import type { WindowsProxyRaw } from '../../../src-shared/network/windows-proxy';

/**
 * The Windows proxy settings in one PowerShell run: WinINet from the user's
 * registry, WinHTTP as its binary blob (language-independent, unlike the text
 * of `netsh winhttp show proxy`), .wslconfig (networkingMode decides how
 * the distro reaches a proxy on Windows' loopback), and, when AutoConfigURL
 * is set, the PAC script it serves (Clash and v2rayN serve theirs on a local
 * port), so that a recording or a support report holds the rules the
 * proxy decision came from. Output: one JSON object.
 */
export const WIN_PROXY_SCRIPT = String.raw`
$ErrorActionPreference = 'SilentlyContinue'
# Invoke-WebRequest (the PAC read below) draws a progress bar that slows PowerShell 5.1 down and lands on stderr as CLIXML.
$ProgressPreference = 'SilentlyContinue'
$r = [ordered]@{ schema = 1 }
try {
  $i = Get-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Internet Settings'
  $r.proxyEnable = $i.ProxyEnable
  $r.proxyServer = $i.ProxyServer
  $r.proxyOverride = $i.ProxyOverride
  $r.autoConfigUrl = $i.AutoConfigURL
} catch {}
try {
  $c = Get-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Internet Settings\Connections'
  if ($c.WinHttpSettings) { $r.winhttpSettings = [Convert]::ToBase64String([byte[]]$c.WinHttpSettings) }
} catch {}
try {
  if ($r.autoConfigUrl -match '^https?://') {
    $w = Invoke-WebRequest -UseBasicParsing -Uri $r.autoConfigUrl -TimeoutSec 5
    $c = $w.Content
    # PowerShell 5.1 hands back bytes for a content type it does not know (application/x-ns-proxy-autoconfig).
    if ($c -is [byte[]]) { $c = [Text.Encoding]::UTF8.GetString($c) }
    if ($c.Length -le 262144) { $r.pacScript = [string]$c }
  }
} catch {}
try {
  $p = Join-Path $env:USERPROFILE '.wslconfig'
  if (Test-Path -LiteralPath $p) { $r.wslconfig = Get-Content -Raw -LiteralPath $p }
} catch {}
$r | ConvertTo-Json -Compress
`;

export function winProxySpec(): CommandSpec {
  return powershellSpec('net.win-proxy', WIN_PROXY_SCRIPT, undefined, { timeoutMs: 30_000, title: 'Windows proxy settings' });
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length <= 8192 ? v : null);

/** The JSON the script prints, read field by field: anything odd becomes null, never an exception. */
export function parseWinProxyJson(text: string): WindowsProxyRaw | null {
  const start = text.indexOf('{');
  if (start < 0) return null;
  let obj: unknown;
  try {
    obj = JSON.parse(text.slice(start));
  } catch {
    return null;
  }
  if (typeof obj !== 'object' || obj === null) return null;
  const o = obj as Record<string, unknown>;
  const enable = typeof o.proxyEnable === 'number' || typeof o.proxyEnable === 'boolean' ? o.proxyEnable : null;
  return {
    proxyEnable: enable,
    proxyServer: str(o.proxyServer),
    proxyOverride: str(o.proxyOverride),
    autoConfigUrl: str(o.autoConfigUrl),
    winhttpSettings: str(o.winhttpSettings),
    wslconfig: str(o.wslconfig),
    pacScript: typeof o.pacScript === 'string' && o.pacScript.length <= 262_144 ? o.pacScript : null,
  };
}
