#!/usr/bin/env node
// `npm run screenshots`: pictures of the wizard for the README and for
// reviewers, taken from the built demo in Debian's Chromium at 1280×720 (a
// 1080p laptop at 150 %, the most common beginner screen), saved to
// docs/screenshots/. Each page is pictured doing its job: the distro side is
// played for real in a temporary sandbox (scripts/screenshots/journey.ts), Go
// is installed, the network applied and the proof run before the pages are
// taken, in both languages, normally and in support mode.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'docs', 'screenshots');
fs.mkdirSync(outDir, { recursive: true });
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const VIEWPORT = { width: 1280, height: 720 };

// Without a Chinese font, Chromium draws the zh-CN pictures as empty boxes: say so instead of saving them.
const cjk = (() => {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
})();
if (!cjk) {
  console.error('No Chinese font found (fc-list :lang=zh): install one first, e.g. apt-get install fonts-wqy-microhei.');
  process.exit(1);
}
const LONG = 150_000;

// The journey helper reuses the e2e fixtures (TypeScript): bundled once here.
const helper = path.join(root, 'out', 'screenshots', 'journey.mjs');
await build({ entryPoints: [path.join(root, 'scripts/screenshots/journey.ts')], bundle: true, platform: 'node', format: 'esm', outfile: helper, logLevel: 'warning' });
const { journeyUnavailable, startJourneyDemo } = await import(pathToFileURL(helper).href);

function startHarness(machine) {
  const child = spawn(process.execPath, [path.join(root, 'out/harness/harness.cjs'), '--machine', machine], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const t = setTimeout(() => reject(new Error('harness did not start')), 15000);
    child.stdout.on('data', (b) => {
      out += b;
      const m = /Open: (\S+)/.exec(out);
      if (m) {
        clearTimeout(t);
        resolve({ url: m[1], stop: async () => child.kill('SIGTERM') });
      }
    });
  });
}

// The one step list (src-shared/contract/steps.ts STEP_IDS), read from its source: a copy here went stale when the Editor step came.
const STEPS = [...fs.readFileSync(path.join(root, 'src-shared/contract/steps.ts'), 'utf8').match(/STEP_IDS = \[([^\]]*)\]/)[1].matchAll(/'([a-z]+)'/g)].map((m) => m[1]);
const words = (lang, ns) => JSON.parse(fs.readFileSync(path.join(root, 'src-renderer/i18n/locales', lang, `${ns}.json`), 'utf8'));
const fill = (text, values) => text.replace(/\{\{(\w+)\}\}/g, (_, k) => values[k]);

async function openApp(browser, url, lang, support) {
  const page = await browser.newPage({ viewport: VIEWPORT, locale: lang });
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

/** By position: a name like 完成 (Finish) is also part of another step's state (已完成, done). */
async function goTo(page, lang, step) {
  await page.getByRole('navigation').first().getByRole('listitem').nth(STEPS.indexOf(step)).getByRole('button').click();
  await page.locator('main h1', { hasText: words(lang, 'steps').names[step] }).first().waitFor();
  // The Editor page reads the Windows facts again on arrival: picture it once VS Code has been looked for.
  if (step === 'editor') await page.getByText(words(lang, 'editor').vscode.looking).first().waitFor({ state: 'hidden', timeout: 30_000 });
}

/** The happy journey in English: use the distro, install Go, apply the network, prove it. */
async function walk(page, goVersion) {
  await page.waitForTimeout(2000);
  await goTo(page, 'en', 'distro');
  await page.getByRole('button', { name: fill(words('en', 'distro').use.button, { name: 'Ubuntu-24.04' }), exact: true }).click();
  await page.getByRole('button', { name: fill(words('en', 'go').install.button, { version: goVersion }), exact: true }).click();
  await page.getByText(words('en', 'go').shells.ok).waitFor({ timeout: LONG });
  await goTo(page, 'en', 'network');
  await page.getByText(words('en', 'network').goproxy.winner.split('{{')[0]).waitFor({ timeout: LONG });
  await page.getByRole('button', { name: words('en', 'network').apply.button, exact: true }).click();
  await page.getByRole('button', { name: words('en', 'verify').button, exact: true }).click({ timeout: LONG });
  await page.getByText(words('en', 'verify').steps.ok).waitFor({ timeout: LONG });
}

async function shoot(page, file) {
  await page.waitForTimeout(600);
  await page.screenshot({ path: file });
  console.log(path.relative(root, file));
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
try {
  // The README's two first pictures: a healthy English machine, and a Chinese Windows 10 HP with virtualization off.
  for (const s of [
    { machine: 'win11-healthy', lang: 'en', name: 'preflight-en.png' },
    { machine: 'win10-virt-off-zh', lang: 'zh-CN', name: 'preflight-virt-off-zh-CN.png' },
  ]) {
    const h = await startHarness(s.machine);
    const page = await openApp(browser, h.url, s.lang, false);
    await page.waitForTimeout(2500);
    await shoot(page, path.join(outDir, s.name));
    await page.close();
    await h.stop();
  }

  // Every page in both languages, normal and support mode (pages/<step>-<lang>[-support].png), after the journey.
  const missing = journeyUnavailable();
  if (missing) console.log(`The distro side cannot run here (${missing}): the later pages are pictured before their work.`);
  // The journey machine with VS Code and its WSL extension installed (assets/machines/vscode-user-wsl-ext.json, the
  // journey's own answers plus VS Code's), so the Editor pages show VS Code found rather than an older machine's gap.
  const machine = 'vscode-user-wsl-ext';
  const h = missing ? await startHarness('win11-healthy') : await startJourneyDemo(root, machine);
  const pagesDir = path.join(outDir, 'pages');
  fs.mkdirSync(pagesDir, { recursive: true });
  try {
    const page = await openApp(browser, h.url, 'en', false);
    if (!missing) await walk(page, h.goVersion);
    for (const lang of ['en', 'zh-CN']) {
      const label = new RegExp(`^(${words('en', 'common').language.label}|${words('zh-CN', 'common').language.label})`);
      await page.getByRole('combobox', { name: label }).selectOption(lang);
      await page.waitForTimeout(500);
      for (const support of [false, true]) {
        const on = (await page.locator('html').getAttribute('data-support')) === 'on';
        if (on !== support) await page.getByRole('button', { name: words(lang, 'support').controls.mode, exact: true }).click();
        for (const step of STEPS) {
          await goTo(page, lang, step);
          await shoot(page, path.join(pagesDir, `${step}-${lang}${support ? '-support' : ''}.png`));
        }
      }
      await page.getByRole('button', { name: words(lang, 'support').controls.mode, exact: true }).click();
      await page.getByRole('button', { name: words(lang, 'support').controls.report, exact: true }).click();
      await page.getByRole('dialog').waitFor();
      await shoot(page, path.join(pagesDir, `report-dialog-${lang}.png`));
      await page.keyboard.press('Escape');
    }
    await page.close();
  } finally {
    await h.stop();
  }
} finally {
  await browser.close();
}
