import type { Preset } from './schema';
import { PRESET_FILE_NAME } from './schema';
import type { WingetConfiguration, WingetResource } from './winget-schema';
import { toYaml, type YamlValue } from './yaml';

/**
 * `go-wsl-doctor preset winget`: a preset as a winget configuration
 * (docs/preset-winget.md). What Windows has a DSC resource for is done by that
 * resource; the rest (distro, Go, network, git, wsl.conf) by the installed
 * wizard run unattended with the preset, from a PSDscResources/Script step.
 *
 * Resources used, all published:
 * - PSDscResources/WindowsOptionalFeature (Name, Ensure), documented at
 *   https://learn.microsoft.com/powershell/dsc/reference/psdscresources/resources/windowsoptionalfeature/windowsoptionalfeature
 * - Microsoft.WinGet.DSC/WinGetPackage (id, source), the module winget-cli ships for packages
 * - PSDscResources/Script (GetScript, TestScript, SetScript)
 * The feature names are Windows' own: Microsoft-Windows-Subsystem-Linux and
 * VirtualMachinePlatform (what `wsl --install` enables).
 */

export const CONFIGURATION_VERSION = '0.2.0';
/** The schema URL winget-cli documents for 0.2 files (editors use it for completion). */
export const WINGET_SCHEMA_URL = 'https://aka.ms/configuration-dsc-schema/0.2';
/** VS Code's winget package ID. */
export const VSCODE_WINGET_ID = 'Microsoft.VisualStudioCode';
/**
 * The wizard's own winget ID as this project will submit it to winget-pkgs.
 * Not in the winget repository yet: until it is, pass --package-id or install
 * the wizard by other means first (docs/preset-winget.md says so).
 */
export const WIZARD_WINGET_ID = 'GoWslSetup.GoOnWslSetup';
/**
 * Where electron-builder's default per-user NSIS install puts the exe
 * (%LOCALAPPDATA%\Programs\<productName>, productName from electron-builder.yml).
 */
export const WIZARD_EXE_UNDER_LOCALAPPDATA = 'Programs\\Go on WSL Setup\\Go on WSL Setup.exe';
/** An explicit exe path: letters a PowerShell single-quoted string holds as data (no quotes, no $, no newlines). */
export const WIZARD_EXE_RE = /^[A-Za-z]:\\[A-Za-z0-9 ._()\\-]{1,240}\.exe$/;
export const PACKAGE_ID_RE = /^[A-Za-z0-9][A-Za-z0-9.+_-]{0,127}$/;

export interface WingetOptions {
  /** winget ID of the wizard package; WIZARD_WINGET_ID when not given. */
  readonly packageId?: string;
  /** Absolute path of the installed wizard; the per-user install path when not given. */
  readonly wizardExe?: string;
}

/** A PowerShell single-quoted literal: '' is the only escape it has. */
function psQuote(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * The preset travels inside the configuration as a single-quoted here-string,
 * which PowerShell never expands. It ends only at a line starting with '@;
 * JSON.stringify puts every newline inside a string as \n and starts each
 * line with a space, { or }, so that line cannot occur.
 */
/** Where the unattended run writes its result line: Electron's logs folder under %APPDATA%\<productName>. */
const UNATTENDED_LOG_HINT = '%APPDATA%\\Go on WSL Setup\\logs\\unattended.log';

function setScript(preset: Preset, exe: string | null): string {
  const json = JSON.stringify(preset, null, 2);
  const exeLine = exe === null ? `$exe = Join-Path $env:LOCALAPPDATA ${psQuote(WIZARD_EXE_UNDER_LOCALAPPDATA)}` : `$exe = ${psQuote(exe)}`;
  return [
    "$ErrorActionPreference = 'Stop'",
    "$dir = Join-Path $env:ProgramData 'go-wsl-setup'",
    'New-Item -ItemType Directory -Force -Path $dir | Out-Null',
    `$preset = Join-Path $dir ${psQuote(PRESET_FILE_NAME)}`,
    "$json = @'",
    json,
    "'@",
    '[System.IO.File]::WriteAllText($preset, $json, (New-Object System.Text.UTF8Encoding $false))',
    exeLine,
    // The exe is a GUI program: Start-Process -Wait is what waits for it and gives its exit code.
    "$p = Start-Process -FilePath $exe -ArgumentList @('--unattended', '--preset', ('\"' + $preset + '\"')) -Wait -PassThru",
    // The unattended run's exit codes (docs/preset.md): 0 done, 1 failed, 2 invalid preset, 3 restarting, 4 needs a person.
    'if ($p.ExitCode -eq 3) { throw "go-wsl-setup is restarting Windows (exit 3); it continues by itself after sign-in. Run winget configure again afterwards to check." }',
    `if ($p.ExitCode -ne 0) { throw "go-wsl-setup --unattended exited with code $($p.ExitCode) (1 failed, 2 invalid preset, 4 needs a person); see ${UNATTENDED_LOG_HINT}" }`,
  ].join('\n');
}

export function presetToWinget(preset: Preset, opts: WingetOptions = {}): WingetConfiguration {
  const packageId = opts.packageId ?? WIZARD_WINGET_ID;
  if (!PACKAGE_ID_RE.test(packageId)) throw new Error(`not a winget package ID: ${packageId}`);
  if (opts.wizardExe !== undefined && !WIZARD_EXE_RE.test(opts.wizardExe)) throw new Error(`not an absolute .exe path we can pass on: ${opts.wizardExe}`);

  const feature = (id: string, name: string, description: string): WingetResource => ({
    resource: 'PSDscResources/WindowsOptionalFeature',
    id,
    directives: { description },
    settings: { Name: name, Ensure: 'Present' },
  });
  const pkg = (id: string, wingetId: string, description: string): WingetResource => ({
    resource: 'Microsoft.WinGet.DSC/WinGetPackage',
    id,
    directives: { description },
    settings: { id: wingetId, source: 'winget' },
  });

  const resources: WingetResource[] = [
    feature('wsl-feature', 'Microsoft-Windows-Subsystem-Linux', 'Windows Subsystem for Linux'),
    feature('vmp-feature', 'VirtualMachinePlatform', 'Virtual Machine Platform (needed by WSL 2)'),
    pkg('go-wsl-setup', packageId, 'The go-wsl-setup wizard'),
  ];
  if (preset.editor?.value.editor === 'vscode') resources.push(pkg('vscode', VSCODE_WINGET_ID, 'Visual Studio Code'));
  resources.push({
    resource: 'PSDscResources/Script',
    id: 'go-wsl-setup-unattended',
    dependsOn: resources.map((r) => r.id).filter((id): id is string => id !== undefined),
    directives: { description: 'Run the installed wizard unattended with the preset (distro, Go, network, git, wsl.conf)' },
    settings: {
      GetScript: "return @{ Result = 'go-wsl-setup unattended run' }",
      // The wizard checks every step itself and leaves done steps alone, so the script always runs it.
      TestScript: 'return $false',
      SetScript: setScript(preset, opts.wizardExe ?? null),
    },
  });
  return { properties: { configurationVersion: CONFIGURATION_VERSION, resources } };
}

export function wingetYaml(c: WingetConfiguration, presetName: string): string {
  const header = [
    `# yaml-language-server: $schema=${WINGET_SCHEMA_URL}`,
    `# Made by go-wsl-doctor preset winget from ${presetName.replace(/[\r\n]/g, ' ')}.`,
    '# Apply with: winget configure -f THIS_FILE  (docs/preset-winget.md)',
  ].join('\n');
  return `${header}\n${toYaml(c as YamlValue)}`;
}
