import { readFile } from 'node:fs/promises';

/** What the doctor needs from the outside world; tests pass their own. */
export interface DoctorIo {
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  stdinIsTty: boolean;
  out(text: string): void;
  err(text: string): void;
}

/** Raw bytes from stdin: never decoded here, the parsers sniff the encoding. */
async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

export function nodeIo(): DoctorIo {
  return {
    readFile: async (path) => new Uint8Array(await readFile(path)),
    readStdin: () => readAll(process.stdin),
    stdinIsTty: process.stdin.isTTY === true,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
}
