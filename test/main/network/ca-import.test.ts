import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src-shared/contract';
import type { Confirmation } from '../../../src-shared/confirm';
import { parseCaCertificate } from '../../../src-main/services/network/ca-certificate';
import { NetworkService } from '../../../src-main/services/network';
import { BashHost } from '../../support/net/bash-host';
import { makeNetSandbox } from '../../support/net/sandbox';
import { startTlsServer, type Running } from '../../support/net/servers';
import { makeUntrustedCert } from '../../support/net/tls-cert';

const target = { distro: 'Ubuntu', user: 'tester' };

/** A certificate that is not a CA (what a user might pick by mistake: a server's own certificate). */
function makeLeafCert(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gws-leaf-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'), '-days', '1', '-subj', '/CN=server.example', '-addext', 'basicConstraints=critical,CA:FALSE'], { stdio: 'ignore' });
    return readFileSync(join(dir, 'c.pem'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pemToDerBase64(pem: string): string {
  return pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
}

/** Main's file dialog and confirmation, played by the test: what the person picks and answers; what main asked. */
function person(file: string | Uint8Array | null, answer: boolean) {
  const asked: Confirmation[] = [];
  return {
    asked,
    pickCertificate: async () => (file === null ? null : { bytes: typeof file === 'string' ? Buffer.from(file, 'latin1') : file }),
    confirm: async (q: Confirmation) => {
      asked.push(q);
      return answer;
    },
  };
}

let ca: { key: string; cert: string };
beforeAll(() => {
  ca = makeUntrustedCert();
});

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof ApiError ? `${e.code}: ${e.message}` : String(e);
  }
  return 'no error';
};

describe('parseCaCertificate', () => {
  it('reads a PEM root certificate and names its file by fingerprint', () => {
    const c = parseCaCertificate(ca.cert);
    expect(c.subject).toContain('CN=Example Corp TLS Inspection CA');
    expect(c.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(c.fileStem).toBe(`go-wsl-setup-${c.fingerprint256.replace(/:/g, '').slice(0, 16).toLowerCase()}`);
  });

  it('reads the same certificate from a DER file sent as base64 (a .cer from Windows)', () => {
    expect(parseCaCertificate(pemToDerBase64(ca.cert)).fingerprint256).toBe(parseCaCertificate(ca.cert).fingerprint256);
  });

  it('refuses what is not exactly one valid, unexpired CA certificate, saying what to ask for', () => {
    expect(code(() => parseCaCertificate(ca.cert + '\n' + ca.cert))).toMatch(/^VALIDATION: the file holds several certificates/);
    expect(code(() => parseCaCertificate('hello, this is a text file about certificates'))).toMatch(/^VALIDATION: this is not a certificate file/);
    expect(code(() => parseCaCertificate('QUJD'.repeat(20)))).toMatch(/^VALIDATION: this is not a certificate file/);
    expect(code(() => parseCaCertificate(ca.key))).toMatch(/^VALIDATION: this is not a certificate file/);
    expect(code(() => parseCaCertificate(makeLeafCert()))).toMatch(/^VALIDATION: this is a server certificate, not a root \(CA\) certificate/);
    expect(code(() => parseCaCertificate(ca.cert, new Date(Date.now() + 400 * 86_400_000)))).toMatch(/^VALIDATION: this certificate expired on /);
  });
});

describe('importCa in a sandbox distro (real openssl and update-ca-certificates)', () => {
  let tls: Running;
  beforeAll(async () => {
    tls = await startTlsServer(ca.key, ca.cert);
  });
  afterAll(async () => {
    await tls?.close();
  });

  it('makes an inspecting proxy\'s certificate trusted in the distro, once, touching only its own file', async () => {
    const sb = makeNetSandbox();
    try {
      // An (empty) trust store laid out like Ubuntu's.
      for (const d of ['etc/ssl/certs', 'usr/share/ca-certificates', 'usr/local/share/ca-certificates', 'etc/ca-certificates/update.d']) mkdirSync(sb.path(d), { recursive: true });
      writeFileSync(sb.path('etc/ca-certificates.conf'), '');
      writeFileSync(sb.path('usr/local/share/ca-certificates/their-own.crt'), 'not ours, left alone\n');
      const svc = new NetworkService(new BashHost({ root: sb.root, home: sb.home }));
      const host = `localhost:${tls.port}`;

      const before = await svc.tlsCheck({ target, hosts: [host] });
      expect(before.hosts[0]).toMatchObject({ connected: true, trusted: false, finding: 'TLS_UNTRUSTED' });
      expect(before.importCaNeeded).toBe(true);

      // The person picks the file and says no in main's dialog: nothing is written.
      const no = person(ca.cert, false);
      expect(await svc.importCa({ target }, no)).toMatchObject({ outcome: 'declined', changes: [] });
      expect(readdirSync(sb.path('usr/local/share/ca-certificates'))).toEqual(['their-own.crt']);
      // No file picked: nothing asked, nothing written.
      const none = person(null, true);
      expect(await svc.importCa({ target }, none)).toEqual({ outcome: 'cancelled', certificate: null, changes: [] });
      expect(none.asked).toEqual([]);

      const yes = person(ca.cert, true);
      const r = await svc.importCa({ target }, yes);
      const c = parseCaCertificate(ca.cert);
      // Main's dialog showed the real certificate: subject, issuer, SHA-256 and the distro.
      expect(yes.asked).toEqual([{ kind: 'importCa', distro: 'Ubuntu', subject: c.subject, issuer: c.issuer, fingerprint256: c.fingerprint256, validTo: c.validTo }]);
      expect(no.asked).toEqual(yes.asked);
      const file = `${sb.root}/usr/local/share/ca-certificates/${c.fileStem}.crt`;
      expect(r.outcome).toBe('installed');
      expect(r.changes).toEqual([{ action: 'written', path: file, backup: null }]);
      expect(r.certificate?.subject).toContain('Example Corp TLS Inspection CA');
      expect(readFileSync(sb.path('etc/ssl/certs/ca-certificates.crt'), 'utf8')).toContain(readFileSync(file, 'utf8').split('\n')[1]);
      expect(readFileSync(sb.path('usr/local/share/ca-certificates/their-own.crt'), 'utf8')).toBe('not ours, left alone\n');

      const after = await svc.tlsCheck({ target, hosts: [host] });
      expect(after.hosts[0]).toMatchObject({ connected: true, trusted: true, intercepted: true, finding: null });
      expect(after.importCaNeeded).toBe(false);

      // Again: nothing changes. From a DER file (a .cer exported from Windows): the same file.
      const again = await svc.importCa({ target }, person(Buffer.from(pemToDerBase64(ca.cert), 'base64'), true));
      expect(again.changes).toEqual([{ action: 'unchanged', path: file, backup: null }]);
      expect(readdirSync(sb.path('usr/local/share/ca-certificates')).sort()).toEqual([`${parseCaCertificate(ca.cert).fileStem}.crt`, 'their-own.crt']);
    } finally {
      sb.cleanup();
    }
  });

  it('undo removes only the certificates it imported, rebuilds the store, and is a no-op the second time', async () => {
    const sb = makeNetSandbox();
    try {
      for (const d of ['etc/ssl/certs', 'usr/share/ca-certificates', 'usr/local/share/ca-certificates', 'etc/ca-certificates/update.d']) mkdirSync(sb.path(d), { recursive: true });
      writeFileSync(sb.path('etc/ca-certificates.conf'), '');
      // IT's own root, installed by hand, with a name close to ours: it stays trusted.
      const theirs = makeUntrustedCert();
      writeFileSync(sb.path('usr/local/share/ca-certificates/go-wsl-setup-mine.crt'), theirs.cert);
      const svc = new NetworkService(new BashHost({ root: sb.root, home: sb.home }));
      const host = `localhost:${tls.port}`;
      await svc.importCa({ target }, person(ca.cert, true));
      expect((await svc.tlsCheck({ target, hosts: [host] })).hosts[0]).toMatchObject({ trusted: true });

      const undone = await svc.undoExtras({ target });
      const file = `${sb.root}/usr/local/share/ca-certificates/${parseCaCertificate(ca.cert).fileStem}.crt`;
      expect(undone.removedCertificates).toEqual([file]);
      expect(undone.removedRewrites).toEqual([]);
      expect(undone.changes).toEqual([{ action: 'removed', path: file, backup: null }]);
      expect(readdirSync(sb.path('usr/local/share/ca-certificates'))).toEqual(['go-wsl-setup-mine.crt']);
      const bundle = readFileSync(sb.path('etc/ssl/certs/ca-certificates.crt'), 'utf8');
      expect(bundle).not.toContain(ca.cert.split('\n')[1]);
      expect(bundle).toContain(theirs.cert.split('\n')[1]);
      // The proxy's certificate is untrusted again: the network step would offer the import again.
      const after = await svc.tlsCheck({ target, hosts: [host] });
      expect(after.hosts[0]).toMatchObject({ connected: true, trusted: false, finding: 'TLS_UNTRUSTED' });

      const again = await svc.undoExtras({ target });
      expect(again).toEqual({ removedCertificates: [], removedRewrites: [], changes: [] });
    } finally {
      sb.cleanup();
    }
  });

  it('refuses a non-CA file before anything runs in the distro', async () => {
    const sb = makeNetSandbox();
    try {
      const host = new BashHost({ root: sb.root, home: sb.home });
      const p = person(makeLeafCert(), true);
      await expect(new NetworkService(host).importCa({ target }, p)).rejects.toMatchObject({ code: 'VALIDATION' });
      // An empty or oversized file is refused too, before anything is asked or run.
      await expect(new NetworkService(host).importCa({ target }, person('', true))).rejects.toMatchObject({ code: 'VALIDATION' });
      await expect(new NetworkService(host).importCa({ target }, person(new Uint8Array(13 * 1024), true))).rejects.toMatchObject({ code: 'VALIDATION' });
      expect(p.asked).toEqual([]);
      expect(host.seen).toEqual([]);
    } finally {
      sb.cleanup();
    }
  });
});
