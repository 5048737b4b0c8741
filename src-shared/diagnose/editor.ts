import type { CatalogId } from '../catalog/ids';
import { decodeInput, type RawInput } from '../parse/input';
import { ev } from './rules/util';

/**
 * The Editor step's Windows commands, read by their exit code and output:
 * `winget install` and the VS Code CLI (`code --install-extension`,
 * `code --remote`). Kept apart from diagnose()'s rule set because the same
 * WinINet codes mean "the WSL download" there and "winget's download" here.
 */
export interface EditorDiagnosis {
  id: CatalogId;
  evidence: string[];
}

/** winget exits with an HRESULT; Node may report it signed or unsigned. */
export function hresult(exitCode: number): string {
  return `0x${(exitCode >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * WinINet's errors (12001-12175 = 0x80072ee1-0x80072f8f) are the download failing on the network:
 * `InternetOpenUrl() failed. 0x80072efd` (microsoft/winget-cli#566, #5412). 0x8a15000f "Data
 * required by the source is missing" is the source index that did not download ("usually caused by a
 * temporary network issue downloading the source package", maintainer in microsoft/winget-cli#1348).
 */
const WININET = /\b0x80072e[e-f][0-9a-f]\b|\b0x80072f[0-8][0-9a-f]\b/i;
const SOURCE_DATA_MISSING = /\b0x8a15000f\b/i;

function lines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
}

function lastLines(all: string[], n: number): string[] {
  return all.slice(-n).map(ev);
}

export function diagnoseWinget(exitCode: number | null, output: RawInput): EditorDiagnosis | null {
  if (exitCode === 0) return null;
  const all = lines(decodeInput(output));
  const code = exitCode === null ? null : hresult(exitCode);
  const netLine = all.find((l) => WININET.test(l) || SOURCE_DATA_MISSING.test(l) || /InternetOpenUrl\(\)/i.test(l));
  const netCode = code !== null && (WININET.test(code) || SOURCE_DATA_MISSING.test(code));
  if (netLine || netCode) {
    const evidence = [...all.filter((l) => WININET.test(l) || SOURCE_DATA_MISSING.test(l) || /InternetOpenUrl\(\)/i.test(l)).map(ev)];
    if (code !== null) evidence.push(`exit code ${code}`);
    return { id: 'VSCODE_WINGET_NETWORK', evidence };
  }
  return { id: 'VSCODE_WINGET_FAILED', evidence: [...lastLines(all, 3), ...(code !== null ? [`exit code ${code}`] : [])] };
}

/**
 * The VS Code CLI fetches extensions from the Marketplace itself (Node, not WinINet): a name that does
 * not resolve or a connection that fails is the network (`getaddrinfo ENOTFOUND
 * marketplace.visualstudio.com`, microsoft/vscode#29910); anything else is the CLI failing.
 */
const NODE_NET = /\b(?:getaddrinfo (?:ENOTFOUND|EAI_AGAIN)|ETIMEDOUT|ECONNREFUSED|ECONNRESET|EPROXY|tunneling socket could not be established|self[- ]signed certificate|unable to get local issuer certificate)\b/i;

export function diagnoseCodeCli(exitCode: number | null, output: RawInput, fetches: boolean): EditorDiagnosis | null {
  const all = lines(decodeInput(output));
  // `code --install-extension` prints "Failed Installing Extensions: ..." and still exits 0 on some versions.
  const failedLine = all.find((l) => /^Failed Installing Extensions?\b/i.test(l) || /^Error while installing extension/i.test(l));
  if (exitCode === 0 && !failedLine) return null;
  const netLines = fetches ? all.filter((l) => NODE_NET.test(l) || /marketplace\.visualstudio\.com|gallery\.vsassets\.io/i.test(l)) : [];
  if (netLines.some((l) => NODE_NET.test(l))) return { id: 'VSCODE_MARKETPLACE_UNREACHABLE', evidence: netLines.slice(0, 3).map(ev) };
  const code = exitCode === null ? [] : [`exit code ${exitCode}`];
  return { id: 'VSCODE_CLI_FAILED', evidence: [...(failedLine ? [ev(failedLine)] : lastLines(all, 3)), ...code] };
}
