import type { z } from 'zod';
import { ApiError } from '../../../src-shared/contract';
import type { ApplyGoproxyResult, DistroTarget, UndoGoproxyResult } from '../../../src-shared/contract/network';
import { goproxyValue, normaliseGoprivate } from '../../../src-shared/network/goproxy';
import { parseFileChanges } from './changes';
import { runNetScript, tagged, type RunContext } from './command';

export interface ApplyGoproxyInput {
  readonly goproxy: string;
  readonly gosumdb: 'sum.golang.org' | 'sum.golang.google.cn';
  readonly goprivate?: string;
  readonly fixOverrides: boolean;
}

/** Go's own words when an exported variable beats `go env -w` (cmd/go/internal/envcmd). */
const OVERRIDE_WARNING = /does not override conflicting OS environment variable/;

export async function applyGoproxy(ctx: RunContext, target: DistroTarget, input: ApplyGoproxyInput): Promise<z.infer<typeof ApplyGoproxyResult>> {
  const priv = normaliseGoprivate(input.goprivate ?? '');
  if ('error' in priv) throw new Error('GOPRIVATE already validated by the contract');
  const out = await runNetScript(ctx, {
    id: 'net.goproxy-apply',
    target,
    script: 'net-goproxy-apply.sh',
    args: [goproxyValue(input.goproxy), input.gosumdb, priv.value, input.fixOverrides ? '1' : '0'],
    timeoutMs: 60_000,
    mutates: true,
    title: 'go env -w GOPROXY',
  });
  const overrides = tagged(out.stdout, 'OVERRIDE').flatMap((l) => {
    const m = /^(\S+) (\d+) ([A-Z]+)$/.exec(l);
    return m ? [{ file: m[1] ?? '', line: Number(m[2]), name: m[3] ?? '' }] : [];
  });
  const changes = parseFileChanges(out.stdout);
  const goenv = new Map(tagged(out.stdout, 'GOENV').map((l) => [l.split(' ')[0] ?? '', l.slice(l.indexOf(' ') + 1)]));
  const errors = tagged(out.stdout, 'GOENV_W_ERR').join('\n');
  const findings: string[] = [];
  const fixed = new Set(changes.filter((c) => c.action === 'written').map((c) => c.path));
  if (OVERRIDE_WARNING.test(errors) || overrides.some((o) => !fixed.has(o.file))) findings.push('GOENV_OVERRIDDEN_BY_OS_ENV');
  if (/command not found/.test(errors)) findings.push('GO_NOT_FOUND');
  return {
    goproxy: goenv.get('GOPROXY') ?? '',
    gosumdb: goenv.get('GOSUMDB') ?? '',
    goprivate: goenv.get('GOPRIVATE') ?? '',
    overrides,
    changes,
    findings,
  };
}

/**
 * The undo of applyGoproxy: the three variables back to their values before the
 * wizard's first write (kept by the apply script), and the init-file exports it
 * commented out active again. Other `go env -w` settings are left alone.
 */
export async function undoGoproxy(ctx: RunContext, target: DistroTarget): Promise<z.infer<typeof UndoGoproxyResult>> {
  const out = await runNetScript(ctx, { id: 'net.goproxy-undo', target, script: 'net-goproxy-undo.sh', args: [], timeoutMs: 60_000, mutates: true, title: 'undo go env -w GOPROXY' });
  const error = tagged(out.stdout, 'ERROR')[0];
  if (error !== undefined || out.exit !== 'ok') {
    throw new ApiError('HOST_FAILED', `undoing the Go proxy settings failed: ${error ?? `exit ${String(out.exitCode)}`}`.slice(0, 500));
  }
  const goenv = new Map(tagged(out.stdout, 'GOENV').map((l) => [l.split(' ')[0] ?? '', l.slice(l.indexOf(' ') + 1)]));
  return { goproxy: goenv.get('GOPROXY') ?? '', gosumdb: goenv.get('GOSUMDB') ?? '', goprivate: goenv.get('GOPRIVATE') ?? '', changes: parseFileChanges(out.stdout) };
}
