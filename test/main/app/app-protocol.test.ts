import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

/**
 * The app:// handler with Electron's protocol and net faked (net.fetch of a
 * file:// URL reads the file, as Electron's does): every response carries the
 * CSP header itself, since webRequest header events may not fire for it.
 */
vi.mock('electron', () => ({
  protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() },
  net: {
    fetch: async (url: string) => {
      const { fileURLToPath } = await import('node:url');
      const body = fs.readFileSync(fileURLToPath(url));
      return new Response(body, { status: 200, headers: { 'content-type': 'text/html' } });
    },
  },
}));
const { appRequestHandler } = await import('../../../src-main/app/app-protocol');
const { CONTENT_SECURITY_POLICY } = await import('../../../src-main/app/csp');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-renderer-'));
fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><p>hi</p>');
const handle = appRequestHandler(dir);
const get = (url: string) => handle(new Request(url));

describe('app:// responses', () => {
  it('serve our page with the one CSP as a response header', async () => {
    const res = await get('app://go-wsl-setup/index.html');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<p>hi</p>');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('content-type')).toBe('text/html');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('carry it on refusals too: another host, a path out of the folder, a missing file', async () => {
    for (const [url, status] of [
      ['app://elsewhere/index.html', 404],
      ['app://go-wsl-setup/..%2f..%2fetc%2fpasswd', 403],
      ['app://go-wsl-setup/missing.js', 404],
    ] as const) {
      const res = await get(url);
      expect(res.status, url).toBe(status);
      expect(res.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });
});
