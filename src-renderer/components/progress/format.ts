/** Byte counts and rates for people: binary units (what file managers show), one decimal. */
export function formatSize(bytes: number, lang: string): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'] as const;
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: i === 0 ? 0 : 1 }).format(v)} ${units[i]}`;
}

/** Seconds as "1 min 05 s" / "42 s": ETAs under an hour are what a download shows. */
export function formatDuration(seconds: number): { min: number; sec: number } {
  const s = Math.max(0, Math.round(seconds));
  return { min: Math.floor(s / 60), sec: s % 60 };
}
