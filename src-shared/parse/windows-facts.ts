import { WSL_POLICY_NAMES, WindowsFacts, type FeatureState, type WslPolicies } from '../contract/preflight';
import { blockingRebootReasons } from './reboot-reasons';
import { normalize } from './normalize';
import type { RawInput } from './input';

/**
 * The Windows facts one PowerShell run prints with `ConvertTo-Json`.
 * Parsed defensively: keys in any case (our camelCase, or the property names
 * of Get-ComputerInfo / CIM / the registry), values as PowerShell serialises
 * them (booleans as true/"True"/1, enums as numbers or names, single-element
 * arrays as scalars). Anything missing or unreadable is null, never guessed.
 */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

function isObj(v: Json | undefined): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const squash = (k: string): string => k.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Case- and punctuation-insensitive lookup over several aliases. */
function pick(o: Obj, ...aliases: string[]): Json | undefined {
  const wanted = aliases.map(squash);
  for (const [k, v] of Object.entries(o)) if (wanted.includes(squash(k))) return v;
  return undefined;
}

function str(v: Json | undefined): string | null {
  if (Array.isArray(v)) return v.length === 1 ? str(v[0]) : null;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number') return String(v);
  return null;
}

function int(v: Json | undefined): number | null {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^\s*\d+\s*$/.test(v)) return Number(v);
  return null;
}

function num(v: Json | undefined): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(v)) return Number(v);
  return null;
}

function bool(v: Json | undefined): boolean | null {
  if (typeof v === 'boolean') return v;
  if (v === 1 || v === 0) return v === 1;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (['true', 'yes', '1', 'enabled'].includes(s)) return true;
    if (['false', 'no', '0', 'disabled'].includes(s)) return false;
  }
  return null;
}

const STATE_NAMES: Record<string, FeatureState> = {
  enabled: 'Enabled',
  disabled: 'Disabled',
  enablepending: 'EnablePending',
  disablepending: 'DisablePending',
  absent: 'Absent',
  unknown: 'Unknown',
  // DISM's "removed payload" is still a disabled feature that can be enabled (from Windows Update).
  disabledwithpayloadremoved: 'Disabled',
};

/** Win32_OptionalFeature.InstallState: 1 Enabled, 2 Disabled, 3 Absent, 4 Unknown. */
const INSTALL_STATE: Record<number, FeatureState> = { 1: 'Enabled', 2: 'Disabled', 3: 'Absent', 4: 'Unknown' };

function featureState(v: Json | undefined): FeatureState | null {
  if (v === undefined || v === null) return null;
  if (isObj(v)) {
    const inner = pick(v, 'state', 'installState');
    if (typeof inner === 'number') return INSTALL_STATE[inner] ?? 'Unknown';
    return featureState(inner);
  }
  if (typeof v === 'string') return STATE_NAMES[squash(v)] ?? 'Unknown';
  // A bare number's meaning depends on which enum PowerShell serialised; we know only InstallState's.
  if (typeof v === 'number') return INSTALL_STATE[v] ?? 'Unknown';
  const b = bool(v);
  return b === null ? null : b ? 'Enabled' : 'Disabled';
}

/** Each known policy name with an integer value (REG_DWORD); anything else is ignored, as WSL ignores it. */
function policyValues(raw: Obj): WslPolicies {
  const out: WslPolicies = {};
  for (const name of WSL_POLICY_NAMES) {
    const v = int(pick(raw, name));
    if (v !== null) out[name] = v;
  }
  return out;
}

function extractJson(text: string): Obj | null {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return null;
  try {
    const parsed = JSON.parse(text.slice(start, end + 1)) as Json;
    return isObj(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function parseWindowsFactsJson(input: RawInput): WindowsFacts {
  const n = normalize(input);
  const root = extractJson(n.lines.map((l) => l.text).join('\n')) ?? {};
  const nested = pick(root, 'windows');
  const o: Obj = isObj(nested) ? nested : root;
  const features = pick(o, 'features');
  const f: Obj = isObj(features) ? features : o;
  const proxyRaw = pick(o, 'proxy');
  const p: Obj = isObj(proxyRaw) ? proxyRaw : o;

  const architecture = str(pick(o, 'architecture', 'OsArchitecture', 'OSArchitecture'));
  let is64Bit = bool(pick(o, 'is64Bit', 'Is64BitOperatingSystem'));
  if (is64Bit === null && architecture !== null) {
    if (/64/.test(architecture)) is64Bit = true;
    else if (/32|x86/i.test(architecture)) is64Bit = false;
  }
  const reasons = pick(o, 'rebootPendingReasons');
  const reasonList = Array.isArray(reasons) ? reasons.map((r) => str(r)).filter((r): r is string => r !== null) : str(reasons) !== null ? [str(reasons) ?? ''] : [];

  const policiesRaw = pick(o, 'wslPolicies');
  const wslPolicies = policyValues(isObj(policiesRaw) ? policiesRaw : {});
  const allowWsl = wslPolicies.AllowWSL;
  // Older scripts wrote only the verdict; ours writes the values, and AllowWSL=0 is the one that blocks everything.
  const policyBlocksWsl = allowWsl !== undefined ? allowWsl === 0 : bool(pick(o, 'policyBlocksWsl'));
  // A pending file rename alone is not a restart WSL needs (FIELD-NOTES): with the reasons known, they decide.
  const rebootPending = reasonList.length > 0 ? blockingRebootReasons(reasonList).length > 0 : bool(pick(o, 'rebootPending'));

  const facts: WindowsFacts = {
    build: int(pick(o, 'build', 'buildNumber', 'CurrentBuild', 'CurrentBuildNumber', 'OsBuildNumber')),
    ubr: int(pick(o, 'ubr')),
    displayVersion: str(pick(o, 'displayVersion', 'OsDisplayVersion')),
    productName: str(pick(o, 'productName', 'OsName', 'WindowsProductName', 'Caption')),
    edition: str(pick(o, 'edition', 'EditionID', 'WindowsEditionId')),
    architecture,
    is64Bit,
    virtualizationFirmwareEnabled: bool(pick(o, 'virtualizationFirmwareEnabled', 'HyperVRequirementVirtualizationFirmwareEnabled')),
    hypervisorPresent: bool(pick(o, 'hypervisorPresent')),
    vmMonitorModeExtensions: bool(pick(o, 'vmMonitorModeExtensions', 'HyperVRequirementVMMonitorModeExtensions')),
    secondLevelAddressTranslation: bool(pick(o, 'secondLevelAddressTranslation', 'SecondLevelAddressTranslationExtensions', 'HyperVRequirementSecondLevelAddressTranslation')),
    manufacturer: str(pick(o, 'manufacturer', 'CsManufacturer')),
    model: str(pick(o, 'model', 'CsModel')),
    features: {
      virtualMachinePlatform: featureState(pick(f, 'virtualMachinePlatform')),
      wsl: featureState(pick(f, 'wsl', 'Microsoft-Windows-Subsystem-Linux')),
    },
    rebootPending,
    rebootPendingReasons: reasonList,
    lastBootUtc: str(pick(o, 'lastBootUtc')),
    policyBlocksWsl,
    wslPolicies,
    systemDrive: str(pick(o, 'systemDrive')),
    systemDriveFreeBytes: num(pick(o, 'systemDriveFreeBytes')),
    proxy: {
      wininetEnabled: bool(pick(p, 'wininetEnabled', 'ProxyEnable')),
      wininetServer: str(pick(p, 'wininetServer', 'ProxyServer')),
      autoConfigUrl: str(pick(p, 'autoConfigUrl')),
      winhttp: str(pick(p, 'winhttp')),
    },
    isAdmin: bool(pick(o, 'isAdmin')),
    languageMode: str(pick(o, 'languageMode')),
    uiCulture: str(pick(o, 'uiCulture')),
  };
  // The contract's schema is the judge; a mismatch here is our bug, so fail loudly.
  return WindowsFacts.parse(facts);
}
