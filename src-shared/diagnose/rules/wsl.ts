import type { Hit, Rule } from '../types';
import { GENERIC_CODES, WSL_CODE_TABLE, isWindowsNetworkCode } from './wsl-codes';
import { fallbackHit, hit } from './util';

/** wsl.exe failures and states: codes, phases, distro lists, inbox wsl.exe, config files. */
const codeTable: Rule = (ctx) => {
  const hits: Hit[] = [];
  for (const row of WSL_CODE_TABLE) {
    const c = ctx.hasCode(...row.codes);
    if (c) hits.push(hit(row.id, row.confidence, c.raw, c.line));
  }
  return hits;
};

const networkCodes: Rule = (ctx) => {
  const c = ctx.codes.find((x) => isWindowsNetworkCode(x.code));
  if (c) return [hit('WSL_DOWNLOAD_NETWORK', 0.93, c.raw, c.line)];
  const line = ctx.first(/Failed to fetch the list distribution|无法从.*DistributionInfo\.json/i);
  if (line) return [hit('WSL_DOWNLOAD_NETWORK', 0.75, line)];
  // A download that never left 0.0 % (Store or proxy blocked) with no error printed.
  const stuck = ctx.progress.length > 0 && ctx.progress.every((p) => p === 0);
  return stuck && (ctx.phase === 'install' || ctx.phase === 'update') ? [hit('WSL_DOWNLOAD_NETWORK', 0.55, 'progress stuck at 0.0%')] : [];
};

/**
 * When the code itself says nothing specific, the phase does (catalog: generic
 * install failures are DISTRO_INSTALL_FAILED, generic start failures WSL_START_FAILED).
 */
const byPhase: Rule = (ctx) => {
  const generic = ctx.hasCode(...GENERIC_CODES);
  const anyCode = ctx.codes.find((c) => /^0x|_E_|^E_|^ERROR_/.test(c.code)) ?? null;
  const c = generic ?? anyCode;
  if (!c) return [];
  const strength = generic ? 0.8 : 0.6;
  const make = generic ? hit : fallbackHit;
  switch (ctx.phase) {
    case 'install':
    case 'import':
      return [make('DISTRO_INSTALL_FAILED', strength, c.raw, c.line)];
    case 'start':
    case 'convert':
      return [make('WSL_START_FAILED', strength, c.raw, c.line)];
    case 'update':
      return [make('WSL_PACKAGE_INSTALL_FAILED', strength, c.raw, c.line)];
    default: {
      const installing = ctx.first(/^Installing: Windows Subsystem for Linux|^正在安装: ?适用于 Linux 的 Windows 子系统/i);
      return installing ? [fallbackHit('WSL_PACKAGE_INSTALL_FAILED', 0.6, c.raw, installing)] : [];
    }
  }
};

const NO_DISTROS =
  /has no installed distributions|没有已安装的分发|没有已安装的发行版|沒有已安裝的發行版|keine installierten Distributionen|aucune distribution installée|no tiene distribuciones instaladas|não tem distribuições instaladas|нет установленных дистрибутивов/i;

const distroPresence: Rule = (ctx) => {
  const hits: Hit[] = [];
  const none = ctx.first(NO_DISTROS);
  if (none) hits.push(hit('NO_DISTRO_INSTALLED', 0.93, none));
  const missing = ctx.first(/There is no distribution with the supplied name|不存在具有所提供名称的分发|Es gibt keine Distribution mit dem angegebenen Namen|aucune distribution portant le nom fourni|No existe ninguna distribución con el nombre/i);
  if (missing) hits.push(hit('DISTRO_NOT_FOUND', 0.9, missing));
  const exists = ctx.first(/distribution with the supplied name already exists|已存在具有所提供名称的分发|Eine Distribution mit dem angegebenen Namen ist bereits vorhanden/i);
  if (exists) hits.push(hit('DISTRO_ALREADY_EXISTS', 0.9, exists));
  return hits;
};

const wslVersions: Rule = (ctx) => {
  const hits: Hit[] = [];
  const v1 = (ctx.facts.distros ?? []).filter((d) => d.version === 1);
  if (v1.length > 0) hits.push(hit('DISTRO_IS_WSL1', 0.86, ...v1.map((d) => `${d.name} VERSION 1`)));
  if (ctx.facts.defaultVersion === 1) hits.push(hit('DEFAULT_VERSION_1', 0.8, ctx.first(/[:：﹕]\s*1\s*$/) ?? 'defaultVersion=1'));
  return hits;
};

const wslFeature: Rule = (ctx) => {
  const hits: Hit[] = [];
  const msg = ctx.first(/Windows Subsystem for Linux optional component is not enabled|适用于 Linux 的 Windows 子系统可选组件未启用|'wsl(?:\.exe)?' is not recognized as an internal or external command|'wsl(?:\.exe)?' 不是内部或外部命令|wsl(?:\.exe)?: (?:command )?not found/i);
  if (msg) hits.push(hit('WSL_FEATURE_MISSING', 0.88, msg));
  const state = ctx.facts.wslFeatureState;
  if (state === 'Disabled' || state === 'Absent') hits.push(hit('WSL_FEATURE_MISSING', 0.8, `Microsoft-Windows-Subsystem-Linux=${state}`));
  const vmp = ctx.facts.vmpState;
  if (vmp === 'Disabled' || vmp === 'Absent') hits.push(hit('VMP_FEATURE_MISSING', 0.82, `VirtualMachinePlatform=${vmp}`));
  // Healthy WSL2 machines print "WSL1 is not supported ..." too: only a problem when WSL1 is in use.
  const wsl1 = ctx.first(/WSL1 is not supported with your current machine configuration/i);
  const usesWsl1 = ctx.facts.defaultVersion === 1 || (ctx.facts.distros ?? []).some((d) => d.version === 1);
  if (wsl1 && usesWsl1) hits.push(hit('WSL_FEATURE_MISSING', 0.7, wsl1));
  return hits;
};

/** The in-box wsl.exe rejects options the Store WSL added; its message is translated, the option is not. */
const inboxLegacy: Rule = (ctx) => {
  const bad = ctx.first(/^\S.*[:：]\s*--(?:version|install|update|status|manage|web-download|no-distribution|online|list --online)\b/i);
  const usage = ctx.first(/^\s*--exec, -e\b|Usage: wsl(?:\.exe)? \[|用法: wsl/i);
  const triedNew = ctx.commands.some((c) => /\bwsl(?:\.exe)?\s+--(?:install|version|update|status)\b/i.test(c));
  if (!bad && !(usage && triedNew)) return [];
  const build = ctx.facts.build;
  if (build !== null && build < 19041) return [hit('WIN_BUILD_TOO_OLD', 0.9, bad ?? usage, ctx.facts.buildEvidence), hit('WSL_INBOX_LEGACY', 0.7, bad ?? usage)];
  return [hit('WSL_INBOX_LEGACY', bad ? 0.9 : 0.78, bad ?? usage)];
};

const kernel: Rule = (ctx) => {
  const line = ctx.first(/requires an update to its kernel component|aka\.ms\/wsl2kernel|需要更新其内核组件/i);
  return line ? [hit('WSL_KERNEL_MISSING', 0.85, line)] : [];
};

const service: Rule = (ctx) => {
  const line = ctx.first(/The service cannot be started, either because it is disabled|服务尚未启动|服务无法启动|LxssManager.*(?:disabled|stopped|已禁用)|WslService.*(?:disabled|stopped|已禁用)/i);
  return line ? [hit('WSL_SERVICE_BROKEN', 0.8, line)] : [];
};

/** Errors WSL prints about .wslconfig (Windows side) and /etc/wsl.conf (distro side). */
const configMessages: Rule = (ctx) => {
  const hits: Hit[] = [];
  const wslconfig = ctx.first(/\.wslconfig(?::\d+)?.*|(?:Unknown key|Invalid value|Expected).*\.wslconfig/i);
  if (wslconfig && /unknown key|invalid|expected|error|not supported|falling back/i.test(wslconfig)) hits.push(hit('WSLCONFIG_INVALID', 0.86, wslconfig));
  const kernelPath = ctx.first(/custom kernel (?:was not found|modules? .*not found)|The custom kernel/i);
  if (kernelPath) hits.push(hit('WSLCONFIG_INVALID', 0.8, kernelPath));
  const mirrored = ctx.first(/Mirrored networking mode is not supported|networkingMode.*not supported|dnsTunneling.*not supported|falling back to NAT networking/i);
  if (mirrored) hits.push(hit('WSLCONFIG_INVALID', 0.72, mirrored));
  const wslconf = ctx.first(/\/etc\/wsl\.conf:\d+|(?:Unknown key|Invalid).*\/etc\/wsl\.conf/i);
  if (wslconf) hits.push(hit('WSLCONF_INVALID', 0.88, wslconf));
  return hits;
};

export const wslRules: Rule[] = [codeTable, networkCodes, byPhase, distroPresence, wslVersions, wslFeature, inboxLegacy, kernel, service, configMessages];
