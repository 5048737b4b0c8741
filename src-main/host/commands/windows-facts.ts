import type { CommandSpec } from '../types';
import { powershellSpec } from './powershell';

/**
 * All Windows facts in one PowerShell run (Get-ComputerInfo and systeminfo
 * take seconds; CIM queries and registry reads are fast). Every section is
 * guarded, so one failing query (ConstrainedLanguage mode, a missing class,
 * no admin rights) leaves its fields null instead of losing the rest. Only
 * cmdlets and plain values are used, which ConstrainedLanguage allows.
 * The output is one JSON object in the WindowsFacts shape (plus
 * lxssDefaultVersion and consoleCodePage), ASCII only (non-ASCII escaped as
 * \uXXXX); src-shared/parse/windows-facts.ts reads it, and the host learns
 * the console code page from it (host/console-encoding.ts).
 */
export const WINDOWS_FACTS_SCRIPT = String.raw`
$ErrorActionPreference = 'SilentlyContinue'
$ProgressPreference = 'SilentlyContinue'
$r = [ordered]@{ schema = 1 }
try {
  $cv = Get-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion'
  $r.build = $cv.CurrentBuildNumber
  $r.ubr = $cv.UBR
  $r.displayVersion = $cv.DisplayVersion
  $r.edition = $cv.EditionID
} catch {}
try {
  $os = Get-CimInstance -ClassName Win32_OperatingSystem
  $r.architecture = $os.OSArchitecture
  $r.productName = $os.Caption
  $r.systemDrive = $os.SystemDrive
} catch {}
try {
  $cpu = @(Get-CimInstance -ClassName Win32_Processor)[0]
  $r.virtualizationFirmwareEnabled = $cpu.VirtualizationFirmwareEnabled
  $r.vmMonitorModeExtensions = $cpu.VMMonitorModeExtensions
  $r.secondLevelAddressTranslation = $cpu.SecondLevelAddressTranslationExtensions
} catch {}
try {
  $cs = Get-CimInstance -ClassName Win32_ComputerSystem
  $r.hypervisorPresent = $cs.HypervisorPresent
  $r.manufacturer = $cs.Manufacturer
  $r.model = $cs.Model
} catch {}
$features = [ordered]@{}
try {
  foreach ($f in @(Get-CimInstance -ClassName Win32_OptionalFeature -Filter "Name='VirtualMachinePlatform' OR Name='Microsoft-Windows-Subsystem-Linux'")) {
    if ($f.Name -eq 'VirtualMachinePlatform') { $features.virtualMachinePlatform = $f.InstallState }
    if ($f.Name -eq 'Microsoft-Windows-Subsystem-Linux') { $features.wsl = $f.InstallState }
  }
} catch {}
$r.features = $features
$pending = @()
if (Test-Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending') { $pending += 'CBS' }
if (Test-Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired') { $pending += 'WindowsUpdate' }
try {
  if ((Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Session Manager').PendingFileRenameOperations) { $pending += 'PendingFileRename' }
} catch {}
# Only CBS and Windows Update mean a restart WSL needs; PendingFileRenameOperations is refilled by
# antivirus, browsers and printer drivers and often survives a restart (chocolatey/choco#1768): listed, never blocking.
$r.rebootPending = (($pending -contains 'CBS') -or ($pending -contains 'WindowsUpdate'))
$r.rebootPendingReasons = $pending
# The boot time tells "Windows restarted" from "the app restarted" (a restart loop is judged on it, never on a stored flag).
try { if ($os) { $r.lastBootUtc = $os.LastBootUpTime.ToUniversalTime().ToString('o') } } catch {}
# WSL's own policies (microsoft/WSL src/windows/inc/wslpolicies.h, intune/WSL.admx): REG_DWORDs under
# HKLM\SOFTWARE\Policies\WSL, absent = allowed. Raw values only; src-shared/checks/windows/policy.ts judges them.
$wslPolicies = [ordered]@{}
try {
  $pol = Get-ItemProperty -Path 'HKLM:\SOFTWARE\Policies\WSL'
  if ($pol) {
    foreach ($name in @('AllowWSL', 'AllowInboxWSL', 'AllowWSL1', 'AllowKernelUserSetting', 'AllowSystemDistroUserSetting', 'AllowKernelCommandLineUserSetting', 'AllowDebugShell', 'AllowNestedVirtualization', 'AllowKernelDebugUserSetting', 'AllowDiskMount', 'AllowNetworkingModeUserSetting', 'AllowFirewallUserSetting', 'DefaultNetworkingMode')) {
      $v = $pol.$name
      if ($null -ne $v -and $v -is [int]) { $wslPolicies[$name] = $v }
    }
  }
} catch {}
$r.wslPolicies = $wslPolicies
$r.policyBlocksWsl = ($wslPolicies['AllowWSL'] -eq 0 -and $null -ne $wslPolicies['AllowWSL'])
try {
  $drive = $env:SystemDrive
  if (-not $drive) { $drive = 'C:' }
  $r.systemDriveFreeBytes = (Get-CimInstance -ClassName Win32_LogicalDisk -Filter ("DeviceID='" + $drive + "'")).FreeSpace
} catch {}
$proxy = [ordered]@{}
try {
  $inet = Get-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Internet Settings'
  $proxy.wininetEnabled = $inet.ProxyEnable
  $proxy.wininetServer = $inet.ProxyServer
  $proxy.autoConfigUrl = $inet.AutoConfigURL
} catch {}
try {
  # WinHttpSettings blob: DWORD version, counter, flags (bit 2 = proxy), DWORD length, then the proxy string.
  $b = @((Get-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Internet Settings\Connections').WinHttpSettings)
  if ($b.Count -ge 16 -and ($b[8] -band 2)) {
    $len = $b[12] + 256 * $b[13]
    $s = ''
    for ($i = 16; $i -lt (16 + $len) -and $i -lt $b.Count; $i++) { $s += [char]$b[$i] }
    $proxy.winhttp = $s
  }
} catch {}
$r.proxy = $proxy
try {
  $lxss = Get-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Lxss'
  $r.lxssDefaultVersion = $lxss.DefaultVersion
} catch {}
try {
  $groups = @(whoami.exe /groups /fo csv | ConvertFrom-Csv)
  $r.isAdmin = [bool]($groups | Where-Object { $_.SID -eq 'S-1-5-32-544' })
} catch {}
# VS Code (the Editor step): the Inno Setup uninstall keys its installers write, by product code
# (user/system x 64-bit/32-bit/ARM64, stable and Insiders; the codes as GitHub Desktop's
# app/src/lib/editors/win32.ts and microsoft/winget-dsc's Microsoft.VSCode.Dsc.psm1 list them),
# then the default folders. Raw values only; src-shared/editor/vscode-facts.ts judges them.
$vsc = @()
$vsKeys = @(
  @('HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall', 'user', 'stable', @('{771FD6B0-FA20-440A-A002-3B3BAC16DC50}_is1', '{D628A17A-9713-46BF-8D57-E671B46A741E}_is1', '{D9E514E7-1A56-452D-9337-2990C0DC4310}_is1')),
  @('HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall', 'system', 'stable', @('{EA457B21-F73E-494C-ACAB-524FDE069978}_is1', '{A5270FC5-65AD-483E-AC30-2C276B63D0AC}_is1')),
  @('HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall', 'system', 'stable', @('{F8A2A208-72B3-4D61-95FC-8A65D340689B}_is1')),
  @('HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall', 'user', 'insiders', @('{217B4C08-948D-4276-BFBB-BEE930AE5A2C}_is1', '{26F4A15E-E392-4887-8C09-7BC55712FD5B}_is1', '{69BD8F7B-65EB-4C6F-A14E-44CFA83712C0}_is1')),
  @('HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall', 'system', 'insiders', @('{1287CAD5-7C8D-410D-88B9-0D1EE4A83FF2}_is1', '{0AEDB616-9614-463B-97D7-119DD86CCA64}_is1'))
)
foreach ($k in $vsKeys) {
  foreach ($code in $k[3]) {
    try {
      $u = Get-ItemProperty -Path ($k[0] + '\' + $code)
      if ($u) { $vsc += [ordered]@{ source = 'uninstall'; scope = $k[1]; channel = $k[2]; displayName = $u.DisplayName; version = $u.DisplayVersion; installLocation = $u.InstallLocation } }
    } catch {}
  }
}
$vsFolders = @(
  @(($env:LOCALAPPDATA + '\Programs\Microsoft VS Code'), 'user', 'stable'),
  @(($env:ProgramFiles + '\Microsoft VS Code'), 'system', 'stable'),
  @(($env:LOCALAPPDATA + '\Programs\Microsoft VS Code Insiders'), 'user', 'insiders'),
  @(($env:ProgramFiles + '\Microsoft VS Code Insiders'), 'system', 'insiders')
)
foreach ($f in $vsFolders) {
  try { if (Test-Path -LiteralPath ($f[0] + '\bin')) { $vsc += [ordered]@{ source = 'folder'; scope = $f[1]; channel = $f[2]; installLocation = $f[0] } } } catch {}
}
# What each location holds: the CLI (bin\code.cmd runs <exe> with resources\app\out\cli.js and
# ELECTRON_RUN_AS_NODE=1; we run the same two files, as argv, without cmd.exe).
foreach ($e in $vsc) {
  try {
    $loc = ([string]$e.installLocation).TrimEnd('\')
    $exe = 'Code.exe'
    if ($e.channel -eq 'insiders') { $exe = 'Code - Insiders.exe' }
    $e.exe = Test-Path -LiteralPath ($loc + '\' + $exe)
    $e.cliJs = Test-Path -LiteralPath ($loc + '\resources\app\out\cli.js')
  } catch {}
}
# Paths under the profile are written with %LOCALAPPDATA% / %USERPROFILE% instead of the folder's
# name: the user's name stays out of the facts (and so out of a support report, where a name in
# \uXXXX form would not be recognised); main expands them when it runs the CLI.
$profileVars = @(@($env:LOCALAPPDATA, '%LOCALAPPDATA%'), @($env:USERPROFILE, '%USERPROFILE%'))
foreach ($e in $vsc) {
  foreach ($pv in $profileVars) {
    try {
      $loc = [string]$e.installLocation
      if ($pv[0] -and $loc.ToLower().StartsWith(([string]$pv[0]).ToLower() + '\')) { $e.installLocation = $pv[1] + $loc.Substring(([string]$pv[0]).Length) }
    } catch {}
  }
}
$r.vscode = $vsc
# Extensions live in %USERPROFILE%\.vscode\extensions\<publisher>.<name>-<version> (VS Code docs,
# "Where are extensions installed?"); a folder listed in its .obsolete file is being removed.
$ext = [ordered]@{}
try {
  $extDir = $env:USERPROFILE + '\.vscode\extensions'
  $ext.folders = @(Get-ChildItem -LiteralPath $extDir -Directory -Filter 'ms-vscode-remote.remote-wsl-*' | ForEach-Object { $_.Name })
  $obs = $extDir + '\.obsolete'
  if (Test-Path -LiteralPath $obs) { $ext.obsolete = Get-Content -LiteralPath $obs -Raw }
} catch {}
$r.vscodeExtensions = $ext
# winget is the App Installer's execution alias in %LOCALAPPDATA%\Microsoft\WindowsApps; absent on LTSC and Server.
try {
  $w = [string]@(Get-Command -Name 'winget.exe' -CommandType Application)[0].Source
  if ($env:LOCALAPPDATA -and $w.ToLower().StartsWith(([string]$env:LOCALAPPDATA).ToLower() + '\')) { $w = '%LOCALAPPDATA%' + $w.Substring(([string]$env:LOCALAPPDATA).Length) }
  if ($w) { $r.winget = $w }
} catch {}
$r.languageMode = $ExecutionContext.SessionState.LanguageMode.ToString()
try { $r.uiCulture = (Get-UICulture).Name } catch {}
# The code page every console tool writes (GBK = 936 on a Chinese Windows). [Console] is not a
# core type, so ConstrainedLanguage refuses it; the system OEM code page is the same number
# unless someone ran chcp in this console, which a hidden PowerShell never does.
try { $r.consoleCodePage = [Console]::OutputEncoding.CodePage } catch {}
if (-not $r.consoleCodePage) {
  try { $r.consoleCodePage = [int](Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Nls\CodePage').OEMCP } catch {}
}
# PowerShell 5.1 writes to a pipe in that code page, and its ConvertTo-Json leaves non-ASCII
# as is ("家庭中文版" arrives as GBK bytes). Escape every non-ASCII UTF-16 unit as \uXXXX so the
# output is plain ASCII in any code page. Built from what ConstrainedLanguage allows: a
# scriptblock -replace does not exist in 5.1 and [regex]::Replace with a callback is a method
# on a non-core type, but methods of core types (string.ToCharArray, int.ToString), casts to
# [int] and -join are allowed.
$json = $r | ConvertTo-Json -Depth 4 -Compress
$units = foreach ($ch in $json.ToCharArray()) {
  $n = [int]$ch
  if ($n -lt 128) { [string]$ch } else { '\u' + $n.ToString('x4') }
}
-join $units
`;

export function windowsFactsSpec(): CommandSpec {
  return powershellSpec('win.facts', WINDOWS_FACTS_SCRIPT, undefined, { timeoutMs: 45_000, title: 'Windows facts' });
}
