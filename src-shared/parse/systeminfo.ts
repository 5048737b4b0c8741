import { splitLabel, yesNo } from './labels';
import { tableToPairs } from './ps-table';
import { normalize, type NormalizedText } from './normalize';
import type { RawInput } from './input';
import type { HyperVRequirements, SystemInfo } from './types';

/**
 * The Hyper-V part of `systeminfo` in any display language, plus the same
 * facts as `Get-ComputerInfo` / CIM print them (property names are never
 * translated there).
 *
 * systeminfo prints a "Hyper-V ...:" label (the product name survives
 * translation) followed either by a sentence ("A hypervisor has been
 * detected ...", the healthy state) or by four "label: yes/no" items in a
 * fixed order. Items are placed by keyword where we know the language and
 * by position otherwise.
 */
type Key = 'vmMonitorModeExtensions' | 'virtualizationEnabledInFirmware' | 'secondLevelAddressTranslation' | 'dataExecutionPrevention';
const ORDER: Key[] = ['vmMonitorModeExtensions', 'virtualizationEnabledInFirmware', 'secondLevelAddressTranslation', 'dataExecutionPrevention'];

const KEYWORDS: Record<Key, RegExp> = {
  vmMonitorModeExtensions: /monitor|监视器|監視器|überwachung|moniteur|supervis|монитор|モニター|모니터/i,
  virtualizationEnabledInFirmware: /firmware|固件|韌體|ファームウェア|микропрограмм|прошивк|펌웨어|oprogramowaniu/i,
  secondLevelAddressTranslation: /second level|二级|第二層|二層|zweiten ebene|second niveau|segundo nivel|второго уровня|第 2 レベル|2단계/i,
  dataExecutionPrevention: /data execution|数据执行|資料執行|datenausführung|exécution des données|ejecución de datos|выполнения данных|データ実行|데이터 실행/i,
};

/** Get-ComputerInfo and Win32_* property names (stable across languages). */
const PROPERTIES: [RegExp, Key | 'hypervisorDetected'][] = [
  [/^(?:HyperVisorPresent|HypervisorPresent)$/i, 'hypervisorDetected'],
  [/^(?:HyperVRequirement)?VMMonitorModeExtensions$/i, 'vmMonitorModeExtensions'],
  [/^(?:HyperVRequirement)?VirtualizationFirmwareEnabled$/i, 'virtualizationEnabledInFirmware'],
  [/^(?:HyperVRequirement)?SecondLevelAddressTranslation(?:Extensions)?$/i, 'secondLevelAddressTranslation'],
  [/^(?:HyperVRequirementDataExecutionPreventionAvailable|DataExecutionPrevention_Available)$/i, 'dataExecutionPrevention'],
];

function emptyHyperV(): HyperVRequirements {
  return {
    hypervisorDetected: null,
    vmMonitorModeExtensions: null,
    virtualizationEnabledInFirmware: null,
    secondLevelAddressTranslation: null,
    dataExecutionPrevention: null,
  };
}

/** A "label: yes/no" item, possibly behind the block label ("Hyper-V ...: VM Monitor ...: Yes"). */
function itemOf(text: string): { label: string; value: boolean } | null {
  const lv = splitLabel(text);
  if (!lv) return null;
  const inner = splitLabel(lv.value);
  if (inner) {
    const v = yesNo(inner.value);
    return v === null ? null : { label: inner.label, value: v };
  }
  const v = yesNo(lv.value);
  return v === null ? null : { label: lv.label, value: v };
}

function place(out: HyperVRequirements, label: string, value: boolean, position: number): void {
  const byWord = ORDER.find((k) => KEYWORDS[k].test(label));
  const key = byWord ?? ORDER[position];
  if (key) out[key] = value;
}

export function parseSystemInfo(input: RawInput | NormalizedText): SystemInfo {
  const n = normalize(input);
  const textLines = n.lines.filter((l) => l.kind === 'text').map((l) => l.text.replace(/\*\*/g, ''));
  // Get-CimInstance ... | Select-Object prints a table: read its cells as "Property : value" too.
  const lines = [...textLines, ...tableToPairs(textLines)];
  const out = emptyHyperV();
  let sawItems = false;
  let sawSentence = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const lv = splitLabel(line);
    if (!lv) continue;

    const prop = PROPERTIES.find(([re]) => re.test(lv.label));
    if (prop) {
      const v = yesNo(lv.value);
      if (v !== null) out[prop[1]] = v;
      continue;
    }

    if (!/hyper-?v/i.test(lv.label)) continue;
    const first = itemOf(line);
    if (!first) {
      // A sentence instead of items: the hypervisor is already running.
      if (lv.value.length > 0) sawSentence = true;
      continue;
    }
    sawItems = true;
    let position = 0;
    place(out, first.label, first.value, position++);
    for (let j = i + 1; j < lines.length && position < ORDER.length; j++) {
      const item = itemOf(lines[j] ?? '');
      if (!item) break;
      place(out, item.label, item.value, position++);
      i = j;
    }
  }

  if (sawItems) out.hypervisorDetected = out.hypervisorDetected ?? false;
  else if (sawSentence) out.hypervisorDetected = true;
  if (out.hypervisorDetected === true) {
    // Windows hides the requirements once a hypervisor runs: they are unknown, not "no".
    for (const k of ORDER) out[k] = null;
  }
  return { hyperV: out };
}
