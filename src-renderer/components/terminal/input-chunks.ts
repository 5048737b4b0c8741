/**
 * Split what the user typed or pasted into pieces the contract accepts
 * (terminal.input carries at most 64 Ki chars), never between the two halves
 * of a surrogate pair.
 */
export function inputChunks(data: string, max = 32 * 1024): string[] {
  if (data.length <= max) return data.length > 0 ? [data] : [];
  const out: string[] = [];
  let from = 0;
  while (from < data.length) {
    let to = Math.min(data.length, from + max);
    const code = data.charCodeAt(to - 1);
    if (to < data.length && code >= 0xd800 && code <= 0xdbff) to--;
    out.push(data.slice(from, to));
    from = to;
  }
  return out;
}
