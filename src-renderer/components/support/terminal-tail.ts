/** The last lines of Terminal output as plain text: escape sequences gone, carriage-return overwrites applied. */
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;

export function tailLines(buffer: string, count: number): string[] {
  return buffer
    .replace(ANSI, '')
    .split(/\r?\n/)
    .map((line) => line.split('\r').pop() ?? '')
    // eslint-disable-next-line no-control-regex
    .map((line) => line.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trimEnd())
    .filter((line) => line.length > 0)
    .slice(-count);
}

/** Keep a bounded buffer: only the end matters. */
export function appendBounded(buffer: string, chunk: string, max = 16 * 1024): string {
  const next = buffer + chunk;
  return next.length > max ? next.slice(-max) : next;
}
