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

// The one step list (src-shared/contract/steps.ts STEP_IDS), read from its source: a copy here went stale when the Editor step came.
const STEPS = [...fs.readFileSync(path.join(root, 'src-shared/contract/steps.ts'), 'utf8').match(/STEP_IDS = \[([^\]]*)\]/)[1].matchAll(/'([a-z]+)'/g)].map((m) => m[1]);
const stepNames = (lang) => JSON.parse(fs.readFileSync(path.join(root, 'src-renderer/i18n/locales', lang, 'steps.json'), 'utf8')).names;
const supportWords = (lang) => JSON.parse(fs.readFileSync(path.join(root, 'src-renderer/i18n/locales', lang, 'support.json'), 'utf8'));

// The README's two pictures: a healthy English machine, and a Chinese one with virtualization off.
const shots = [
  { machine: 'win11-healthy', lang: 'en', name: 'preflight-en.png' },
  { machine: 'win10-virt-off-zh', lang: 'zh-CN', name: 'preflight-virt-off-zh-CN.png' },
];

async function openApp(browser, url, lang, support) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: lang });
  await page.addInitScript(
    ([l, s]) => {
      window.localStorage.setItem('go-wsl-setup.language', l);
      window.localStorage.setItem('go-wsl-setup.support-mode', s ? 'on' : 'off');
    },
    [lang, support],
  );
  await page.goto(url);
  await page.getByRole('navigation').first().waitFor();
  await page.waitForLoadState('networkidle');
  return page;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
try {
  for (const s of shots) {
    const h = await startHarness(s.machine);
    const page = await openApp(browser, h.url, s.lang, false);
    await page.waitForTimeout(2500);
    await page.screenshot({ path: path.join(outDir, s.name) });
    console.log(`docs/screenshots/${s.name}`);
    await page.close();
    h.stop();
  }
  // Every page in both languages, normal and support mode (pages/<step>-<lang>[-support].png),
  // and the support report dialog in each language.
  const pagesDir = path.join(outDir, 'pages');
  fs.mkdirSync(pagesDir, { recursive: true });
  const h = await startHarness('win11-healthy');
  for (const lang of ['en', 'zh-CN']) {
    for (const support of [false, true]) {
      const page = await openApp(browser, h.url, lang, support);
      await page.waitForTimeout(1500);
      const names = stepNames(lang);
      for (const [i, step] of STEPS.entries()) {
        // By position: a name like 完成 (Finish) is also part of another step's state (已完成, done).
        await page.getByRole('navigation').first().getByRole('listitem').nth(i).getByRole('button').click();
        await page.locator('main h1', { hasText: names[step] }).first().waitFor();
        await page.waitForTimeout(700);
        const name = `${step}-${lang}${support ? '-support' : ''}.png`;
        await page.screenshot({ path: path.join(pagesDir, name) });
        console.log(`docs/screenshots/pages/${name}`);
      }
      if (!support) {
        const words = supportWords(lang);
        await page.getByRole('button', { name: words.controls.report, exact: true }).click();
        await page.getByRole('dialog').waitFor();
        await page.waitForTimeout(800);
        await page.screenshot({ path: path.join(pagesDir, `report-dialog-${lang}.png`) });
        console.log(`docs/screenshots/pages/report-dialog-${lang}.png`);
      }
      await page.close();
    }
  }
  h.stop();
} finally {
  await browser.close();
}
