/**
 * One Content-Security-Policy for the Electron window (response header on the
 * app:// protocol) and the harness (HTTP header): our own scripts only, no
 * eval, no remote origins. The WebSocket source is only used by the harness
 * page, which talks to 127.0.0.1. Inline styles are allowed because React
 * style props and xterm's renderer set element styles; scripts never are.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' ws://127.0.0.1:*",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
].join('; ');
