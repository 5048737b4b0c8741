import type { z } from 'zod';
import { ApiError } from '../../../src-shared/contract';
import type { DistroTarget, ImportCaResult } from '../../../src-shared/contract/network';
import { parseCaCertificate } from './ca-certificate';
import { parseFileChanges } from './changes';
import { runNetScript, tagged, type RunContext } from './command';

/**
 * A TLS-inspecting company proxy or antivirus re-signs every HTTPS site with
 * its own root; until the distro trusts that root, `go get`, git and curl fail
 * with "certificate signed by unknown authority". The certificate is parsed and
 * checked here, then installed as root with the distro's own
 * update-ca-certificates (Go on Linux reads the same store). Only a file of our
 * own name is added; nothing of the user's is changed.
 */
export async function importCa(ctx: RunContext, target: DistroTarget, certificate: string): Promise<z.infer<typeof ImportCaResult>> {
  const ca = parseCaCertificate(certificate);
  const out = await runNetScript(ctx, {
    id: 'net.ca-import',
    target,
    script: 'net-ca-import.sh',
    args: [ca.fileStem, ca.der.toString('base64')],
    asRoot: true,
    mutates: true,
    timeoutMs: 60_000,
    title: 'update-ca-certificates',
  });
  const error = tagged(out.stdout, 'ERROR')[0];
  if (error !== undefined || out.exit !== 'ok' || tagged(out.stdout, 'STORE').length === 0) {
    throw new ApiError('HOST_FAILED', `installing the certificate failed: ${error ?? `exit ${String(out.exitCode)}`}`.slice(0, 500));
  }
  return { subject: ca.subject, issuer: ca.issuer, fingerprint256: ca.fingerprint256, validTo: ca.validTo, changes: parseFileChanges(out.stdout) };
}
