/**
 * PowerShell's Format-Table (what `Get-CimInstance ... | Select-Object A, B`
 * prints for four properties or fewer): a header of property names, a line
 * of dashes under each, then rows. The dashes give each column's extent
 * (values may be right-aligned, as booleans and numbers are), so a cell is
 * the row's text inside its column's dashes. Returned as "Name : value"
 * pairs, the Format-List shape the parsers already read.
 */
export function tableToPairs(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const dashes = lines[i] ?? '';
    if (!/^\s*-{3,}(?:\s+-{3,})*\s*$/.test(dashes)) continue;
    const header = lines[i - 1] ?? '';
    const cols: { name: string; from: number; to: number }[] = [];
    for (const m of dashes.matchAll(/-+/g)) {
      const from = m.index ?? 0;
      const to = from + m[0].length;
      const name = header.slice(from, to).trim();
      if (/^[A-Za-z_][\w]*$/.test(name)) cols.push({ name, from, to });
    }
    if (cols.length === 0) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const row = lines[j] ?? '';
      if (row.trim() === '') break;
      cols.forEach((c, k) => {
        // A column runs from its header to the next header (left-aligned text fills it from the left,
        // right-aligned booleans end at its dashes); the last one runs to the end of the row.
        const end = k === cols.length - 1 ? row.length : (cols[k + 1]?.from ?? row.length);
        const cell = row.slice(c.from, end).trim();
        if (cell !== '') out.push(`${c.name} : ${cell}`);
      });
    }
  }
  return out;
}
