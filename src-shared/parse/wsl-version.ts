import { normalize, type NormalizedText } from './normalize';
import type { RawInput } from './input';
import type { WslVersion } from './types';

/**
 * `wsl --version`. Labels are translated ("Kernelversion", "Версия ядра",
 * "内核版本") but each line names its component with a product name that is
 * not (WSL, WSLg, MSRDC, Direct3D, DXCore, Windows), except the kernel. So:
 * collect every "label: version-number" pair (also when an issue form
 * flattened them onto one line), route by product name, and take the kernel
 * from its translated label or, failing that, from the pair right after WSL's.
 */
const PAIR = /([^:\uFF1A\uFE55\n]{0,80}?)\s*[:\uFF1A\uFE55]\s*(\d+(?:\.\d+)+(?:[-+][\w.-]+)?)/g;
const KERNEL = /kernel|内核|核心|ядр|noyau|núcleo|nucleo|jądr|jadr|カーネル|커널|çekirdek|jádr/i;

type Component = 'wsl' | 'kernel' | 'windows' | 'other' | 'unnamed';

function componentOf(label: string): Component {
  if (/wslg|msrdc|direct3d|dxcore/i.test(label)) return 'other';
  if (/windows/i.test(label)) return 'windows';
  if (/wsl/i.test(label)) return 'wsl';
  if (KERNEL.test(label)) return 'kernel';
  return 'unnamed';
}

export function parseWslVersion(input: RawInput | NormalizedText): WslVersion {
  const n = normalize(input);
  const text = n.lines
    .filter((l) => l.kind === 'text')
    .map((l) => l.text)
    .join('\n');
  const out: WslVersion = { wslVersion: null, kernelVersion: null, windowsVersion: null };
  let previous: Component | null = null;
  for (const m of text.matchAll(PAIR)) {
    const label = (m[1] ?? '').trim();
    const value = m[2] ?? '';
    let c = componentOf(label);
    // The kernel line follows the WSL line in every version of the output.
    if (c === 'unnamed' && previous === 'wsl' && label !== '') c = 'kernel';
    if (c === 'wsl') out.wslVersion = value;
    else if (c === 'kernel') out.kernelVersion = value;
    else if (c === 'windows') out.windowsVersion = value;
    previous = c;
  }
  return out;
}
