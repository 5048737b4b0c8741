import { Buffer } from 'node:buffer';
import { X509Certificate } from 'node:crypto';
import { ApiError } from '../../../src-shared/contract';

export interface CaCertificate {
  readonly der: Buffer;
  readonly subject: string;
  readonly issuer: string;
  readonly fingerprint256: string;
  readonly validTo: string;
  /** The file stem in the distro's store: ours, and the same for the same certificate. */
  readonly fileStem: string;
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+?)-----END CERTIFICATE-----/g;

/**
 * The root certificate a user picked (from IT: .crt, .cer or .pem; PEM text or
 * DER sent as base64), checked before anything touches the distro: exactly one
 * certificate, that parses, is a certificate authority, and has not expired.
 * Each refusal says what to ask IT for instead.
 */
export function parseCaCertificate(input: string, now: Date = new Date()): CaCertificate {
  const blocks = [...input.matchAll(PEM_BLOCK)].map((m) => m[1] ?? '');
  if (blocks.length > 1) throw invalid('the file holds several certificates; choose the file with only the root (CA) certificate');
  const base64 = (blocks[0] ?? input).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) throw invalid('this is not a certificate file (.crt, .cer or .pem)');
  const der = Buffer.from(base64, 'base64');
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(der);
  } catch {
    throw invalid('this is not a certificate file (.crt, .cer or .pem)');
  }
  if (!cert.ca) throw invalid('this is a server certificate, not a root (CA) certificate; ask IT for the root certificate');
  if (new Date(cert.validTo).getTime() < now.getTime()) throw invalid(`this certificate expired on ${cert.validTo}`);
  const fingerprint256 = cert.fingerprint256;
  return {
    der,
    // Node gives one attribute per line; one line reads better in the UI and the report.
    subject: cert.subject.split('\n').join(', '),
    issuer: cert.issuer.split('\n').join(', '),
    fingerprint256,
    validTo: cert.validTo,
    fileStem: `go-wsl-setup-${fingerprint256.replace(/:/g, '').slice(0, 16).toLowerCase()}`,
  };
}

function invalid(message: string): ApiError {
  return new ApiError('VALIDATION', message);
}
