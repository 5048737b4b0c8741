/**
 * An independent reader of Windows command lines, written from Microsoft's
 * description of how CommandLineToArgvW / the MSVC CRT split arguments
 * ("Parsing C++ command-line arguments"), used to prove our quoting round-trips:
 *  - whitespace outside quotes separates arguments;
 *  - 2n backslashes then a quote: n backslashes, the quote toggles quoting;
 *  - 2n+1 backslashes then a quote: n backslashes and a literal quote;
 *  - backslashes not followed by a quote are literal;
 *  - inside quotes, "" is a literal quote (the post-2008 CRT rule).
 * Arguments only: argv[0] has its own simpler rule and is not quoted by us.
 */
export function parseWindowsArgs(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  const n = line.length;
  for (;;) {
    while (i < n && (line[i] === ' ' || line[i] === '\t')) i++;
    if (i >= n) return out;
    let arg = '';
    let quoted = false;
    while (i < n) {
      const ch = line[i]!;
      if (!quoted && (ch === ' ' || ch === '\t')) break;
      if (ch === '\\') {
        let slashes = 0;
        while (i < n && line[i] === '\\') {
          slashes++;
          i++;
        }
        if (line[i] === '"') {
          arg += '\\'.repeat(Math.floor(slashes / 2));
          if (slashes % 2 === 1) {
            arg += '"';
            i++;
          }
        } else {
          arg += '\\'.repeat(slashes);
        }
        continue;
      }
      if (ch === '"') {
        if (quoted && line[i + 1] === '"') {
          arg += '"';
          i += 2;
          continue;
        }
        quoted = !quoted;
        i++;
        continue;
      }
      arg += ch;
      i++;
    }
    out.push(arg);
  }
}

/** Decode what -EncodedArguments carries (UTF-16LE CLIXML of an ArrayList of base64 UTF-8 strings). */
export function decodeEncodedArguments(b64: string): string[] {
  const xml = Buffer.from(b64, 'base64').toString('utf16le');
  if (!xml.includes('<T>System.Collections.ArrayList</T>')) throw new Error('not an ArrayList CLIXML');
  // What PowerShell's deserializer does to an <S>: XML entities, then CLIXML's _xHHHH_ escapes.
  return [...xml.matchAll(/<S>([^<]*)<\/S>/g)].map((m) =>
    m[1]!
      .replace(/&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_e, n: string) =>
        n === 'lt' ? '<' : n === 'gt' ? '>' : n === 'amp' ? '&' : n === 'quot' ? '"' : n === 'apos' ? "'" : String.fromCodePoint(n[1] === 'x' || n[1] === 'X' ? parseInt(n.slice(2), 16) : parseInt(n.slice(1), 10)),
      )
      .replace(/_x([0-9a-f]{4})_/gi, (_e, h: string) => String.fromCharCode(parseInt(h, 16))),
  );
}

export function decodePowerShell(b64: string): string {
  return Buffer.from(b64, 'base64').toString('utf16le');
}
