import { createHash } from 'node:crypto';
import { DEFAULT_MIRRORS, DEFAULT_RELEASE_LISTS } from '../../../src-shared/go/mirrors';
import { DEFAULT_GOPROXY_CANDIDATES, SUMDB_CHINA, SUMDB_DEFAULT } from '../../../src-shared/network/goproxy';
import { compilePac, pacUrlFor } from '../proxy-route/pac-sandbox';

/**
 * A company's PAC names its internal hosts and networks: personal data in a
 * support report. What support needs from it is how the machine routed the
 * wizard's own traffic, so a redacted report carries a neutral PAC instead,
 * computed here by the same sandbox the replay runs PACs in: it gives the
 * original's answer for every URL the wizard uses and, for any other host,
 * the original's answer for a public host that names nothing (example.com).
 * A PAC that does not run is replaced by one without FindProxyForURL, so the
 * replay fails over to the manual proxy exactly as the machine did.
 * Both carry the original's SHA-256 and length, so support can match a PAC
 * the user sends separately.
 */

/** The URLs the wizard fetches (downloads, release lists, GOPROXY candidates, sum databases, GitHub). */
export const WIZARD_URLS: readonly string[] = [
  ...DEFAULT_MIRRORS.map((m) => m.base),
  ...DEFAULT_RELEASE_LISTS,
  ...DEFAULT_GOPROXY_CANDIDATES,
  `https://${SUMDB_DEFAULT}/`,
  `https://${SUMDB_CHINA}/`,
  'https://dl.google.com/',
  'https://github.com/',
  'https://objects.githubusercontent.com/',
  'https://raw.githubusercontent.com/',
];

/** Stands for every host the wizard does not use: public, reserved for examples (RFC 2606), names no one. */
export const OTHER_URL = 'https://example.com/';

export function pacFingerprint(script: string): string {
  return `sha256 ${createHash('sha256').update(script, 'utf8').digest('hex')}, ${script.length} characters`;
}

export function neutralPac(script: string): string {
  const head = `// go-wsl-setup replaced this PAC in a redacted report (original: ${pacFingerprint(script)}).\n`;
  let answers: Record<string, string>;
  let other: string;
  try {
    const pac = compilePac(script);
    const ask = (url: string) => {
      const { url: u, host } = pacUrlFor(url);
      return [u, pac.findProxy(u, host)] as const;
    };
    answers = Object.fromEntries(WIZARD_URLS.map(ask));
    other = ask(OTHER_URL)[1];
  } catch {
    // The reason could quote the script; it is left out.
    return `${head}// The original does not run in the PAC sandbox, so this one defines no FindProxyForURL either.\n`;
  }
  return (
    `${head}// It answers as the original did for the URLs the wizard uses; any other host gets the original's answer for example.com.\n` +
    `var answers = ${JSON.stringify(answers, null, 2)};\n` +
    `function FindProxyForURL(url, host) {\n` +
    `  return Object.prototype.hasOwnProperty.call(answers, url) ? answers[url] : ${JSON.stringify(other)};\n` +
    `}\n`
  );
}
