import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * The renderer is served from app://go-wsl-setup/ rather than file://, so it
 * has a real origin the IPC sender check can compare, and a CSP header.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false } },
  ]);
}

/** Headers every app:// response carries, whatever it is (page, script, 404). */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * The CSP travels on our own Response: session.webRequest's header events are
 * not guaranteed to fire for a custom protocol's responses, and the page has
 * no <meta> policy (one source: csp.ts).
 */
export async function withAppHeaders(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(APP_RESPONSE_HEADERS)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export function appRequestHandler(rendererDir: string): (request: Request) => Promise<Response> {
  const root = path.resolve(rendererDir);
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'go-wsl-setup') return withAppHeaders(new Response('not found', { status: 404 }));
    const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname).replace(/^\/+/, '');
    const file = path.resolve(root, rel);
    if (!file.startsWith(root + path.sep)) return withAppHeaders(new Response('forbidden', { status: 403 }));
    try {
      return await withAppHeaders(await net.fetch(pathToFileURL(file).toString()));
    } catch {
      return withAppHeaders(new Response('not found', { status: 404 }));
    }
  };
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle('app', appRequestHandler(rendererDir));
}
