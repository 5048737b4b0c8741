#!/usr/bin/env node
// `npm start`: run the real app in Electron. `npm ci` never downloads the
// Electron binary (its install script is not allowed in package.json, so a
// machine without internet can still install and run the browser demo);
// here, where the app itself is wanted, the binary is fetched on first use.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));

function electronPath() {
  try {
    return require('electron'); // the binary's path once it is installed
  } catch {
    return null;
  }
}

let bin = electronPath();
if (!bin || !fs.existsSync(bin)) {
  console.log('Fetching the Electron binary (first start only)...');
  const r = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' } });
  bin = electronPath();
  if (r.status !== 0 || !bin || !fs.existsSync(bin)) {
    console.error('The Electron binary could not be downloaded (no internet?). The browser demo works without it: npm run demo');
    process.exit(1);
  }
}
const child = spawn(bin, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 1));
