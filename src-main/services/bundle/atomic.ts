import fs from 'node:fs/promises';

/** Write NAME.part, fsync, rename to NAME: a reader sees the old file or the whole new one, never a part. */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const part = `${file}.part`;
  const h = await fs.open(part, 'w');
  try {
    await h.writeFile(bytes);
    await h.sync();
  } finally {
    await h.close();
  }
  await fs.rename(part, file);
}
