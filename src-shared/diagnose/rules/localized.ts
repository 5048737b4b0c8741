import type { Hit, Rule } from '../types';
import { hit } from './util';

/**
 * cmd.exe, PowerShell and bash say "this command does not exist" in the
 * user's display language; the command's name is the one part that is never
 * translated. So: find the name, then accept any of the ways the shells word
 * "not recognized / not found" (the notion, not one English sentence).
 */
const NOT_RECOGNIZED =
  /is not recognized|n['’]est pas reconnu|(?:wird|wurde) nicht als Name|nicht erkannt|no se reconoce|não é reconhecido|non è riconosciuto|не является (?:внутренней|именем)|не распознано|不是内部或外部命令|不是內部或外部命令|は、内部コマンドまたは外部コマンド|認識されません|인식되지 않습니다|nie jest rozpoznawan|tanınmıyor/i;

/** The name a not-recognized line is about: 'name' (cmd), "name :" or The term 'name' (PowerShell). */
function unrecognizedName(line: string): string | null {
  const quoted = /['‘’"«„]([\w.+-]+)['‘’"»“]/.exec(line);
  if (quoted?.[1]) return quoted[1];
  const ps = /^([\w.+-]+) ?: /.exec(line.trim());
  return ps?.[1] ?? null;
}

const wslNotRecognized: Rule = (ctx) => {
  for (const line of ctx.lines) {
    if (!NOT_RECOGNIZED.test(line)) continue;
    const name = unrecognizedName(line);
    // No wsl.exe at all: the Windows Subsystem for Linux feature was never turned on.
    if (name && /^wsl(?:\.exe)?$/i.test(name)) return [hit('WSL_FEATURE_MISSING', 0.88, line)];
  }
  return [];
};

/**
 * wsl.exe of a Windows 10 without the Store WSL rejects the options the
 * Store WSL added. The rejection is worded per language ("unrecognized
 * option", "Invalid command line option", "命令行选项无效" ...) but the option
 * keeps its name, so a rejection that names one of those options is enough.
 */
const REJECTED = /unrecognized option|invalid command line option|unknown option|命令行选项无效|無效的命令列選項|無効なコマンド ライン オプション|Ungültige Befehlszeilenoption|Option de ligne de commande non valide|Opción de línea de comandos no válida|Opção de linha de comando inválida|Недопустимый параметр командной строки|Nieprawidłowa opcja wiersza polecenia/i;
const STORE_ERA_OPTION = /--?(?:online|install|version|update|status|manage|web-download|no-distribution|mount|shutdown)\b|:\s*(?:online|install|version|update|status|manage|web-download)\s*$/i;

const storeEraOptionRejected: Rule = (ctx) => {
  const line = ctx.lines.find((l) => REJECTED.test(l) && STORE_ERA_OPTION.test(l));
  if (!line) return [];
  const build = ctx.facts.build;
  if (build !== null && build < 19041) return [hit('WIN_BUILD_TOO_OLD', 0.9, line, ctx.facts.buildEvidence), hit('WSL_INBOX_LEGACY', 0.7, line)];
  return [hit('WSL_INBOX_LEGACY', 0.88, line)];
};

/** "restricted by your Administrator by policy rule": the policy words survive even with unfilled %1/%2. */
const POLICY = /restricted by (?:your )?administrator|by policy rule|restricted by (?:group )?policy|blocked by (?:your organization|policy)|durch (?:eine )?Richtlinie|par une stratégie|por (?:una )?directiva|политик(?:ой|и) (?:группы|ограничен)|策略(?:阻止|限制)|ポリシーによって/i;

const policyBlock: Rule = (ctx) => {
  const hits: Hit[] = [];
  const line = ctx.first(POLICY);
  if (line) hits.push(hit('WSL_GPO_BLOCKED', 0.88, line));
  // WMI's "not found" (WBEM_E_NOT_FOUND) is what WSL reports when a policy hides the class it queries.
  const wmi = ctx.hasCode('0x80041002');
  if (wmi) {
    const why = ctx.first(/\bpolicy\b|Richtlinie|stratégie|directiva|策略|ポリシー/i);
    hits.push(hit('WSL_GPO_BLOCKED', why ? 0.86 : 0.66, wmi.line, why));
  }
  return hits;
};

/**
 * wsl.exe's own messages carry locked parts that no translation touches
 * (microsoft/WSL localization/strings/<lang>/Resources.resw marks them
 * {Locked=...}): the "no distributions" message ends by pointing at both
 * `wsl.exe --list --online` and `wsl.exe --install <Distro>` in every
 * language; the "invalid distribution name" message points at
 * `--list --online` alone, after the name in quotes. The header of a healthy
 * `--list --online` shows only the `--install` one, so it stays quiet.
 */
const LIST_ONLINE = /'wsl(?:\.exe)? --list --online'/;
const INSTALL_DISTRO = /'wsl(?:\.exe)? --install <Distro>'/;

const lockedParts: Rule = (ctx) => {
  const online = ctx.lines.findIndex((l) => LIST_ONLINE.test(l));
  if (online < 0) return [];
  const near = ctx.lines.slice(Math.max(0, online - 2), online + 3);
  const install = near.find((l) => INSTALL_DISTRO.test(l));
  const tableShown = (ctx.facts.distros?.length ?? 0) > 0;
  if (install && !tableShown) return [hit('NO_DISTRO_INSTALLED', 0.85, ctx.lines[online - 1] ?? ctx.lines[online], ctx.lines[online])];
  // A distribution name in quotes just before the pointer: the name was not valid.
  const named = ctx.lines.slice(Math.max(0, online - 1), online + 1).find((l) => /'[^'\s]+'/.test(l.replace(LIST_ONLINE, '')));
  if (!install && named) return [hit('DISTRO_NOT_FOUND', 0.8, named)];
  return [];
};

export const localizedRules: Rule[] = [wslNotRecognized, storeEraOptionRejected, policyBlock, lockedParts];
