/**
 * Pastes that lost their line structure on the way (issue #14, class 3).
 *
 * Quoted: a reply on a tracker puts "> " before every line. When most lines
 * carry it, it is quoting, not a prompt: it goes.
 *
 * Collapsed: an issue form joined every line with a space. We cannot know
 * where each break was, but many lines announce themselves: a prompt, a tool
 * naming itself before its message ("go: ", "curl: (6)", "fatal: "), a
 * PowerShell list label ("State : "), a go env variable, a "label: Yes/No"
 * pair of systeminfo, a `wsl -l -v` row. Long lines are broken again before
 * those, one linear pass each.
 */
export function unquoteBlock(lines: string[]): string[] {
  const nonBlank = lines.filter((l) => l.trim() !== '');
  const quoted = nonBlank.filter((l) => /^\s*>/.test(l)).length;
  if (nonBlank.length < 2 || quoted / nonBlank.length < 0.6) return lines;
  return lines.map((l) => l.replace(/^\s*(?:>\s?)+/, ''));
}

const YES_NO = 'Yes|No|Ja|Nein|Oui|Non|Sí|Sim|Não|Da|Nie|Tak|Да|Нет|是|否|はい|いいえ|예|아니요';

/**
 * Break points, found in one pass: a space followed by what starts a line.
 * Matching on the space (not a lookbehind before every position) lets the
 * engine skip straight from space to space.
 */
const BREAK_AFTER_SPACE = new RegExp(
  String.raw`\s(?=` +
    [
      // Prompts (PowerShell, cmd.exe, bash).
      String.raw`PS [A-Za-z]:\\[^>\s]*> `,
      String.raw`[A-Za-z]:\\[^>\s]*>\S`,
      String.raw`[\w.-]+@[\w.-]+:[^\s$#]*[$#] `,
      // A tool or shell naming itself first (captured: it must not follow another "name: ").
      String.raw`(?<tool>(?:-?bash|zsh|sudo|curl|wget|git|make|go|fatal|error|warning|E|W|Error|Error code|Fehler|Erreur|错误|错误代码)(?:: |：))`,
      String.raw`WslRegisterDistribution failed`,
      // systeminfo's block header ("Hyper-V Requirements:", "Hyper-V 要求:"): the label is translated around "Hyper-V".
      String.raw`Hyper-V[^\s:："]*(?: [^\s:："]+)?\s*[:：]`,
      // PowerShell Format-List: "FeatureName : x State : Enabled".
      String.raw`[A-Z][A-Za-z0-9]+ +: `,
      // go env, in both its forms.
      String.raw`(?:set )?(?:GO[A-Z0-9_]*|CGO_[A-Z_]+|GCCGO|PKG_CONFIG|AR|CC|CXX)=`,
      // wsl -l -v: the header and the default row.
      String.raw`NAME +STATE +VERSION`,
      String.raw`\* ?[\w.-]+ {2,}\S+ {2,}[12]\b`,
    ].join('|') +
    ')',
  'g',
);

/** systeminfo's Hyper-V block: a new label starts after each "label: Yes/No". */
const AFTER_YES_NO = new RegExp(String.raw`[:：]\s*(?:${YES_NO})(?=\s)`, 'g');

function breakPoints(line: string): number[] {
  const at: number[] = [];
  for (const m of line.matchAll(BREAK_AFTER_SPACE)) {
    const i = m.index ?? 0;
    // "sudo: go: command not found" is one line: a tool name right after another "name: " does not start one.
    if (m.groups?.['tool'] !== undefined && /[:：]/.test(line[i - 1] ?? '')) continue;
    at.push(i + 1);
  }
  for (const m of line.matchAll(AFTER_YES_NO)) at.push((m.index ?? 0) + m[0].length + 1);
  return at.sort((x, y) => x - y);
}

/** Shorter lines are left alone: a real line may well hold two of the markers. */
const MIN_COLLAPSED = 60;

export function resplitCollapsed(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line.length < MIN_COLLAPSED) {
      out.push(line);
      continue;
    }
    let from = 0;
    const parts: string[] = [];
    for (const at of breakPoints(line)) {
      if (at <= from) continue;
      parts.push(line.slice(from, at).trimEnd());
      from = at;
    }
    parts.push(line.slice(from));
    // Each part starts the way a line starts; splitting a real line there costs nothing a rule needs.
    if (parts.length >= 2) out.push(...parts.filter((p) => p.trim() !== ''));
    else out.push(line);
  }
  return out;
}
