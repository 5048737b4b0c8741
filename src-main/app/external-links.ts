/**
 * Links the UI may open in the user's browser: https only, to documentation
 * hosts we name. Everything else (file:, javascript:, custom schemes, other
 * hosts, credentials in the URL) is refused.
 */
const EXTERNAL_ALLOWED = new Set([
  'learn.microsoft.com',
  'aka.ms',
  'go.dev',
  'golang.google.cn',
  'code.visualstudio.com',
  'github.com',
  'goproxy.cn',
]);

/** The normalised URL to open, or null when it is not allowed. */
export function allowedExternalUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || u.username || u.password || u.port) return null;
  if (!EXTERNAL_ALLOWED.has(u.hostname)) return null;
  return u.toString();
}
