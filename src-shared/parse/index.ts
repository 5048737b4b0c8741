import type { RawInput } from './input';
import { parseGoEnv } from './go-env';
import { parseResolvConf } from './resolv-conf';
import { parseSystemInfo } from './systeminfo';
import { parseWindowsFactsJson } from './windows-facts';
import { parseWslListOnline } from './wsl-list-online';
import { parseWslListVerbose } from './wsl-list-verbose';
import { parseWslStatus } from './wsl-status';
import { parseWslVersion } from './wsl-version';

export * from './types';
export { normalize, contentLines, type NormalizedText, type NormLine } from './normalize';
export { decodeInput, type RawInput } from './input';
export { parseGoEnv, parseResolvConf, parseSystemInfo, parseWindowsFactsJson, parseWslListOnline, parseWslListVerbose, parseWslStatus, parseWslVersion };

/** The kinds `go-wsl-doctor parse --kind` accepts (DOCTOR-CLI.md), plus windows-facts. */
export const PARSE_KINDS = {
  'wsl-list-verbose': parseWslListVerbose,
  'wsl-status': parseWslStatus,
  'wsl-version': parseWslVersion,
  'wsl-list-online': parseWslListOnline,
  systeminfo: parseSystemInfo,
  'go-env': parseGoEnv,
  'resolv-conf': parseResolvConf,
  'windows-facts': parseWindowsFactsJson,
} as const satisfies Record<string, (input: RawInput) => unknown>;

export type ParseKind = keyof typeof PARSE_KINDS;

export function isParseKind(kind: string): kind is ParseKind {
  return Object.prototype.hasOwnProperty.call(PARSE_KINDS, kind);
}

export function parseKind(kind: ParseKind, input: RawInput): unknown {
  return PARSE_KINDS[kind](input);
}
