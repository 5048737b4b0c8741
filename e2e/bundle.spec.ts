import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { artifact, expect, test } from './support/harness';
import { startHarness } from './support/harness';
import { makeDistroSandbox, type DistroSandbox } from './support/distro-sandbox';
import { sharedGoCache } from './support/journey';
import { QUOTE_STANDIN } from './support/journey-servers';
import { makeBundle } from '../src-main/services/bundle/make';
import { startFileServer } from '../test/support/fault-file-server';
import { fakeGoTarball, type GoTarball } from '../test/support/go-fixture';
import type { LoopbackServer } from '../test/support/loopback-server';
import { releaseListJson } from '../test/support/release-list';
import { freshShellsUnavailable } from '../test/support/sandbox';
import { DistroPage } from './pages/DistroPage';
import { GoPage } from './pages/GoPage';
import { WizardPage } from './pages/WizardPage';
import zh from '../src-renderer/i18n/locales/zh-CN/go.json';
import en from '../src-renderer/i18n/locales/en/go.json';

/**
 * The offline bundle in the wizard: the harness started with --bundle DIR on
 * the recorded Windows 11 machine, the distro side run for real against a
 * sandbox root, and every Go network endpoint a server that must see no
 * request. The Go page says where the bundle is and which Go it carries,
 * installs it with no network, and names a damaged file; downloading instead
 * happens only after the person's click.
 */
const missing = freshShellsUnavailable();
if (missing) console.log(`skipping the offline bundle walk: ${missing}`);

let work: string;
let go: GoTarball;
let origin: LoopbackServer;
let watched: LoopbackServer;
let sandbox: DistroSandbox | null = null;

test.beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-e2e-bundle-'));
  go = await fakeGoTarball(work, { version: 'go1.22.3' });
  const bytes = fs.readFileSync(go.path);
  const list = releaseListJson([{ version: go.version, stable: true, filename: go.filename, sha256: go.sha256, size: go.size }]);
  // The "internet": go.dev's list and a mirror. The bundle is made from it; the wizard may reach it only after consent.
  origin = await startFileServer({ files: new Map([[`/${go.filename}`, bytes as Uint8Array]]), routes: new Map([['/dl/', { type: 'application/json', body: list }]]), lifetimeMs: 170_000 });
  watched = origin;
  await makeBundle({
    out: path.join(work, 'go-wsl-setup-bundle'),
    go: { arch: 'amd64' },
    releaseLists: [`${origin.url}/dl/?mode=json`],
    mirrors: [{ id: 'origin', base: `${origin.url}/` }],
    allowLoopbackHttp: true,
  });
});
test.afterAll(async () => {
  await origin?.close();
  fs.rmSync(work, { recursive: true, force: true });
});
test.afterEach(() => {
  sandbox?.cleanup();
  sandbox = null;
});

async function start(bundleDir: string) {
  sandbox = makeDistroSandbox({ goCache: sharedGoCache(), noSumDb: QUOTE_STANDIN.path });
  const endpoints = { go: { releaseLists: [`${origin.url}/dl/?mode=json&include=all`], mirrors: [{ id: 'loopback-mirror', base: `${origin.url}/` }] }, distroEnv: sandbox.env };
  return startHarness(['--machine', 'journey-win11-ubuntu-no-go', '--local-distro', sandbox.root, '--bundle', bundleDir], { ...process.env, GWS_TEST_ENDPOINTS: JSON.stringify(endpoints) });
}

test.describe('offline bundle', () => {
  test.describe.configure({ timeout: 120_000 });

  test('zh-CN: the Go page finds the bundle and installs Go from it with no request to the network', async ({ page }) => {
    test.skip(missing !== null, missing ?? '');
    const harness = await start(path.join(work, 'go-wsl-setup-bundle'));
    try {
      const before = watched.requests.length;
      const wizard = new WizardPage(page, 'en');
      await wizard.open(harness.url);
      await wizard.chooseLanguage('zh-CN');
      const distro = new DistroPage(page, 'zh-CN');
      await distro.waitForReport();
      await wizard.goTo('distro');
      await distro.useButton('Ubuntu-24.04').click();

      const goPage = new GoPage(page, 'zh-CN');
      await expect(goPage.bundleNote).toContainText(zh.bundle.found.replace('{{dir}}', path.join(work, 'go-wsl-setup-bundle')).replace('{{version}}', go.version));
      await expect(goPage.bundleNote).toContainText(zh.bundle.verified.replace('{{count}}', '1'));
      await goPage.installButton(go.version).click();
      await expect(goPage.shellsOk).toBeVisible({ timeout: 90_000 });
      await expect(goPage.installSummary).toContainText(zh.result.fromBundle);
      await page.screenshot({ path: artifact('bundle-go-zh-CN.png'), fullPage: true });
      expect(sandbox!.read('usr/local/go/VERSION').trim()).toBe(go.version);
      expect(watched.requests.slice(before)).toEqual([]);
    } finally {
      await harness.stop();
    }
  });

  test('en: a damaged Go tarball is named and not installed; the download happens only after the click', async ({ page }) => {
    test.skip(missing !== null, missing ?? '');
    const copy = path.join(work, 'damaged', 'go-wsl-setup-bundle');
    fs.cpSync(path.join(work, 'go-wsl-setup-bundle'), copy, { recursive: true });
    const file = path.join(copy, go.filename);
    const bytes = fs.readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(100) ^ 0xff, 100);
    fs.writeFileSync(file, bytes);
    const harness = await start(copy);
    try {
      const before = watched.requests.length;
      const wizard = new WizardPage(page, 'en');
      await wizard.open(harness.url);
      const distro = new DistroPage(page, 'en');
      await distro.waitForReport();
      await wizard.goTo('distro');
      await distro.useButton('Ubuntu-24.04').click();

      const goPage = new GoPage(page, 'en');
      await expect(goPage.bundleNote).toContainText(en.bundle.foundGoBad.replace('{{dir}}', copy));
      await expect(goPage.bundleNote).toContainText(en.bundle.problem.sha256.replace('{{file}}', go.filename));
      await goPage.installButton(go.version).click();
      await expect(goPage.useNetworkButton).toBeVisible({ timeout: 30_000 });
      await expect(page.getByText(go.filename, { exact: false }).first()).toBeVisible();
      expect(sandbox!.exists('usr/local/go')).toBe(false);
      expect(watched.requests.slice(before)).toEqual([]);
      await page.screenshot({ path: artifact('bundle-damaged-en.png'), fullPage: true });

      await goPage.useNetworkButton.click();
      await expect(goPage.bundleNote).toContainText(en.bundle.networkChosen);
      await goPage.installButton(go.version).click();
      await expect(goPage.shellsOk).toBeVisible({ timeout: 90_000 });
      await expect(goPage.installSummary).toContainText('loopback-mirror');
      expect(watched.requests.length).toBeGreaterThan(before);
    } finally {
      await harness.stop();
    }
  });
});
