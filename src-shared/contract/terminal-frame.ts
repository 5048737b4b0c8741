/**
 * The harness carries 'terminal.data' as a binary WebSocket frame instead of
 * JSON: terminal output is bytes, and JSON would turn every escape sequence
 * into \u001b text that the page must parse back (measured: most of the
 * page's transport cost in a flood). Electron IPC needs none of this; it
 * sends the Uint8Array as is.
 *
 * Layout: [kind = 1] [n = session id length, 1..128] [n ASCII bytes of the id] [UTF-8 output].
 */
export const TERMINAL_DATA_FRAME = 1;
const MAX_ID = 128;

export function encodeTerminalFrame(sessionId: string, data: Uint8Array): Uint8Array {
  const n = sessionId.length;
  if (n < 1 || n > MAX_ID || !/^[\x21-\x7e]+$/.test(sessionId)) throw new RangeError('session id must be 1-128 printable ASCII characters');
  const frame = new Uint8Array(2 + n + data.length);
  frame[0] = TERMINAL_DATA_FRAME;
  frame[1] = n;
  for (let i = 0; i < n; i++) frame[2 + i] = sessionId.charCodeAt(i);
  frame.set(data, 2 + n);
  return frame;
}

/** The frame's parts (data is a view into the frame, not a copy), or null for anything malformed. */
export function decodeTerminalFrame(frame: Uint8Array): { sessionId: string; data: Uint8Array } | null {
  if (frame.length < 3 || frame[0] !== TERMINAL_DATA_FRAME) return null;
  const n = frame[1] as number;
  if (n < 1 || n > MAX_ID || frame.length < 2 + n) return null;
  let sessionId = '';
  for (let i = 0; i < n; i++) {
    const c = frame[2 + i] as number;
    if (c < 0x21 || c > 0x7e) return null;
    sessionId += String.fromCharCode(c);
  }
  return { sessionId, data: frame.subarray(2 + n) };
}
