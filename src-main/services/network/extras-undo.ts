import type { z } from 'zod';
import { ApiError } from '../../../src-shared/contract';
import type { DistroTarget, UndoNetworkExtrasResult } from '../../../src-shared/contract/network';
import { parseFileChanges } from './changes';
import { runNetScript, tagged, type RunContext } from './command';

/**
 * The undo of the network step's two changes outside Go's own settings: the
 * root certificates importCa installed (files of our own name only), and the
 * git insteadOf rewrites gitSetup set (exactly the values it recorded; other
 * rewrites and the rest of ~/.gitconfig stay). Either part with nothing to
 * undo changes nothing.
 */
export async function undoNetworkExtras(ctx: RunContext, target: DistroTarget): Promise<z.infer<typeof UndoNetworkExtrasResult>> {
  const ca = await runNetScript(ctx, { id: 'net.ca-remove', target, script: 'net-ca-remove.sh', args: [], asRoot: true, mutates: true, timeoutMs: 60_000, title: 'remove imported root certificates' });
  const caError = tagged(ca.stdout, 'ERROR')[0];
  if (caError !== undefined || ca.exit !== 'ok') {
    throw new ApiError('HOST_FAILED', `removing the imported certificates failed: ${caError ?? `exit ${String(ca.exitCode)}`}`.slice(0, 500));
  }
  const git = await runNetScript(ctx, { id: 'net.git-unrewrite', target, script: 'net-git.sh', args: ['unrewrite'], mutates: true, timeoutMs: 30_000, title: 'git config --unset insteadOf' });
  if (git.exit !== 'ok') throw new ApiError('HOST_FAILED', `removing the git rewrites failed: exit ${String(git.exitCode)}`);
  const caChanges = parseFileChanges(ca.stdout);
  return {
    removedCertificates: caChanges.map((c) => c.path),
    removedRewrites: tagged(git.stdout, 'REMOVED_INSTEADOF'),
    changes: [...caChanges, ...parseFileChanges(git.stdout)],
  };
}
