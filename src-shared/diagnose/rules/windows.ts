import type { Rule } from '../types';
import { fallbackHit, hit } from './util';

/**
 * Windows itself: version, architecture, optional components (DISM),
 * elevation, policy, reboots, disk, bcdedit, Winsock. Codes first; phrases
 * only where Windows prints no code, in the languages we have seen.
 */
const MIN_WSL2_BUILD = 19041;

const buildTooOld: Rule = (ctx) => {
  const hits = [];
  const { build, buildEvidence } = ctx.facts;
  if (build !== null && build < MIN_WSL2_BUILD) hits.push(hit('WIN_BUILD_TOO_OLD', 0.88, buildEvidence));
  // VirtualMachinePlatform exists since build 18917: "unknown" means an older Windows.
  const vmpUnknown = ctx.first(/VirtualMachinePlatform\b.*(?:is unknown|未知|inconnu|unbekannt|desconocid|sconosciut|неизвест)/i);
  if (vmpUnknown) hits.push(hit('WIN_BUILD_TOO_OLD', 0.9, vmpUnknown));
  return hits;
};

const not64Bit: Rule = (ctx) => {
  if (ctx.facts.is64Bit === false) return [hit('WIN_NOT_64BIT', 0.95, `architecture=${ctx.facts.architecture ?? '32-bit'}`)];
  const line = ctx.first(/^\s*(?:OsArchitecture|OSArchitecture)\s*:\s*32|^\s*(?:System Type|系统类型|Systemtyp|Type du système)\s*[:：]\s*X86-based/i);
  return line ? [hit('WIN_NOT_64BIT', 0.88, line)] : [];
};

const DISM_CODES = ['0x800f0819', '0xc004000d', '0x8007371b', '0x800f081f', '0x800f0922', '0x800f0906', '0x800f0950', '0x800f0831', '0x800f080c', '0x80073701', '0x800f0988', '0x800f0982'];

const optionalComponent: Rule = (ctx) => {
  const c = ctx.hasCode(...DISM_CODES);
  if (c) return [hit('OPTIONAL_COMPONENT_ENABLE_FAILED', 0.9, c.raw, c.line)];
  const wslUnknown = ctx.first(/Microsoft-Windows-Subsystem-Linux\b.*(?:is unknown|未知|inconnu|unbekannt)/i);
  if (wslUnknown) return [hit('OPTIONAL_COMPONENT_ENABLE_FAILED', 0.8, wslUnknown)];
  // A DISM cmdlet failed and nothing more specific explains it (the message is localised, the frame is not).
  const frame = ctx.first(/FullyQualifiedErrorId\s*:\s*Microsoft\.Dism\.Commands\.\w+|^\s*(?:Enable|Disable)-WindowsOptionalFeature\s*:|^\s*DISM failed|^\s*Error:\s*\d+\s*$/i);
  return frame ? [fallbackHit('OPTIONAL_COMPONENT_ENABLE_FAILED', 0.62, frame)] : [];
};

const ELEVATION = /requires elevation|run (?:it |this )?as (?:an )?administrator|需要提升|请以管理员身份|erhöhte Rechte|nécessite une élévation|requiere elevación|требуется повышение|Access is denied|拒绝访问|Zugriff verweigert|Accès refusé|Acceso denegado/i;

const elevation: Rule = (ctx) => {
  const c = ctx.hasCode('0x80070005', 'E_ACCESSDENIED', '0x800702e4', 'ERROR_ELEVATION_REQUIRED');
  if (c) return [hit('WSL_ELEVATION_DENIED', 0.88, c.raw, c.line)];
  // 0x8004030b during registration was solved by running elevated (microsoft/WSL#12574).
  const reg = ctx.hasCode('0x8004030b');
  if (reg) return [hit('WSL_ELEVATION_DENIED', 0.72, reg.raw, reg.line)];
  const cancelled = ctx.hasCode('0x800704c7', 'ERROR_CANCELLED');
  if (cancelled) return [hit('WSL_ELEVATION_DENIED', 0.75, cancelled.raw, cancelled.line)];
  const line = ctx.first(ELEVATION);
  return line ? [hit('WSL_ELEVATION_DENIED', 0.87, line)] : [];
};

const gpo: Rule = (ctx) => {
  if (ctx.facts.policyBlocksWsl === true) return [hit('WSL_GPO_BLOCKED', 0.9, 'policyBlocksWsl=true')];
  const c = ctx.hasCode('0x800711c7', '0x800704ec', 'ERROR_ACCESS_DISABLED_BY_POLICY');
  if (c) return [hit('WSL_GPO_BLOCKED', 0.9, c.raw, c.line)];
  // ConstrainedLanguage (AppLocker/WDAC) stops the PowerShell that elevates an action: the message and its error id (samersultan/wsus-cleanup#6).
  const line = ctx.first(/blocked by (?:your |the )?(?:system )?administrator|blocked by (?:group )?policy|disabled by (?:group )?policy|group policy|Device Guard|组策略|管理员已阻止|Gruppenrichtlinie|stratégie de groupe|supported only on core types in this language mode|Only core types are supported in this language mode|CannotCreateTypeConstrainedLanguage/i);
  return line ? [hit('WSL_GPO_BLOCKED', 0.85, line)] : [];
};

const REBOOT =
  /changes will not be effective until the (?:system|computer) is (?:rebooted|restarted)|restart (?:your|the) (?:computer|system|pc|machine)|restart windows|(?:reboot|restart) (?:is )?required|requires? a (?:restart|reboot)|pending (?:reboot|restart)|需要重新启动|请重启|重新启动系统|重启系统|重新启动计算机|重启计算机|Neustart erforderlich|Computer neu starten|redémarrer (?:l'ordinateur|votre|le système)|reinicie (?:el|su) (?:equipo|sistema)|перезагрузите компьютер/i;

const reboot: Rule = (ctx) => {
  const hits = [];
  const c = ctx.hasCode('0x80070bc2', '0x80070bc9', '0x80070669', 'ERROR_SUCCESS_REBOOT_REQUIRED');
  if (c) hits.push(hit('WSL_REBOOT_PENDING', 0.9, c.raw, c.line));
  const line = ctx.first(REBOOT);
  if (line) hits.push(hit('WSL_REBOOT_PENDING', 0.86, line));
  const pending = [ctx.facts.vmpState, ctx.facts.wslFeatureState].some((s) => s === 'EnablePending');
  if (pending) hits.push(hit('WSL_REBOOT_PENDING', 0.85, 'feature state=EnablePending'));
  if (ctx.facts.rebootPending === true) hits.push(hit('WSL_REBOOT_PENDING', 0.55, 'rebootPending=true'));
  return hits;
};

const LOW_DISK_BYTES = 4 * 1024 ** 3;

const disk: Rule = (ctx) => {
  const c = ctx.hasCode('0x80070070', 'ERROR_DISK_FULL', '0x80070027', 'ERROR_HANDLE_DISK_FULL');
  if (c) return [hit('DISK_SPACE_LOW', 0.92, c.raw, c.line)];
  const line = ctx.first(/not enough (?:disk )?space|no space left on device|磁盘空间不足|空间不足|Nicht genügend Speicherplatz|espace disque insuffisant|espacio en disco insuficiente/i);
  if (line) return [hit('DISK_SPACE_LOW', 0.88, line)];
  const free = ctx.facts.systemDriveFreeBytes;
  return free !== null && free < LOW_DISK_BYTES ? [hit('DISK_SPACE_LOW', 0.7, `systemDriveFreeBytes=${free}`)] : [];
};

const bcdedit: Rule = (ctx) => {
  const line = ctx.first(/The set command specified is not valid|指定的 ?set ?命令无效|Der angegebene set-Befehl ist ungültig|La commande set spécifiée n.est pas valide/i);
  return line ? [hit('BCDEDIT_QUOTING', 0.92, line)] : [];
};

const winsock: Rule = (ctx) => {
  const c = ctx.hasCode('0x8007273f', 'WSAEAFNOSUPPORT');
  if (c) return [hit('WINSOCK_CATALOG_BROKEN', 0.95, c.raw, c.line)];
  const line = ctx.first(/An address incompatible with the requested protocol was used/i);
  return line ? [hit('WINSOCK_CATALOG_BROKEN', 0.8, line)] : [];
};

export const windowsRules: Rule[] = [buildTooOld, not64Bit, optionalComponent, elevation, gpo, reboot, disk, bcdedit, winsock];
