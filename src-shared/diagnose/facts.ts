import { parseSystemInfo } from '../parse/systeminfo';
import { parseWslListVerbose } from '../parse/wsl-list-verbose';
import { parseWslStatus } from '../parse/wsl-status';
import { parseWslVersion } from '../parse/wsl-version';
import type { NormalizedText } from '../parse/normalize';
import type { HyperVRequirements } from '../parse/types';
import type { DiagnosisFacts, MergedFacts } from './types';

/**
 * Facts for the diagnoser: what the pasted text itself shows (a systeminfo
 * block, a `wsl -l -v` table, a Windows version banner) merged with facts
 * known from the preflight. The text wins where both speak, because it is
 * what the failing machine printed at the time.
 */
const HYPERV_EVIDENCE: Record<keyof HyperVRequirements, RegExp> = {
  hypervisorDetected: /hypervisor|虚拟机监控程序/i,
  vmMonitorModeExtensions: /monitor|监视器/i,
  virtualizationEnabledInFirmware: /firmware|固件|韌體|ファームウェア/i,
  secondLevelAddressTranslation: /second level|二级地址|SecondLevel/i,
  dataExecutionPrevention: /data execution|数据执行|DataExecution/i,
};

/** Windows build from lines that name the OS version (not DISM's own "Version:"). */
function buildFromText(lines: readonly string[], windowsVersion: string | null): { build: number; line: string } | null {
  const patterns = [
    /Microsoft Windows \[[^\]\d]*10\.0\.(\d{4,5})/,
    /^\s*(?:OS Version|Betriebssystemversion|Version du système|操作系统版本|作業系統版本)\s*[:：]\s*10\.0\.(\d{4,5})/i,
    /^\s*Image Version\s*[:：]\s*10\.0\.(\d{4,5})/i,
  ];
  for (const line of lines) {
    for (const re of patterns) {
      const m = re.exec(line);
      if (m) return { build: Number(m[1]), line: line.trim() };
    }
  }
  const w = windowsVersion ? /^10\.0\.(\d{4,5})/.exec(windowsVersion) : null;
  return w ? { build: Number(w[1]), line: `Windows version: ${windowsVersion ?? ''}` } : null;
}

export function mergeFacts(n: NormalizedText, allLines: readonly string[], lines: readonly string[], given: DiagnosisFacts | null | undefined): MergedFacts {
  const w = given?.windows ?? null;
  const hyperV = parseSystemInfo(n).hyperV;
  const hyperVEvidence: MergedFacts['hyperVEvidence'] = {};
  for (const key of Object.keys(hyperV) as (keyof HyperVRequirements)[]) {
    if (hyperV[key] !== null) {
      const line = lines.find((l) => HYPERV_EVIDENCE[key].test(l));
      if (line) hyperVEvidence[key] = line.trim().replace(/^Hyper-V[^:：]*[:：]\s*/i, '');
    }
  }
  const fromFacts: [keyof HyperVRequirements, boolean | null | undefined, string][] = [
    ['hypervisorDetected', w?.hypervisorPresent, 'hypervisorPresent'],
    ['virtualizationEnabledInFirmware', w?.virtualizationFirmwareEnabled, 'virtualizationFirmwareEnabled'],
    ['vmMonitorModeExtensions', w?.vmMonitorModeExtensions, 'vmMonitorModeExtensions'],
    ['secondLevelAddressTranslation', w?.secondLevelAddressTranslation, 'secondLevelAddressTranslation'],
  ];
  for (const [key, value, name] of fromFacts) {
    if (hyperV[key] === null && value !== null && value !== undefined) {
      hyperV[key] = value;
      hyperVEvidence[key] = `${name}=${String(value)}`;
    }
  }

  const status = parseWslStatus(n);
  const list = parseWslListVerbose(n);
  const version = parseWslVersion(n);
  const textBuild = buildFromText(allLines, version.windowsVersion);
  const launch = lines.find((l) => /^\s*hypervisorlaunchtype\s+off\s*$/i.test(l)) ?? null;

  return {
    hyperV,
    hyperVEvidence,
    vmpState: w?.features?.virtualMachinePlatform ?? null,
    wslFeatureState: w?.features?.wsl ?? null,
    build: textBuild?.build ?? w?.build ?? null,
    buildEvidence: textBuild?.line ?? (w?.build != null ? `build=${w.build}` : null),
    is64Bit: w?.is64Bit ?? null,
    architecture: w?.architecture ?? null,
    model: w?.model ?? null,
    manufacturer: w?.manufacturer ?? null,
    defaultVersion: status.defaultVersion ?? given?.wsl?.defaultVersion ?? null,
    distros:
      list.distros && list.distros.length > 0
        ? list.distros
        : (given?.wsl?.distros?.map((d) => ({ name: d.name, version: d.version, state: null, isDefault: null })) ?? null),
    rebootPending: w?.rebootPending ?? null,
    policyBlocksWsl: w?.policyBlocksWsl ?? null,
    systemDriveFreeBytes: w?.systemDriveFreeBytes ?? null,
    hypervisorLaunchOff: launch ? launch.trim() : null,
  };
}
