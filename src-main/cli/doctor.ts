import { diagnose } from '../../src-shared/diagnose/index';
import { decodeInput, parseKind } from '../../src-shared/parse/index';
import { parseArgs, USAGE } from './args';
import { nodeIo, type DoctorIo } from './io';
import { presetCommand } from './preset';
import { explainJson, explainText } from './render';

/**
 * `go-wsl-doctor`: the wizard's parsers and diagnoser without a window
 * (DOCTOR-CLI.md). Exit 0 whenever the input could be read, whatever was
 * found; 2 for a usage error or an unreadable file, with the reason on stderr.
 */
export async function main(argv: readonly string[], io: DoctorIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`go-wsl-doctor: ${parsed.reason}\n\n${USAGE}`);
    return 2;
  }
  const command = parsed.command;
  if (command.cmd === 'help') {
    io.out(USAGE);
    return 0;
  }

  let input: Uint8Array;
  try {
    if (command.file !== null) input = await io.readFile(command.file);
    else if (io.stdinIsTty) {
      io.err(`go-wsl-doctor: no FILE given and standard input is a terminal\n\n${USAGE}`);
      return 2;
    } else input = await io.readStdin();
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    io.err(`go-wsl-doctor: cannot read ${command.file ?? 'standard input'}: ${reason}\n`);
    return 2;
  }

  if (command.cmd === 'preset-check' || command.cmd === 'preset-winget') return presetCommand(command, input, io);

  // Detection happens in the parsers; a named encoding is applied here, once.
  const raw = command.encoding === 'auto' ? input : decodeInput(input, command.encoding);
  if (command.cmd === 'parse') {
    io.out(`${JSON.stringify(parseKind(command.kind, raw), null, 2)}\n`);
    return 0;
  }
  const findings = diagnose(raw);
  io.out(command.json ? `${JSON.stringify(explainJson(findings, command.lang), null, 2)}\n` : explainText(findings, command.lang));
  return 0;
}

/**
 * Run when this bundle is the program: `node out/cli/doctor.cjs` or the
 * bin/go-wsl-doctor.cjs wrapper that requires it. Imported by tests (ESM,
 * no `require`), it only exports main.
 */
function isEntry(): boolean {
  if (typeof require === 'undefined') return false;
  const entry = require.main?.filename ?? '';
  return /(?:^|[\\/])(?:go-wsl-doctor(?:\.c?js)?|doctor\.cjs)$/.test(entry);
}

if (isEntry()) {
  main(process.argv.slice(2), nodeIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`go-wsl-doctor: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
