/**
 * Windows PowerShell 5.1 with a redirected stderr writes its error stream as
 * CLIXML, even with -OutputFormat Text (PowerShell/PowerShell#5912, #16678;
 * ansible/ansible#67964):
 *
 *   #< CLIXML
 *   <Objs Version="1.1.0.1" xmlns="..."><Obj S="progress" ...>...</Obj>
 *   <S S="Error">boom_x000D__x000A_</S><S S="Error">At line:1 char:1_x000D__x000A_</S></Objs>
 *
 * People must see the error text, and the diagnoser must match it, so this
 * turns such a stream back into plain text: the <S> records (Error, Warning,
 * Verbose, Debug, Information) in order, with XML entities and PowerShell's
 * _xHHHH_ escapes undone; progress records (<Obj S="progress">, "Preparing
 * modules for first use.") are dropped. Text around the CLIXML (a native
 * tool's own stderr before it, a second CLIXML block after it) is kept.
 * Pure: runs in the renderer, main and the CLI alike.
 */
export const CLIXML_MARKER = '#< CLIXML';

export function hasClixml(text: string): boolean {
  return text.includes(CLIXML_MARKER);
}

/** Plain text of a stream that may hold CLIXML blocks; text without any is returned as it is. */
export function decodeClixml(text: string): string {
  if (!hasClixml(text)) return text;
  let out = '';
  let at = 0;
  for (;;) {
    const start = text.indexOf(CLIXML_MARKER, at);
    if (start < 0) break;
    out += text.slice(at, start);
    const objsStart = text.indexOf('<Objs', start);
    const objsEnd = objsStart < 0 ? -1 : text.indexOf('</Objs>', objsStart);
    if (objsEnd < 0) {
      // Cut short (a killed process): take the whole records there are.
      out += recordsText(text.slice(objsStart < 0 ? start + CLIXML_MARKER.length : objsStart));
      at = text.length;
      break;
    }
    out += recordsText(text.slice(objsStart, objsEnd));
    at = objsEnd + '</Objs>'.length;
    // The newline PowerShell writes after </Objs> belongs to the envelope.
    if (text.startsWith('\r\n', at)) at += 2;
    else if (text[at] === '\n') at += 1;
  }
  out += text.slice(at);
  return out;
}

/** The string records of one <Objs> body, in order; progress and other objects dropped. */
function recordsText(body: string): string {
  // Drop whole objects first: a progress record holds <AV>, <SD> ... but also nested <S>-like tags.
  const withoutObjects = dropObjects(body);
  let out = '';
  const re = /<S(?:\s+S="([^"]*)")?\s*>([\s\S]*?)<\/S>|<S(?:\s+S="[^"]*")?\s*\/>/g;
  for (let m = re.exec(withoutObjects); m; m = re.exec(withoutObjects)) {
    if (m[2] === undefined) continue; // <S S="Error" /> : an empty record
    out += unescapePs(unescapeXml(m[2]));
  }
  return out;
}

/** Remove <Obj ...>...</Obj> elements, nested ones included. */
function dropObjects(body: string): string {
  let out = '';
  let depth = 0;
  let i = 0;
  const tag = /<(\/?)Obj\b[^>]*?(\/?)>/g;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const closing = m[1] === '/';
    const selfClosing = m[2] === '/';
    if (depth === 0) out += body.slice(i, m.index);
    if (closing) depth = Math.max(0, depth - 1);
    else if (!selfClosing) depth++;
    i = m.index + m[0].length;
  }
  if (depth === 0) out += body.slice(i);
  return out;
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g, (all, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[name] ?? all;
  });
}

/**
 * PowerShell's serializer writes characters XML cannot carry (CR, LF, control
 * characters, and a literal "_x" sequence's underscore) as _xHHHH_ (UTF-16
 * code units, so a surrogate pair is two escapes).
 */
function unescapePs(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Streaming: passes text through until a CLIXML block starts, holds the block
 * until </Objs> and then emits its plain text. Used for the live Terminal, so
 * what a person watches is the same text the result and the diagnosis get.
 */
export class ClixmlStream {
  private held = '';

  write(text: string): string {
    this.held += text;
    let out = '';
    for (;;) {
      const start = this.held.indexOf(CLIXML_MARKER);
      if (start < 0) {
        // Keep a tail that could be the start of the marker split across chunks.
        const keep = partialMarkerTail(this.held);
        out += this.held.slice(0, this.held.length - keep);
        this.held = this.held.slice(this.held.length - keep);
        return out;
      }
      out += this.held.slice(0, start);
      this.held = this.held.slice(start);
      const end = this.held.indexOf('</Objs>');
      if (end < 0) return out;
      let stop = end + '</Objs>'.length;
      if (this.held.startsWith('\r\n', stop)) stop += 2;
      else if (this.held[stop] === '\n') stop += 1;
      else if (stop === this.held.length || this.held[stop] === '\r') return out; // the newline may follow in the next chunk
      out += decodeClixml(this.held.slice(0, stop));
      this.held = this.held.slice(stop);
    }
  }

  end(): string {
    const rest = this.held;
    this.held = '';
    return decodeClixml(rest);
  }
}

function partialMarkerTail(text: string): number {
  for (let n = Math.min(CLIXML_MARKER.length - 1, text.length); n > 0; n--) {
    if (CLIXML_MARKER.startsWith(text.slice(text.length - n))) return n;
  }
  return 0;
}
