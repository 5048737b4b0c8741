import type { z } from 'zod';
import { ApiError } from '../../../src-shared/contract';
import type { DistroTarget, ProveItResult, ProveStep } from '../../../src-shared/contract/network';
import { LIMITS } from '../../../src-shared/contract/define';
import { runNetScript, tagged, type RunContext } from './command';

/** Names an error text with a catalog ID; src-shared/diagnose provides it (off main's thread), the wiring passes it in. */
export type Explain = (text: string) => Promise<string | null> | string | null;

export const DEFAULT_PROOF_MODULE = 'rsc.io/quote';

/** STEP_BEGIN name / output / STEP_END name rc ms blocks from net-prove.sh. */
export async function parseSteps(stdout: string, explain: Explain | null): Promise<z.infer<typeof ProveStep>[]> {
  const steps: z.infer<typeof ProveStep>[] = [];
  const re = /^STEP_BEGIN (\w+)\n([\s\S]*?)^STEP_END \1 (\d+) (\d+)$/gm;
  for (const m of stdout.matchAll(re)) {
    const name = m[1] as z.infer<typeof ProveStep>['name'];
    const output = (m[2] ?? '').slice(-LIMITS.text);
    const ok = m[3] === '0';
    steps.push({ name, ok, ms: Number(m[4]), output, finding: ok ? null : ((await explain?.(output)) ?? 'UNKNOWN') });
  }
  return steps;
}

/**
 * A fresh module in the Linux home (never /mnt/c: the Windows drive is slow
 * through 9P and does not keep Linux permissions), go run, go get of a real
 * module through the chosen GOPROXY, go test; cgo on request.
 */
export async function proveIt(ctx: RunContext, target: DistroTarget, input: { module?: string; cgo: boolean }, explain: Explain | null): Promise<z.infer<typeof ProveItResult>> {
  const out = await runNetScript(ctx, {
    id: 'net.prove',
    target,
    script: 'net-prove.sh',
    args: [input.module ?? DEFAULT_PROOF_MODULE, input.cgo ? '1' : '0'],
    timeoutMs: 1_300_000,
    mutates: true,
    title: 'go run / go get / go test',
  });
  const refused = tagged(out.stdout, 'ERROR')[0];
  // The only folder the proof removes is one it made; anything else is the user's and stops us.
  if (refused !== undefined) throw new ApiError('CONFLICT', `proof not run: ${refused.slice(0, 300)}`);
  const steps = await parseSteps(out.stdout, explain);
  const expected = input.cgo ? 5 : 4;
  return { workdir: tagged(out.stdout, 'WORKDIR')[0] ?? '', steps, ok: steps.length === expected && steps.every((s) => s.ok) };
}
