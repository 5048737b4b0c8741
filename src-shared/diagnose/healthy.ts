import { parseGoEnv } from '../parse/go-env';
import { parseResolvConf } from '../parse/resolv-conf';
import { parseSystemInfo } from '../parse/systeminfo';
import { parseWslListVerbose } from '../parse/wsl-list-verbose';
import { parseWslStatus } from '../parse/wsl-status';
import { parseWslVersion } from '../parse/wsl-version';
import { isValidWslConfigText } from './rules/wsl-conf';
import type { Context, Finding } from './types';
import { ERRORISH } from './errorish';
import { ev } from './rules/util';

/**
 * No rule fired: is this a healthy output, or text we cannot place? UNKNOWN
 * is only for text that looks like an error (an error word in one of the
 * display languages, an HRESULT, a Wsl/... path) that no rule explains.
 * Everything else is healthy, recognised by a parser or not.
 */

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
  // Nothing sounds like an error: healthy, whether or not a parser knows the output (issue #14:
  // a false alarm on a machine that is fine is the worst answer a beginner can get).
  if (errorish.length === 0) return [];
  // Error words inside an output a parser recognises whole (a go env with GOFLAGS=-failfast...) stay quiet
  // only when every such line is one of the recognised output's own lines.
  if (recognised(ctx) && errorish.every((l) => /^\s*(?:set\s+)?[A-Z][A-Z0-9_]*=|^\s*[\w ()-]+\s*[:：]\s/.test(l))) return [];
  const shown = errorish.slice(0, 3).map(ev);
  return [{ id: 'UNKNOWN', confidence: 0.2, evidence: shown }];
}
