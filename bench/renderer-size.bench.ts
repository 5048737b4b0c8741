/**
 * renderer-size: the JavaScript the first page needs (the entry chunk and
 * every chunk index.html preloads), gzipped, from a fresh Vite build. The
 * lazily loaded page chunks are measured too (stderr) as the baseline the
 * split saves against.
 *
 * Prints: BENCH renderer-size <KB> goal <=300KB PASS|FAIL
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const GOAL_KB = 300;
const root = process.cwd();
const log = (line: string) => process.stderr.write(`[renderer-size] ${line}\n`);

async function main(): Promise<void> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-renderer-size-'));
  try {
    const { build } = await import('vite');
    await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: false } });
    const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
    const initial = [
      ...[...html.matchAll(/<script[^>]+type="module"[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!),
      ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*\shref="([^"]+)"/g)].map((m) => m[1]!),
    ];
    if (initial.length === 0) throw new Error('index.html loads no module script');
    const gz = (file: string) => gzipSync(fs.readFileSync(file)).length;
    const initialFiles = new Set(initial.map((src) => path.join(outDir, src)));
    const initialBytes = [...initialFiles].reduce((n, f) => n + gz(f), 0);
    const all = fs.readdirSync(path.join(outDir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => path.join(outDir, 'assets', f));
    const lazy = all.filter((f) => !initialFiles.has(f));
    const lazyBytes = lazy.reduce((n, f) => n + gz(f), 0);
    log(`initial: ${[...initialFiles].map((f) => path.basename(f)).join(', ')}`);
    log(`lazy chunks: ${lazy.length}, ${(lazyBytes / 1024).toFixed(1)} KB gzipped; everything: ${((initialBytes + lazyBytes) / 1024).toFixed(1)} KB`);
    const kb = initialBytes / 1024;
    console.log(`BENCH renderer-size ${kb.toFixed(1)}KB goal <=${GOAL_KB}KB ${kb <= GOAL_KB ? 'PASS' : 'FAIL'}`);
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  log(String(e instanceof Error ? (e.stack ?? e.message) : e));
  console.log(`BENCH renderer-size error goal <=${GOAL_KB}KB FAIL`);
  process.exitCode = 1;
});
