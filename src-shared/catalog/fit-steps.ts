import type { Lang } from './types';

/** What the fix steps are fitted to: the facts the computer check read (build and maker, from Win32_ComputerSystem). */
export interface PcFacts {
  readonly build: number | null;
  readonly manufacturer: string | null;
}

/** Windows 11 is build 22000 and later (Windows 10's last feature update, 22H2, is 19045). */
export const WINDOWS_11_FIRST_BUILD = 22000;

export function isWindows11(build: number | null): boolean {
  return build !== null && build >= WINDOWS_11_FIRST_BUILD;
}

type Words = Record<Lang, string>;

/** Where "Advanced startup" is: Settings moved Recovery from Update & Security (Windows 10) to System (Windows 11). */
const ADVANCED_STARTUP: { win10: Words; win11: Words } = {
  win10: {
    en: 'Settings > Update & Security > Recovery > Advanced startup > Restart now, then Troubleshoot > Advanced options > UEFI Firmware Settings',
    'zh-CN': '“设置 > 更新和安全 > 恢复 > 高级启动 > 立即重新启动”，然后选“疑难解答 > 高级选项 > UEFI 固件设置”',
  },
  win11: {
    en: 'Settings > System > Recovery > Advanced startup > Restart now, then Troubleshoot > Advanced options > UEFI Firmware Settings',
    'zh-CN': '“设置 > 系统 > 恢复 > 高级启动 > 立即重新启动”，然后选“疑难解答 > 高级选项 > UEFI 固件设置”',
  },
};

/** The virtualization switch's place in each maker's setup menus (the catalog's VIRTUALIZATION_DISABLED list). */
const VENDORS: readonly { readonly match: RegExp; readonly name: Words; readonly menu: Words }[] = [
  { match: /^(hp|hewlett)/i, name: { en: 'HP', 'zh-CN': '惠普 HP' }, menu: { en: 'Security (or Advanced) > System Options', 'zh-CN': 'Security（或 Advanced）> System Options' } },
  { match: /^lenovo/i, name: { en: 'Lenovo', 'zh-CN': '联想 Lenovo' }, menu: { en: 'Security > Virtualization (ThinkPad: Config > CPU)', 'zh-CN': 'Security > Virtualization（ThinkPad 为 Config > CPU）' } },
  { match: /^dell/i, name: { en: 'Dell', 'zh-CN': '戴尔 Dell' }, menu: { en: 'Virtualization Support', 'zh-CN': 'Virtualization Support' } },
  { match: /^asus/i, name: { en: 'ASUS', 'zh-CN': '华硕 ASUS' }, menu: { en: 'Advanced > CPU Configuration', 'zh-CN': 'Advanced > CPU Configuration' } },
  { match: /^(msi|micro-star)/i, name: { en: 'MSI', 'zh-CN': '微星 MSI' }, menu: { en: 'OC > CPU Features', 'zh-CN': 'OC > CPU Features' } },
  { match: /^gigabyte/i, name: { en: 'Gigabyte', 'zh-CN': '技嘉 Gigabyte' }, menu: { en: 'Tweaker or Advanced CPU Settings', 'zh-CN': 'Tweaker 或 Advanced CPU Settings' } },
  { match: /^asrock/i, name: { en: 'ASRock', 'zh-CN': '华擎 ASRock' }, menu: { en: 'Advanced > CPU Configuration', 'zh-CN': 'Advanced > CPU Configuration' } },
];

const W = {
  enter: {
    en: (path: string) => `Restart the PC into its BIOS/UEFI setup: ${path}. Or press the key shown at power-on (usually Del, F2, F10 or Esc).`,
    'zh-CN': (path: string) => `重启电脑并进入 BIOS/UEFI 设置：${path}。也可以在开机时按屏幕提示的按键（通常是 Del、F2、F10 或 Esc）。`,
  },
  enable: {
    en: 'Intel CPUs: enable "Intel Virtualization Technology" (also called Intel VT-x or VMX). AMD CPUs: enable "SVM Mode" (also called AMD-V).',
    'zh-CN': 'Intel 处理器：启用“Intel Virtualization Technology”（也叫 Intel VT-x 或 VMX）。AMD 处理器：启用“SVM Mode”（也叫 AMD-V）。',
  },
  own: {
    en: (name: string, menu: string) => `On this ${name} PC the switch is usually under ${menu}.`,
    'zh-CN': (name: string, menu: string) => `这台 ${name} 电脑上，这个开关通常在 ${menu}。`,
  },
  others: {
    en: (list: string) => `Other makers: ${list}.`,
    'zh-CN': (list: string) => `其他品牌：${list}。`,
  },
  all: {
    en: (list: string) => `Typical menus: ${list}.`,
    'zh-CN': (list: string) => `常见菜单位置：${list}。`,
  },
  save: {
    en: 'Save and exit (usually F10). Back in Windows, the wizard checks again and continues.',
    'zh-CN': '保存并退出（通常按 F10）。回到 Windows 后，向导会重新检查并继续。',
  },
};

/** The maker this PC's facts name, if the wizard knows its menus. */
export function vendorOf(manufacturer: string | null): (typeof VENDORS)[number] | null {
  const m = manufacturer?.trim() ?? '';
  return m === '' ? null : (VENDORS.find((v) => v.match.test(m)) ?? null);
}

/**
 * VIRTUALIZATION_DISABLED's steps for this PC: the Settings path of its
 * Windows (10 or 11; unknown build: Windows 11's, the catalog's default), its
 * own maker's menu before the others, and the others only as one line.
 */
export function firmwareSteps(pc: PcFacts, lang: Lang): string[] {
  const sep = lang === 'zh-CN' ? '；' : '; ';
  const path = ADVANCED_STARTUP[pc.build !== null && !isWindows11(pc.build) ? 'win10' : 'win11'][lang];
  const own = vendorOf(pc.manufacturer);
  const line = (v: (typeof VENDORS)[number]) => `${v.name[lang]}${lang === 'zh-CN' ? '：' : ': '}${v.menu[lang]}`;
  const menus = own
    ? [W.own[lang](own.name[lang], own.menu[lang]), W.others[lang](VENDORS.filter((v) => v !== own).map(line).join(sep))]
    : [W.all[lang](VENDORS.map(line).join(sep))];
  return [W.enter[lang](path), W.enable[lang], ...menus, W.save[lang]];
}

/** A catalog entry's fix steps, fitted to this PC where the wizard knows how (otherwise the catalog's as they are). */
export function fitFixSteps(id: string, steps: readonly string[], pc: PcFacts | null, lang: Lang): readonly string[] {
  if (pc === null) return steps;
  if (id === 'VIRTUALIZATION_DISABLED') return firmwareSteps(pc, lang);
  return steps;
}

/**
 * Whether this PC's firmware is known to be UEFI, the only kind that
 * `shutdown /r /fw` can restart into. Windows 11 runs only on UEFI firmware
 * (Microsoft's Windows 11 system requirements: "UEFI, Secure Boot capable");
 * for Windows 10 the facts do not say, so the wizard does not offer it there.
 */
export function firmwareIsUefi(pc: PcFacts | null): boolean {
  return pc !== null && isWindows11(pc.build);
}
