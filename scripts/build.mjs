#!/usr/bin/env node
// Builds everything into out/: the renderer with Vite, the Node/Electron
// entries with esbuild (CommonJS, so the sandboxed preload and node-pty load
// as Electron expects), and copies the distro scripts next to each bundle.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'out');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const only = process.argv.includes('--no-renderer') ? 'node' : 'all';

const started = Date.now();
if (only === 'all' && fs.existsSync(path.join(root, 'vite.config.ts'))) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  // Native and Electron-provided modules stay outside the bundle.
  external: ['electron', 'node-pty', 'bufferutil', 'utf-8-validate'],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  absWorkingDir: root,
};

const entries = [
  { in: 'src-main/app/main.ts', out: 'main/main.cjs' },
  { in: 'src-main/app/preload.ts', out: 'main/preload.cjs' },
  { in: 'src-main/harness/cli.ts', out: 'harness/harness.cjs' },
  { in: 'src-main/cli/doctor.ts', out: 'cli/doctor.cjs' },
  { in: 'src-main/cli/bundle.ts', out: 'cli/bundle.cjs' },
  // The diagnoser off main's thread (src-main/diagnose-worker/client.ts looks for it beside main.cjs).
  { in: 'src-main/diagnose-worker/entry.ts', out: 'main/diagnose-worker.cjs' },
].filter((e) => fs.existsSync(path.join(root, e.in)));

await Promise.all(entries.map((e) => esbuild({ ...common, entryPoints: [path.join(root, e.in)], outfile: path.join(out, e.out) })));

const scriptsDir = path.join(root, 'src-main', 'distro-scripts');
for (const bundleDir of new Set(entries.map((e) => path.dirname(path.join(out, e.out))))) {
  const target = path.join(bundleDir, 'distro-scripts');
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const f of fs.readdirSync(scriptsDir).filter((n) => n.endsWith('.sh'))) fs.copyFileSync(path.join(scriptsDir, f), path.join(target, f));
}
console.log(`built ${entries.length} bundles${only === 'all' ? ' + renderer' : ''} in ${Date.now() - started} ms`);
