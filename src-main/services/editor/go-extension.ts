import type { VsCodeRun } from '../../../src-shared/contract/editor';
import { diagnoseCodeCli } from '../../../src-shared/diagnose/editor';
import { parseRecords, scriptError } from '../../../src-shared/go/records';
import type { ScriptRunner } from '../../distro-scripts/run';
import type { UserTarget } from './project';

/**
 * The Go extension (golang.go) into VS Code's WSL remote: editor-go-extension.sh
 * runs, as the user inside the distro, the Windows install's `bin\code` script,
 * which installs extensions on the WSL side (microsoft/vscode#86232). The
 * proxy travels in GWS_PROXY (WSLENV), never argv, and is used for this run only.
 */
export async function installGoExtension(
  runner: ScriptRunner,
  t: UserTarget,
  codeScript: string,
  proxyUrl: string | null,
  options: { signal?: AbortSignal } = {},
): Promise<VsCodeRun> {
  const env = proxyUrl ? { GWS_PROXY: proxyUrl, WSLENV: 'GWS_PROXY/u' } : undefined;
  const run = await runner.run(
    {
      id: 'editor.go-extension',
      script: 'editor-go-extension.sh',
      distro: t.distro,
      user: t.user,
      args: ['--code', codeScript],
      ...(env ? { env } : {}),
      // The first run may download the VS Code Server (~60 MB) before the extension.
      timeoutMs: 10 * 60_000,
      mutates: true,
      title: 'code --install-extension golang.go (WSL)',
    },
    { ...(options.signal ? { signal: options.signal } : {}), secrets: [proxyUrl ?? undefined] },
  );
  const records = parseRecords(run.stdout);
  if (run.exit === 'ok') return { ok: true, exitCode: 0, catalogId: null, evidence: records.filter((r) => r.kind === 'goext').map((r) => r.fields[1] ?? '') };
  const err = scriptError(records);
  const d = diagnoseCodeCli(run.exitCode === 0 ? 1 : run.exitCode, run.stderr, true);
  return { ok: false, exitCode: run.exitCode, catalogId: d?.id ?? 'VSCODE_CLI_FAILED', evidence: [...(err ? [`${err.id}: ${err.detail}`] : []), ...(d?.evidence ?? [])].slice(0, 4) };
}
