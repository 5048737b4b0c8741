/**
 * The two PowerShell scripts of one elevated action (constants: data never
 * becomes code; it arrives as JSON).
 *
 * Both must run in ConstrainedLanguage: on a company PC under AppLocker or
 * WDAC, "PowerShell automatically runs in ConstrainedLanguage mode", the
 * elevated one included when the policy is WDAC (about_Language_Modes,
 * MicrosoftDocs/PowerShell-Docs reference/5.1/Microsoft.PowerShell.Core/About/
 * about_Language_Modes.md). There, New-Object and .NET calls on types outside
 * the allowed list fail ("Cannot create type. Only core types are supported
 * in this language mode.", PowerShell/PowerShell#14140). So the scripts use
 * only cmdlets, native programs (net.exe, icacls.exe, taskkill.exe), property
 * reads, hashtables, [string] casts and string methods. The rules are checked
 * over this text by test/main/host/elevation-clm.test.ts.
 */

/** ERROR_CANCELLED: the user answered "No" to the UAC prompt (HRESULT 0x800704C7). */
export const ELEVATION_CANCELLED_EXIT = 1223;
/** ERROR_OPERATION_ABORTED: the elevated side stopped its command because the normal side asked it to. */
export const ELEVATION_STOPPED_EXIT = 995;
export const ELEVATION_DENIED_MARKER = 'GWS_ELEVATION_DENIED';
/** The prompt or ShellExecute failed for another reason: the message follows the marker. */
export const ELEVATION_NOT_STARTED_MARKER = 'GWS_ELEVATION_NOT_STARTED';
/** The elevated process ended but Windows gave no exit code: not a success. */
export const ELEVATION_NO_EXIT_MARKER = 'GWS_ELEVATION_NO_EXIT_CODE';

/**
 * Outer, not elevated. Start-Process -Verb RunAs (ShellExecuteEx "runas")
 * returns the elevated process with its handle: that handle, not any file,
 * gives the exit code. Reading .Handle first keeps it in the object so
 * ExitCode survives (PowerShell/PowerShell#5421). No -Wait: polling HasExited
 * avoids -Wait's job-object trouble with elevated children
 * (PowerShell/PowerShell#3220, #20921).
 *
 * A refused prompt throws an InvalidOperationException whose only trace of
 * error 1223 is the translated text ("由于出现以下错误，无法运行此命令: 操作已被用户取消。",
 * xtaci/kcptun#1009). `net helpmsg 1223` prints that same system text in the
 * PC's language, so the comparison holds in every language.
 */
export const ELEVATE_OUTER_SCRIPT = String.raw`
$ErrorActionPreference = 'Stop'
$d = $env:GWS_DATA | ConvertFrom-Json
$p = $null
try {
  $p = Start-Process -FilePath $d.powershell -ArgumentList $d.arguments -Verb RunAs -WindowStyle Hidden -PassThru
} catch {
  $m = [string]$_.Exception.Message
  $c = ''
  try { $c = [string]((@(& $d.net helpmsg 1223) -ne '') -join ' ') } catch {}
  $c = $c.Trim()
  if ($c -ne '' -and $m.Contains($c)) {
    Write-Output ('GWS_ELEVATION_DENIED: ' + $m)
    exit 1223
  }
  Write-Output ('GWS_ELEVATION_NOT_STARTED: ' + $m)
  exit 1
}
if ($null -eq $p) {
  Write-Output 'GWS_ELEVATION_NOT_STARTED: Windows returned no process.'
  exit 1
}
$null = $p.Handle
while (-not $p.HasExited) { Start-Sleep -Milliseconds 250 }
$code = $p.ExitCode
if ($null -eq $code) {
  Write-Output 'GWS_ELEVATION_NO_EXIT_CODE'
  exit 1
}
exit $code
`;

/**
 * Inner, elevated. Its own private folder, then the target, then the watch.
 *
 * The folder: created here, by the elevated side, under %SystemRoot%\Temp (a
 * parent the user cannot rename or swap), with a name New-Item refuses if
 * anything (a planted folder or junction) already has it; then checked to be
 * no reparse point, its inherited access list replaced by Administrators and
 * SYSTEM (full) and the one user who reads the logs (read), and checked to be
 * empty, so nothing planted before the access list changed can be written
 * through. The logs in it are for display only: the exit code travels by the
 * process handles (this script's exit code is the target's).
 *
 * The target: Start-Process with its three streams on files (stdin an empty
 * file: wsl.exe may wait for a key otherwise); Start-Process opens the logs
 * shared for reading and writing (PowerShell's Process.cs,
 * GetSafeFileHandleForRedirection) and hands the handles to the child, so the
 * normal side tails them live, unbuffered by us.
 *
 * The watch (why it is here): a normal-rights process cannot end an elevated
 * one (taskkill gets "Access is denied"), so only this side can stop the
 * command. It polls for the cancel file the normal side creates in its own
 * folder (creating that file is all the normal side can do; forging it only
 * stops our own command early) and for its own deadline, a backstop should
 * the normal side be gone. On either, taskkill /T /F ends the target's whole
 * tree, with the rights to do it, and this script exits only when the target
 * has exited: the outer, and so the app, learn the end when it is real.
 */
export const ELEVATE_INNER_SCRIPT = String.raw`
$ErrorActionPreference = 'Stop'
$d = [string]$args[0] | ConvertFrom-Json
if (Test-Path -LiteralPath $d.cancel) { exit 995 }
$dir = Join-Path $d.root $d.name
$ready = $false
try {
  $null = New-Item -ItemType Directory -Path $dir
  $item = Get-Item -LiteralPath $dir -Force
  if ([string]$item.Attributes -match 'ReparsePoint') { exit 1 }
  & $d.icacls $dir /inheritance:r /grant:r '*S-1-5-32-544:(OI)(CI)F' '*S-1-5-18:(OI)(CI)F' ($d.reader + ':(OI)(CI)RX') | Out-Null
  if ($LASTEXITCODE -ne 0) { exit 1 }
  if (@(Get-ChildItem -LiteralPath $dir -Force).Count -ne 0) { exit 1 }
  $ready = $true
  $in = Join-Path $dir 'stdin.txt'
  $null = New-Item -ItemType File -Path $in
  foreach ($e in @($d.env)) { Set-Item -LiteralPath ('Env:' + $e.name) -Value $e.value }
  $sp = @{ FilePath = $d.file; NoNewWindow = $true; PassThru = $true; RedirectStandardInput = $in }
  $sp['RedirectStandardOutput'] = Join-Path $dir 'stdout.log'
  $sp['RedirectStandardError'] = Join-Path $dir 'stderr.log'
  if ($d.commandLine -ne '') { $sp['ArgumentList'] = $d.commandLine }
  $p = Start-Process @sp
  $null = $p.Handle
  $stop = $false
  $waited = 0
  while (-not $p.HasExited) {
    if (-not $stop -and ((Test-Path -LiteralPath $d.cancel) -or ($waited -ge $d.timeoutMs))) { $stop = $true }
    if ($stop) { & $d.taskkill /PID $p.Id /T /F | Out-Null }
    Start-Sleep -Milliseconds 200
    $waited += 200
  }
  if ($stop) { exit 995 }
  $code = $p.ExitCode
  if ($null -eq $code) { exit 1 }
  exit $code
} catch {
  if ($ready) {
    try { Add-Content -LiteralPath (Join-Path $dir 'stderr.log') -Value ([string]$_.Exception.Message) } catch {}
  }
  exit 1
}
`;
