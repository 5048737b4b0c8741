#!/usr/bin/env node
// `npm run screenshots`: pictures of the wizard for the README and for
// reviewers, taken from the built demo in Debian's Chromium, saved to
// docs/screenshots/. Each shot names its machine, page and language.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'docs', 'screenshots');
fs.mkdirSync(outDir, { recursive: true });
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

async function startHarness(machine) {
  const child = spawn(process.execPath, [path.join(root, 'out/harness/harness.cjs'), '--machine', machine], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const t = setTimeout(() => reject(new Error('harness did not start')), 15000);
    child.stdout.on('data', (b) => {
      out += b;
      const m = /Open: (\S+)/.exec(out);
      if (m) {
        clearTimeout(t);
        resolve(m[1]);
      }
    });
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

const shots = [
  { machine: 'win11-healthy', lang: 'en', name: 'preflight-en.png' },
  { machine: 'win10-virt-off-zh', lang: 'zh-CN', name: 'preflight-virt-off-zh-CN.png' },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
try {
  for (const s of shots) {
    const h = await startHarness(s.machine);
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: s.lang });
    await page.addInitScript((lang) => window.localStorage.setItem('go-wsl-setup.language', lang), s.lang);
    await page.goto(h.url);
    await page.getByRole('navigation').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(2500);
    await page.screenshot({ path: path.join(outDir, s.name) });
    console.log(`docs/screenshots/${s.name}`);
    await page.close();
    h.stop();
  }
} finally {
  await browser.close();
}
