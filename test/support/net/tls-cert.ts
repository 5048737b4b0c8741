import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A certificate made with openssl at test time, issued by a name that no
 * public CA has, as a TLS-inspecting middlebox would present: valid for
 * 127.0.0.1 and localhost, trusted by nobody.
 */
export function makeUntrustedCert(subjectAltName = 'IP:127.0.0.1,DNS:localhost'): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gws-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
        '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1',
        '-subj', '/O=Example Corp/CN=Example Corp TLS Inspection CA',
        '-addext', `subjectAltName=${subjectAltName}`,
      ],
      { stdio: 'ignore', timeout: 20_000 },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
