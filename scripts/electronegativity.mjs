#!/usr/bin/env node
// Runs Electronegativity (Doyensec's Electron security linter) over the main
// process and preload sources, offline, and fails on any HIGH or MEDIUM
// finding that is not explained in scripts/electronegativity-allowlist.json.
//
// Offline: Electronegativity fetches translation files from the internet at
// start (got -> a remote bucket). CI machines have no internet and must not
// try, so `got` is replaced in its module cache by a stub that declines; it
// then falls back to its bundled English strings, exactly as it does when the
// fetch fails.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const enDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const gotPath = createRequire(path.join(enDir, 'dist', 'locales', 'i18n.js')).resolve('got');
require.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: { default: () => Promise.reject(new Error('offline: no translation download')), __esModule: true },
};
process.env.LANG = 'en-US';

const run = require(path.join(enDir, 'dist', 'runner.js'));
const allowlist = JSON.parse(fs.readFileSync(path.join(root, 'scripts', 'electronegativity-allowlist.json'), 'utf8'));
// All main-process code in one pass, so its global checks see the one security module.
const inputs = process.argv.length > 2 ? process.argv.slice(2) : ['src-main'];

let failed = 0;
let total = 0;
const quiet = console.log;
for (const input of inputs) {
  console.log = () => undefined; // its progress bar and banners
  let result;
  try {
    result = await run({
      input: path.resolve(root, input),
      output: undefined,
      isSarif: false,
      customScan: [],
      excludeFromScan: [],
      severitySet: undefined,
      confidenceSet: undefined,
      isRelative: true,
      isVerbose: false,
      electronUpgrade: undefined,
      electronVersionOverride: '38.0.0',
      parserPlugins: [],
    });
  } finally {
    console.log = quiet;
  }
  for (const e of result.errors.filter((e) => !e.tolerable)) {
    console.log(`PARSE ERROR ${input}/${e.file}: ${e.message}`);
    failed++;
  }
  for (const issue of result.issues) {
    total++;
    const sev = issue.severity.name;
    const where = `${input}/${issue.file}:${issue.location.line}`;
    const allowed = allowlist.find((a) => a.id === issue.id && where.startsWith(a.file));
    const serious = sev === 'HIGH' || sev === 'MEDIUM';
    const verdict = !serious ? 'info' : allowed ? `allowed: ${allowed.why}` : 'FAIL';
    console.log(`${issue.id} ${sev}/${issue.confidence.name} ${where} -> ${verdict}`);
    if (serious && !allowed) failed++;
  }
}
console.log(`electronegativity: ${total} finding(s), ${failed} not allowed (HIGH/MEDIUM or parse errors)`);
process.exit(failed > 0 ? 1 : 0);
