import type { Lang } from '../../src-shared/catalog/types';
import { readPreset, type PresetProblem } from '../../src-shared/preset/problems';
import { presetToWinget, wingetYaml } from '../../src-shared/preset/winget';
import { decodeBytes } from '../../src-shared/util/decode';
import type { DoctorCommand } from './args';
import type { DoctorIo } from './io';

type PresetCommand = Extract<DoctorCommand, { cmd: 'preset-check' | 'preset-winget' }>;

/**
 * `preset check` and `preset winget` (docs/preset.md). A preset is JSON in
 * UTF-8, or UTF-16LE as Windows PowerShell 5.1's Out-File writes it; the
 * detector decides. Exit 0 when valid, 2 with every problem otherwise.
 */
export function presetCommand(command: PresetCommand, input: Uint8Array, io: DoctorIo): number {
  const name = command.file ?? 'standard input';
  const read = readPreset(decodeBytes(input).text);
  if (command.cmd === 'preset-check') {
    if (command.json) {
      io.out(`${JSON.stringify(read.ok ? { valid: true, problems: [] } : { valid: false, problems: read.problems }, null, 2)}\n`);
      return read.ok ? 0 : 2;
    }
    if (read.ok) {
      io.out(`${name}: valid go-wsl-setup.preset/1\n`);
      return 0;
    }
    io.out(problemsText(name, read.problems, command.lang));
    return 2;
  }
  if (!read.ok) {
    io.err(problemsText(name, read.problems, 'both'));
    return 2;
  }
  try {
    const config = presetToWinget(read.preset, { packageId: command.packageId, wizardExe: command.wizardExe });
    io.out(wingetYaml(config, name));
    return 0;
  } catch (e) {
    io.err(`go-wsl-doctor: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

/** One line per problem: the JSON path (or "(file)"), then the reason in each language asked for. */
export function problemsText(name: string, problems: readonly PresetProblem[], lang: Lang | 'both'): string {
  const head = lang === 'zh-CN' ? `${name}：预设无效，共 ${problems.length} 处问题` : `${name}: invalid preset, ${problems.length} problem(s)`;
  const lines = problems.map((p) => {
    const where = p.path === '' ? '(file)' : p.path;
    if (lang === 'both') return `  ${where}: ${p.message.en}\n  ${' '.repeat(where.length)}  ${p.message['zh-CN']}`;
    return `  ${where}: ${p.message[lang]}`;
  });
  return `${head}\n${lines.join('\n')}\n`;
}
