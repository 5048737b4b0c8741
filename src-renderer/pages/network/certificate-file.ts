/** Far above any single certificate; matches the contract's limit for the PEM text. */
export const MAX_CERTIFICATE_FILE = 12 * 1024;

export type CertificateFile = { ok: true; certificate: string } | { ok: false; reason: 'tooLarge' | 'empty' };

/**
 * What the user picked, as main's network.importCa takes it: PEM text as is,
 * any other file (a DER .cer exported from Windows) as base64. Main parses and
 * checks the certificate; this only reads the file.
 */
export async function readCertificateFile(file: Blob): Promise<CertificateFile> {
  if (file.size === 0) return { ok: false, reason: 'empty' };
  if (file.size > MAX_CERTIFICATE_FILE) return { ok: false, reason: 'tooLarge' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const head = new TextDecoder().decode(bytes.subarray(0, 64));
  if (head.includes('-----BEGIN')) return { ok: true, certificate: new TextDecoder().decode(bytes) };
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return { ok: true, certificate: btoa(binary) };
}
