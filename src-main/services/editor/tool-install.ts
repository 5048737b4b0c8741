import { ApiError } from '../../../src-shared/contract';
import { diagnose } from '../../../src-shared/diagnose';
import type { CatalogId } from '../../../src-shared/catalog/ids';
import type { PinnedTool, ToolName } from '../../../src-shared/editor/tools';
import { parseRecords, scriptError } from '../../../src-shared/go/records';
import type { ScriptRunner } from '../../distro-scripts/run';

/**
 * Install the pinned Go tools in the distro as the user (editor-tools.sh)
 * and read back, per tool, its proof line or its diagnosed failure. The
 * go output is the diagnosis input: the script streams each `go install`
 * to stderr after a `$ go install PKG@V` header line, so each tool's own
 * output is the slice after its header.
 */
export interface ToolInstallCall {
  readonly distro: string;
  readonly user: string;
  readonly tools: readonly PinnedTool[];
  readonly goproxy: string;
  /** '' keeps the user's (or go's default) GOSUMDB. */
  readonly gosumdb: string;
  /** Proxy URL from the network step; travels in GWS_PROXY, never argv. */
  readonly proxyUrl?: string | null;
  /** Per tool: a proxy that does not answer must not hang the step. */
  readonly perToolTimeoutS: number;
}

export interface ToolOutcome {
  readonly name: ToolName;
  readonly version: string;
  readonly ok: boolean;
  /** The first line of `gopls version` / `dlv version` / `staticcheck -version`. */
  readonly proof: string | null;
  /** The catalog ID that explains a failure (null when ok). */
  readonly catalogId: CatalogId | null;
  readonly evidence: string[];
}

export interface ToolInstallResult {
  readonly gobin: string | null;
  readonly tools: ToolOutcome[];
}

/** The exact arguments editor-tools.sh gets (exported for argv tests). */
export function toolInstallArgs(call: ToolInstallCall): string[] {
  const args = ['--user', call.user, '--goproxy', call.goproxy, '--gosumdb', call.gosumdb, '--timeout', String(call.perToolTimeoutS)];
  for (const t of call.tools) args.push('--tool', t.name, `${t.pkg}@${t.version}`);
  return args;
}

/** `timeout` exits 124 when the limit hit (137 after its -k kill). */
const TIMEOUT_EXITS = new Set(['124', '137']);

export function diagnoseToolFailure(exit: string, output: string): { catalogId: CatalogId; evidence: string[] } {
  if (TIMEOUT_EXITS.has(exit)) return { catalogId: 'NET_TIMEOUT', evidence: [`go install did not finish in time (exit ${exit})`] };
  const best = diagnose(output)[0];
  return best ? { catalogId: best.id, evidence: best.evidence } : { catalogId: 'UNKNOWN', evidence: [] };
}

/** Each tool's slice of stderr, keyed by its `PKG@V` header. */
export function outputPerTool(stderr: string): Map<string, string> {
  const out = new Map<string, string>();
  let key: string | null = null;
  let lines: string[] = [];
  const flush = () => {
    if (key !== null) out.set(key, lines.join('\n'));
  };
  for (const line of stderr.split('\n')) {
    const m = /^\$ go install (\S+)$/.exec(line);
    if (m) {
      flush();
      key = m[1] ?? null;
      lines = [];
    } else if (key !== null) lines.push(line);
  }
  flush();
  return out;
}

export async function installTools(
  runner: ScriptRunner,
  call: ToolInstallCall,
  options: { signal?: AbortSignal; onOutput?: (stream: 'stdout' | 'stderr', text: string) => void } = {},
): Promise<ToolInstallResult> {
  const env = call.proxyUrl ? { GWS_PROXY: call.proxyUrl, WSLENV: 'GWS_PROXY/u' } : undefined;
  const run = await runner.run(
    {
      id: 'editor.tools.install',
      script: 'editor-tools.sh',
      distro: call.distro,
      user: call.user,
      args: toolInstallArgs(call),
      ...(env ? { env } : {}),
      // The script bounds each tool; this bounds the whole run a little above that.
      timeoutMs: (call.perToolTimeoutS + 15) * 1000 * Math.max(1, call.tools.length) + 30_000,
      mutates: true,
      title: 'go install gopls dlv staticcheck',
    },
    { ...(options.signal ? { signal: options.signal } : {}), ...(options.onOutput ? { onOutput: options.onOutput } : {}), secrets: [call.proxyUrl ?? undefined] },
  );
  const records = parseRecords(run.stdout);
  if (run.exit !== 'ok') {
    const err = scriptError(records);
    throw new ApiError('HOST_FAILED', err ? `${err.id}: ${err.detail}` : `editor-tools.sh exited with ${String(run.exitCode)}`, {
      catalogId: err?.id ?? 'UNKNOWN',
      stderrTail: run.stderr.slice(-2000),
    });
  }
  const perTool = outputPerTool(run.stderr);
  const tools = call.tools.map((t): ToolOutcome => {
    const rec = records.find((r) => r.kind === 'tool' && r.fields[0] === t.name);
    if (rec?.fields[1] === 'ok') return { name: t.name, version: t.version, ok: true, proof: rec.fields[2] ?? '', catalogId: null, evidence: [] };
    const exit = rec?.fields[2] ?? 'missing';
    const { catalogId, evidence } = diagnoseToolFailure(exit, perTool.get(`${t.pkg}@${t.version}`) ?? '');
    return { name: t.name, version: t.version, ok: false, proof: null, catalogId, evidence };
  });
  const gobin = records.find((r) => r.kind === 'gobin')?.fields[0] ?? null;
  return { gobin, tools };
}
