/**
 * The route that works for the old in-box wsl.exe (Windows 10 19041-19045):
 * it knows neither `--no-distribution` nor `--web-download`, and its
 * `wsl --update` offers only `--rollback` on an unpatched build. So the
 * current WSL comes from its release package: the MSI that microsoft/WSL
 * publishes on GitHub. The release API names the file and its SHA-256 (the
 * asset's `digest`); the file is downloaded to %TEMP%, checked, installed
 * with msiexec (quiet, no restart: the wizard asks about the restart itself)
 * and removed. No digest, no install. Runs elevated; data only via GWS_DATA.
 * Exit codes: msiexec's own (0, 3010 = restart needed), or 2 no package for
 * this architecture, 3 no digest published, 4 digest mismatch.
 */
export const WSL_MSI_SCRIPT = String.raw`
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$d = $env:GWS_DATA | ConvertFrom-Json
# PowerShell 5.1 on an old Windows 10 may default to TLS 1.0, which GitHub refuses.
try { [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor 3072 } catch {}
$rel = Invoke-RestMethod -UseBasicParsing -Uri $d.releaseApi -Headers @{ 'User-Agent' = 'go-wsl-setup' }
$asset = @($rel.assets | Where-Object { $_.name -like $d.assetPattern })[0]
if (-not $asset) { Write-Output ('No WSL package for this architecture in release ' + $rel.tag_name); exit 2 }
if (-not ([string]$asset.digest -match '^sha256:([0-9a-fA-F]{64})$')) { Write-Output ('GitHub publishes no SHA-256 for ' + $asset.name + ': not installed'); exit 3 }
$want = $Matches[1]
$file = Join-Path $env:TEMP $asset.name
Write-Output 'Downloading the WSL release package from GitHub'
Invoke-WebRequest -UseBasicParsing -Uri $asset.browser_download_url -OutFile $file
$got = (Get-FileHash -Algorithm SHA256 -LiteralPath $file).Hash
if ($got -ne $want) { Remove-Item -LiteralPath $file -Force; Write-Output ('SHA-256 mismatch for ' + $asset.name + ': not installed'); exit 4 }
Write-Output 'SHA-256 matches the digest GitHub publishes for this file'
Write-Output 'Installing with Windows Installer (msiexec)'
$p = Start-Process -FilePath (Join-Path $env:SystemRoot 'System32\msiexec.exe') -ArgumentList @('/i', ('"' + $file + '"'), '/qn', '/norestart') -Wait -PassThru
Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
exit $p.ExitCode
`;

export const WSL_RELEASE_API = 'https://api.github.com/repos/microsoft/WSL/releases/latest';

/** The release's MSI names end in the architecture: wsl.2.x.y.0.x64.msi, wsl.2.x.y.0.arm64.msi. */
export function msiAssetPattern(architecture: string | null): string {
  return architecture !== null && /arm/i.test(architecture) ? 'wsl.*.arm64.msi' : 'wsl.*.x64.msi';
}
