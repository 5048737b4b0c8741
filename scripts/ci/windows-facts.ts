/**
 * Windows CI only (.github/workflows/windows.yml, job "facts"): runs the real
 * facts script under Windows PowerShell 5.1 through the app's own runner and
 * host, exactly as the installed app would, and saves the raw bytes as a
 * transcript artifact. Fails (exit 1) when:
 *   - the facts output is not JSON, or the app's parser rejects it;
 *   - the facts name a console code page and the bytes are not in it, or it is
 *     not the code page PowerShell reports for itself in a second run;
 *   - the Windows folder the installed app resolves (kernel \SystemRoot, see
 *     windows-paths.ts) differs from the known folder FOLDERID_Windows.
 * Bundled in the workflow with esbuild (out/ci/windows-facts.cjs); not shipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { powershellSpec } from '../../src-main/host/commands/powershell';
import { windowsFactsSpec } from '../../src-main/host/commands/windows-facts';
import { windowsDirectory } from '../../src-main/host/commands/windows-paths';
import { setPackaged } from '../../src-main/host/packaged';
import { WindowsHost } from '../../src-main/host/windows-host';
import { parseVsCodeFacts } from '../../src-shared/editor/vscode-facts';
import { parseWindowsFactsJson } from '../../src-shared/parse/windows-facts';

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

/** A code page field, whatever the facts script names it (consoleCodePage, outputCodePage...). */
function codePageOf(json: Record<string, unknown>): number | null {
  for (const [key, value] of Object.entries(json)) {
    if (/code\s*page/i.test(key.replace(/([a-z])([A-Z])/g, '$1 $2')) && typeof value === 'number') return value;
  }
  return null;
}

async function main(): Promise<void> {
  if (process.platform !== 'win32') throw new Error('windows-facts runs on Windows only');
  const outDir = path.resolve(process.argv[2] ?? 'artifacts/windows');
  fs.mkdirSync(outDir, { recursive: true });
  // As the installed app: System32 from the kernel's \SystemRoot, no test hooks.
  setPackaged(true);
  const host = new WindowsHost();

  const spec = windowsFactsSpec();
  const result = await host.run(spec);
  fs.writeFileSync(path.join(outDir, 'facts.stdout.bin'), result.stdoutBytes);
  fs.writeFileSync(path.join(outDir, 'facts.stderr.bin'), result.stderrBytes);
  fs.writeFileSync(
    path.join(outDir, 'facts.transcript.json'),
    `${JSON.stringify(
      {
        source: 'windows.yml on a GitHub windows-latest runner: the app runner (src-main/host/runner.ts) running WINDOWS_FACTS_SCRIPT in Windows PowerShell 5.1',
        probe: spec.id,
        program: spec.argv[0],
        exitCode: result.exitCode,
        timedOut: result.timedOut,
        encoding: result.encoding,
        stdoutBase64: Buffer.from(result.stdoutBytes).toString('base64'),
        stderrBase64: Buffer.from(result.stderrBytes).toString('base64'),
      },
      null,
      2,
    )}\n`,
  );
  check(result.exitCode === 0 && !result.timedOut, `facts script exited ${result.exitCode}${result.timedOut ? ' (timed out)' : ''}`);
  console.log(`program: ${spec.argv[0]}`);

  let json: Record<string, unknown> | null = null;
  try {
    json = JSON.parse(result.stdout) as Record<string, unknown>;
  } catch (e) {
    console.log(result.stdout.slice(0, 2000));
    check(false, `facts output is JSON (${(e as Error).message})`);
  }
  if (json) {
    check(true, 'facts output is JSON');
    try {
      const facts = parseWindowsFactsJson(result.stdout);
      console.log(JSON.stringify(facts));
      check(true, 'the app parses the facts');
    } catch (e) {
      check(false, `the app parses the facts (${(e as Error).message})`);
    }
    // The Editor step's part ran (in 5.1, from ConstrainedLanguage-safe cmdlets): what it found is printed, not judged.
    const vscode = parseVsCodeFacts(result.stdoutBytes);
    console.log(JSON.stringify(vscode));
    check(vscode.known, 'the facts carry the VS Code fields');
    const cp = codePageOf(json);
    if (cp === null) {
      console.log('the facts name no console code page (field not added yet): code page check skipped');
    } else {
      const name = cp === 65001 ? 'utf8' : `cp${cp}`;
      const supported = iconv.encodingExists(name);
      check(supported, `iconv-lite knows code page ${cp}`);
      if (supported) {
        let again: unknown = null;
        try {
          again = codePageOf(JSON.parse(iconv.decode(Buffer.from(result.stdoutBytes), name)) as Record<string, unknown>);
        } catch {
          again = null;
        }
        check(again === cp, `the bytes decode as code page ${cp} to the same facts`);
      }
      const own = await host.run(powershellSpec('ci.codepage', '[Console]::OutputEncoding.CodePage', undefined, { timeoutMs: 30_000 }));
      check(Number(own.stdout.trim()) === cp, `PowerShell 5.1 to a pipe reports code page ${own.stdout.trim()}; the facts say ${cp}`);
    }
  }

  const known = await host.run(powershellSpec('ci.windir', "[Environment]::GetFolderPath('Windows')", undefined, { timeoutMs: 30_000 }));
  const resolved = windowsDirectory({ packaged: true });
  check(known.stdout.trim().toLowerCase() === resolved.toLowerCase(), `Windows folder: kernel \\SystemRoot gives ${resolved}, FOLDERID_Windows ${known.stdout.trim()}`);

  if (failures.length > 0) {
    console.error(`${failures.length} check(s) failed`);
    process.exit(1);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
