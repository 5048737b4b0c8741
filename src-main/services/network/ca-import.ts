import { Buffer } from 'node:buffer';
import type { z } from 'zod';
import type { Confirmation } from '../../../src-shared/confirm';
import { ApiError } from '../../../src-shared/contract';
import type { DistroTarget, ImportCaResult } from '../../../src-shared/contract/network';
import { parseCaCertificate } from './ca-certificate';
import { parseFileChanges } from './changes';
import { runNetScript, tagged, type RunContext } from './command';

/** What only the person may do here, asked by main (ipc/confirmer.ts): pick the file, and say yes to trusting it. */
export interface CaImportAsk {
  pickCertificate(): Promise<{ readonly bytes: Uint8Array } | null>;
  confirm(question: Confirmation): Promise<boolean>;
}

/** Far above any single certificate: a bigger file is not what IT sends. */
const MAX_FILE = 12 * 1024;

/** The picked file as parseCaCertificate reads it: PEM text as is, anything else (DER .cer from Windows) as base64. */
export function certificateText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ApiError('VALIDATION', 'the file is empty; choose the certificate file from IT');
  if (bytes.length > MAX_FILE) throw new ApiError('VALIDATION', 'the file is too large to be one certificate; choose the root certificate file (.crt, .cer or .pem)');
  const buf = Buffer.from(bytes);
  return buf.subarray(0, 64).toString('latin1').includes('-----BEGIN') ? buf.toString('latin1') : buf.toString('base64');
}

/**
 * A TLS-inspecting company proxy or antivirus re-signs every HTTPS site with
 * its own root; until the distro trusts that root, `go get`, git and curl fail
 * with "certificate signed by unknown authority". Main opens the file dialog,
 * parses and checks the certificate, shows its subject, issuer and SHA-256 in
 * its own dialog, and only on a yes installs it as root with the distro's own
 * update-ca-certificates (Go on Linux reads the same store). Only a file of our
 * own name is added; nothing of the user's is changed.
 */
export async function importCa(ctx: RunContext, target: DistroTarget, ask: CaImportAsk): Promise<z.infer<typeof ImportCaResult>> {
  const picked = await ask.pickCertificate();
  if (picked === null) return { outcome: 'cancelled', certificate: null, changes: [] };
  const ca = parseCaCertificate(certificateText(picked.bytes));
  const certificate = { subject: ca.subject, issuer: ca.issuer, fingerprint256: ca.fingerprint256, validTo: ca.validTo };
  if (!(await ask.confirm({ kind: 'importCa', distro: target.distro, ...certificate }))) return { outcome: 'declined', certificate, changes: [] };
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
  return { outcome: 'installed', certificate, changes: parseFileChanges(out.stdout) };
}
