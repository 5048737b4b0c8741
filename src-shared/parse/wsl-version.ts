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
/** A colon followed by a version number; the label is what precedes it (found by looking back, see pairs()). */
const VALUE = /[:\uFF1A\uFE55]\s*(\d+(?:\.\d+)+(?:[-+][\w.-]+)?)/g;
const COLON = /[:\uFF1A\uFE55\n]/;
/** Longest label we look back for: "Версия ядра" and friends are far shorter; bounding it keeps the scan linear. */
const MAX_LABEL = 80;

/**
 * Every "label: version" pair. Matching starts only at a colon (a label
 * pattern tried from every position rescanned the rest of a colon-free line
 * each time: quadratic); the label is the text back to the previous colon,
 * line break or pair, at most MAX_LABEL characters.
 */
function* pairs(text: string): Generator<{ label: string; value: string }> {
  let lastEnd = 0;
  for (const m of text.matchAll(VALUE)) {
    const at = m.index ?? 0;
    let from = at;
    while (from > lastEnd && at - from < MAX_LABEL && !COLON.test(text[from - 1] ?? '')) from--;
    lastEnd = at + m[0].length;
    yield { label: text.slice(from, at), value: m[1] ?? '' };
  }
}
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
  for (const pair of pairs(text)) {
    const label = pair.label.trim();
    const value = pair.value;
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
