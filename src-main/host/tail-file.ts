import { promises as fs } from 'node:fs';
import { concatBytes } from '../../src-shared/util/decode';

export interface Tail {
  /** Stop polling after reading whatever is still unread; resolves with every byte read. */
  stop(): Promise<Uint8Array>;
}

/**
 * Follow a file another process appends to: poll by size (fs.watch is
 * unreliable on network drives and for files held open by another process
 * on Windows), read only the new bytes, hand them over in order. A missing
 * file is simply not there yet.
 */
export function tailFile(file: string, onBytes: (bytes: Uint8Array) => void, intervalMs = 100): Tail {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  let reading: Promise<void> = Promise.resolve();
  let stopped = false;

  const readNew = async (): Promise<void> => {
    let handle: fs.FileHandle | null = null;
    try {
      handle = await fs.open(file, 'r');
      for (;;) {
        const buf = Buffer.alloc(64 * 1024);
        const { bytesRead } = await handle.read(buf, 0, buf.length, offset);
        if (bytesRead === 0) break;
        offset += bytesRead;
        const bytes = new Uint8Array(buf.buffer, buf.byteOffset, bytesRead);
        chunks.push(bytes);
        onBytes(bytes);
      }
    } catch (e) {
      // Not there yet, or (on Windows) not yet readable before the elevated side set its access list:
      // the logs are for display only, so wait rather than fail the action.
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'EACCES' && code !== 'EPERM') throw e;
    } finally {
      await handle?.close();
    }
  };
  const tick = () => {
    // Reads never overlap: each waits for the one before.
    reading = reading.then(readNew, readNew);
  };
  const timer = setInterval(tick, intervalMs);
  tick();
  return {
    async stop() {
      if (!stopped) {
        stopped = true;
        clearInterval(timer);
        tick();
      }
      await reading;
      return concatBytes(chunks);
    },
  };
}
