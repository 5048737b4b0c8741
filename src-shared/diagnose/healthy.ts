import { parseGoEnv } from '../parse/go-env';
import { parseResolvConf } from '../parse/resolv-conf';
import { parseSystemInfo } from '../parse/systeminfo';
import { parseWslListVerbose } from '../parse/wsl-list-verbose';
import { parseWslStatus } from '../parse/wsl-status';
import { parseWslVersion } from '../parse/wsl-version';
import { isValidWslConfigText } from './rules/wsl-conf';
import type { Context, Finding } from './types';
import { ev } from './rules/util';

/**
 * No rule fired: is this a healthy output we recognise, or text we cannot
 * place? Healthy means a parser found what it expects (a distro table, a
 * version block, a go env dump ...) or every line is a known progress/info
 * line, and no line sounds like an error we could not explain.
 */
const ERRORISH =
  /\b(?:error|errors|failed|failure|fatal|cannot|can't|could not|couldn't|unable|denied|not found|invalid|refused|timed? ?out|not recognized|not supported|panic|abort(?:ed)?)\b|错误|失败|无法|拒绝|未找到|Fehler|erreur|échec|ошибк|błąd|エラー|오류/i;

const BENIGN: RegExp[] = [
  /^go: (?:downloading|finding|extracting|found|added|upgraded|creating new go\.mod|to add module requirements)/,
  /^\S+ \(download\)$/,
  /^The operation completed successfully\.?$/i,
  /^For information on key differences with WSL 2 please visit/i,
  /^(?:Installing|Downloading|Installed|Launching|Conversion complete)/i,
  /^(?:Reading package lists|Building dependency tree|Reading state information|Fetched|Hit:|Get:|Ign:|All packages are up to date|\d+ upgraded)/,
  /^The distribution installation has completed|^Installation successful/i,
];

function recognised(ctx: Context): boolean {
  const n = ctx.source;
  if ((parseWslListVerbose(n).distros?.length ?? 0) > 0) return true;
  const s = parseWslStatus(n);
  if (s.defaultDistro !== null || s.defaultVersion !== null) return true;
  if (parseWslVersion(n).wslVersion !== null) return true;
  if (Object.values(parseSystemInfo(n).hyperV).some((v) => v !== null)) return true;
  if (Object.keys(parseGoEnv(n).vars).length >= 3) return true;
  if (ctx.lines.some((l) => /^go version go\d[\w.]* \S+\/\S+/.test(l.trim()))) return true;
  if (parseResolvConf(n).nameservers.length > 0) return true;
  return isValidWslConfigText(ctx.lines);
}

export function healthyOrUnknown(ctx: Context): Finding[] {
  if (ctx.lines.length === 0) return [];
  const errorish = ctx.lines.filter((l) => ERRORISH.test(l) && !BENIGN.some((re) => re.test(l.trim())));
  if (errorish.length === 0) {
    if (recognised(ctx)) return [];
    if (ctx.lines.every((l) => BENIGN.some((re) => re.test(l.trim())))) return [];
  }
  const shown = (errorish.length > 0 ? errorish : ctx.lines).slice(0, 3).map(ev);
  return [{ id: 'UNKNOWN', confidence: 0.2, evidence: shown }];
}
