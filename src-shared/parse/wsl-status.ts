import { splitLabel } from './labels';
import { normalize, type NormalizedText } from './normalize';
import type { RawInput } from './input';
import type { WslStatus } from './types';

/**
 * `wsl --status`. Labels are translated ("Standardversion", "默认版本", "Version
 * par défaut"), so we key on the value's shape: a lone 1 or 2 is the default
 * version (unless the label names a component with its own version), a
 * distro-name token under a label that says "distribution" in some language
 * is the default distro.
 */
const DISTRO_LABEL = /distr|dystryb|дистриб|分发|发行|發行|散發|ディストリ|배포/i;
const COMPONENT_LABEL = /kernel|wslg|msrdc|direct3d|dxcore|windows|内核|核心|ядр|noyau|núcleo|nucleo|jądr|カーネル|커널/i;
const VERSION_LABEL = /version|versión|versão|versione|wersja|верси|版本|バージョン|버전|verze|sürüm/i;
const NAME = /^[\p{L}\p{N}_.+~@-]+$/u;

export function parseWslStatus(input: RawInput | NormalizedText): WslStatus {
  const n = normalize(input);
  let defaultDistro: string | null = null;
  let defaultVersion: number | null = null;
  for (const line of n.lines) {
    if (line.kind !== 'text') continue;
    const lv = splitLabel(line.text);
    if (!lv || lv.value === '') continue;
    if (/^[12]$/.test(lv.value) && VERSION_LABEL.test(lv.label) && !COMPONENT_LABEL.test(lv.label)) {
      defaultVersion = Number(lv.value);
    } else if (DISTRO_LABEL.test(lv.label) && NAME.test(lv.value) && !/^\d+(\.\d+)+/.test(lv.value)) {
      defaultDistro = lv.value;
    }
  }
  return { defaultDistro, defaultVersion };
}
