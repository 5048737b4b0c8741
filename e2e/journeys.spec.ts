import { artifact, expect, test as base } from './support/harness';
import { catalogEntryFor } from '../src-shared/catalog';
import { makeDistroSandbox, type DistroSandbox } from './support/distro-sandbox';
import { countInteractions, sharedGoCache, startJourney } from './support/journey';
import { type GoServers, journeyFixtures, QUOTE_STANDIN, startProxyAt } from './support/journey-servers';
import { debianGoAvailable } from '../test/support/go-fixture';
import { freshShellsUnavailable } from '../test/support/sandbox';
import type { Running } from '../test/support/net/servers';
import { DistroPage } from './pages/DistroPage';
import { GoPage } from './pages/GoPage';
import { NetworkPage } from './pages/NetworkPage';
import { VerifyPage } from './pages/VerifyPage';
import { WizardPage } from './pages/WizardPage';

/**
 * Whole journeys in Chromium over the harness. The Windows side answers from
 * a recorded machine; the distro side runs for real (--local-distro) against
 * a sandbox root: the Go download from a loopback mirror, its checksum, the
 * atomic install, PATH blocks, fresh shells, proxy/DNS/GOPROXY probes, go env
 * -w, and go run / go get / go test. What cannot run here is said, not faked:
 * the Linux user already exists in the sandbox (creating users needs root in
 * a real distro), and apt removal is reported "skipped" on a sandbox root.
 */
const missing = debianGoAvailable() ?? freshShellsUnavailable();
if (missing) console.log(`skipping the journeys that install Go: ${missing}`);

/** Clash's default port, as the recorded proxy machine names it. */
const CLASH_PORT = 7890;
/** Slow enough that the download's bytes, rate and ETA are on screen for a few seconds. */
const MIRROR_BPS = 24 * 1024 * 1024;

const test = base.extend<{ go: GoServers; modules: Running }>(journeyFixtures(MIRROR_BPS));

/** The module proxy as the only GOPROXY candidate; DNS of a name this machine resolves; no checksum database probe. */
function networkEndpoints(modules: Running) {
  return {
    proxyTestUrl: `http://mods.gws.test:${modules.port}/`,
    goproxyCandidates: [modules.url],
    probePath: `/${QUOTE_STANDIN.path}/@v/list`,
    sumdb: null,
    dnsHosts: ['localhost'],
  };
}

function endpoints(go: GoServers, modules: Running) {
  return {
    go: {
      releaseLists: [`${go.list.url}/dl/?mode=json&include=all`],
      mirrors: [
        { id: 'refusing-mirror', base: `${go.deadMirror}/` },
        { id: 'loopback-mirror', base: `${go.mirror.url}/` },
      ],
    },
    network: networkEndpoints(modules),
  };
}

/** Whether a Terminal tab's output (scrollback included) contains the text: its own Find box says so. */
async function terminalFinds(page: import('playwright-core').Page, tab: RegExp, text: string): Promise<boolean> {
  const dock = page.getByRole('region', { name: 'Terminal' }).first();
  await dock.getByRole('tab', { name: tab }).first().click();
  const box = dock.getByRole('searchbox', { name: 'Text to find in the terminal output' });
  // Find is a toggle: open it only when its box is not already there.
  if (!(await box.isVisible())) await dock.getByRole('button', { name: 'Find', exact: true }).click();
  await box.fill(text);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  return (await box.getAttribute('aria-invalid')) !== 'true';
}

let sandbox: DistroSandbox | null = null;
test.afterEach(() => {
  sandbox?.cleanup();
  sandbox = null;
});

test.describe('journeys', () => {
  test.describe.configure({ timeout: 150_000 });

  test('happy path: Windows 11 with Ubuntu to a successful go run, in at most 8 clicks and no typing', async ({ page, go, modules }) => {
    test.skip(missing !== null, missing ?? '');
    sandbox = makeDistroSandbox({ goCache: sharedGoCache(), noSumDb: QUOTE_STANDIN.path });
    const harness = await startJourney('journey-win11-ubuntu-no-go', sandbox, endpoints(go, modules));
    try {
      const interactions = await countInteractions(page);
      const wizard = new WizardPage(page, 'en');
      await wizard.open(harness.url);
      const distro = new DistroPage(page, 'en');
      await distro.waitForReport();
      // WSL is already there (Install WSL has nothing to do): straight to the distro. The step list,
      // not Next: the docked Terminal currently overlaps the footer's Next button (reported, not ours).
      await wizard.goTo('distro'); // 1
      // The default user comes from the distro's own /etc/wsl.conf: nothing to type.
      await expect(distro.userField('Ubuntu-24.04')).toHaveValue('tester');
      await distro.useButton('Ubuntu-24.04').click(); // 2: use it, and go on to Go

      const goPage = new GoPage(page, 'en');
      await expect(goPage.heading).toHaveText('Install Go');
      await goPage.installButton(go.tarball.version).click(); // 3
      // Long work shows steps done / to do, and the download its bytes, rate and time left.
      await expect(goPage.stepsDone).toBeVisible();
      await expect(goPage.downloadBar).toBeVisible({ timeout: 20_000 });
      await expect(goPage.progress).toContainText(/MiB of .*MiB.*\/s.*left/);
      await page.screenshot({ path: artifact('journey-happy-go-download.png'), fullPage: true });
      await expect(goPage.shellsOk).toBeVisible({ timeout: 90_000 });
      await expect(goPage.shellTable).toContainText('/usr/local/go/bin/go');
      await expect(goPage.shellTable).toContainText('hello from go-wsl-setup');
      await expect(goPage.installSummary).toContainText('loopback-mirror');
      expect(sandbox.read('usr/local/go/VERSION').startsWith(go.tarball.version)).toBe(true);
      expect(await goPage.stepShows('go', 'done')).toBe(true);

      await wizard.goTo('network'); // 4
      const net = new NetworkPage(page, 'en');
      await expect(net.winner).toContainText(modules.url, { timeout: 30_000 });
      await net.applyButton.click(); // 5: write GOPROXY / GOSUMDB, go on to Verify
      const verify = new VerifyPage(page, 'en');
      await expect(verify.proveButton).toBeVisible();
      expect(sandbox.read(`${sandbox.home}/.config/go/env`)).toContain(`GOPROXY=${modules.url}`);
      await verify.proveButton.click(); // 6: go run, go get, go test
      await expect(verify.proofOk).toBeVisible({ timeout: 90_000 });
      await expect(verify.stepOutput('run')).toContainText('hello from Go in WSL');
      // go get really went through the GOPROXY the Network step chose.
      expect(modules.requests.some((r) => r.includes('/rsc.io/quote/@v/'))).toBe(true);

      const { clicks, keys } = await interactions();
      console.log(`happy path: ${clicks} clicks, ${keys} key presses from launch to a successful go run`);
      expect(clicks).toBeLessThanOrEqual(8);
      expect(keys).toBe(0);
      for (const step of ['distro', 'go', 'network', 'verify'] as const) expect(await verify.stepShows(step, 'done'), step).toBe(true);
      // After the click count: the Terminal shows words for people, never the scripts' machine lines
      // (net-goproxy-probe.sh's PROBE records, net-prove.sh's STEP_BEGIN/STEP_END around go run's own output).
      expect(await terminalFinds(page, /^Find the fastest module proxy/, 'PROBE')).toBe(false);
      expect(await terminalFinds(page, /^Prove that Go works/, 'STEP_END')).toBe(false);
      expect(await terminalFinds(page, /^Prove that Go works/, 'hello from Go in WSL')).toBe(true);
      await page.getByRole('region', { name: 'Terminal' }).first().getByRole('button', { name: 'Hide details' }).click();
      await page.screenshot({ path: artifact('journey-happy-verify.png'), fullPage: true });
    } finally {
      await harness.stop();
    }
  });

  test('old apt Go: found and explained, a cancelled install leaves nothing, the reinstall comments out GOROOT and wins on PATH', async ({ page, go, modules }) => {
    test.skip(missing !== null, missing ?? '');
    sandbox = makeDistroSandbox({
      goCache: sharedGoCache(),
      noSumDb: QUOTE_STANDIN.path,
      aptGo: '2:1.18~0ubuntu2',
      bashrcTail: 'export GOROOT=/usr/lib/go-1.18\nexport PATH=$PATH:$GOROOT/bin',
    });
    const harness = await startJourney('journey-win11-ubuntu-no-go', sandbox, endpoints(go, modules));
    try {
      const wizard = new WizardPage(page, 'en');
      await wizard.open(harness.url);
      const distro = new DistroPage(page, 'en');
      await distro.waitForReport();
      await wizard.goTo('distro');
      await distro.useButton('Ubuntu-24.04').click();
      const goPage = new GoPage(page, 'en');
      // Both leftovers, each with the catalog's words and ID, and ticked for removal.
      await expect(goPage.oldInstalls).toContainText('/usr/bin/go');
      await expect(goPage.oldInstalls).toContainText('2:1.18~0ubuntu2');
      await expect(goPage.finding('GO_WRONG_VERSION')).toBeVisible();
      await expect(goPage.finding('GOROOT_INVALID')).toBeVisible();
      await expect(goPage.removeBox('apt')).toBeChecked();
      await expect(goPage.removeBox('goroot-exports')).toBeChecked();

      // Cancel mid-download: nothing in the distro changes before the checksum matched.
      await goPage.installButton(go.tarball.version).click();
      await expect(goPage.downloadBar).toBeVisible({ timeout: 20_000 });
      // At the beginner's 1280×720, wherever the page is scrolled, the running action's progress and Cancel are in
      // sight: they sit with it in the footer's right slot.
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.locator('.app__main').evaluate((m) => m.scrollTo({ top: m.scrollHeight }));
      const footer = page.locator('.step-footer');
      await expect(footer.locator('.step-footer__progress')).toBeInViewport();
      await expect(footer.getByRole('button', { name: 'Cancel', exact: true })).toBeInViewport();
      await expect(footer.locator('.button--primary')).toBeDisabled();
      await goPage.cancelButton.click();
      await expect(goPage.cancelledNote).toBeVisible({ timeout: 20_000 });
      expect(sandbox.exists('usr/local/go')).toBe(false);
      expect(sandbox.read(`${sandbox.home}/.bashrc`)).toMatch(/^export GOROOT=\/usr\/lib\/go-1\.18$/m);
      expect(await goPage.stepShows('go', 'done')).toBe(false);

      await goPage.installButton(go.tarball.version).click();
      await expect(goPage.shellsOk).toBeVisible({ timeout: 90_000 });
      // The GOROOT export is commented out (with a backup); the new Go comes first in every shell.
      expect(sandbox.read(`${sandbox.home}/.bashrc`)).toMatch(/^# disabled by go-wsl-setup: export GOROOT=\/usr\/lib\/go-1\.18$/m);
      expect(sandbox.exists(`${sandbox.home}/.bashrc.go-wsl-setup.bak`)).toBe(true);
      await expect(goPage.shellTable).toContainText('/usr/local/go/bin/go');
      await expect(goPage.installSummary).toContainText('goroot-export');
      // apt cannot run against a sandbox root: the package is honestly still listed after the install.
      await expect(goPage.oldInstalls).toContainText('2:1.18~0ubuntu2');
      await expect(goPage.finding('GOROOT_INVALID')).toHaveCount(0);
      await page.screenshot({ path: artifact('journey-old-apt-go.png'), fullPage: true });
    } finally {
      await harness.stop();
    }
  });
});

test.describe('journeys without a Go install', () => {
  test('Windows proxy refused from WSL, explained, then fixed and applied', async ({ page, go, modules }) => {
    test.setTimeout(90_000);
    const noGo = debianGoAvailable();
    test.skip(noGo !== null, noGo ?? '');
    sandbox = makeDistroSandbox({ goCache: sharedGoCache(), noSumDb: QUOTE_STANDIN.path });
    // Go endpoints too: the Go page reads the release list when the distro is chosen, and a test never leaves loopback.
    const harness = await startJourney('journey-win11-proxy-refused', sandbox, endpoints(go, modules));
    let clash: Awaited<ReturnType<typeof startProxyAt>> | null = null;
    try {
      const wizard = new WizardPage(page, 'en');
      await wizard.open(harness.url);
      const distro = new DistroPage(page, 'en');
      await distro.waitForReport();
      await wizard.goTo('distro');
      await distro.useButton('Ubuntu-24.04').click();
      await wizard.goTo('network');
      const net = new NetworkPage(page, 'en');
      const proxy = `http://127.0.0.1:${CLASH_PORT}`;
      // Nothing listens on the recorded proxy's port: refused, for real, from inside the distro.
      await expect(net.proxyStatus('refused', proxy)).toBeVisible({ timeout: 30_000 });
      await expect(net.finding('PROXY_REFUSED')).toBeVisible();
      await expect(net.hint('checkPort')).toBeVisible();
      await expect(net.winner).toBeVisible({ timeout: 30_000 });
      await expect(net.applyButton).toBeDisabled();
      expect(await net.stepShows('go', 'attention')).toBe(false);
      expect(await net.stepShows('network', 'attention')).toBe(true);
      await page.screenshot({ path: artifact('journey-proxy-refused.png'), fullPage: true });

      // The user starts the proxy app on Windows; Test again.
      clash = await startProxyAt(CLASH_PORT);
      await net.retestButton.click();
      await expect(net.proxyOk(proxy)).toBeVisible({ timeout: 30_000 });
      await expect(net.applyButton).toBeEnabled({ timeout: 30_000 });
      expect(clash.proxy.log.some((l) => l.includes('mods.gws.test'))).toBe(true);
      await net.applyButton.click();
      await expect(new VerifyPage(page, 'en').proveButton).toBeVisible();
      expect(await net.stepShows('network', 'done')).toBe(true);
      expect(sandbox.read(`${sandbox.home}/.config/go-wsl-setup/proxy.sh`)).toContain(proxy);
      expect(sandbox.read(`${sandbox.home}/.bashrc`)).toContain('go-wsl-setup');
    } finally {
      await harness.stop();
      await clash?.close();
    }
  });

  test.describe('virtualization off', () => {
    test.use({ machine: 'win10-virt-off-zh' });
    test('in zh-CN: the finding in catalog words, its ID behind Details; later steps are blocked and say why', async ({ page, harness }) => {
      await page.addInitScript(() => window.localStorage.clear());
      const distro = new DistroPage(page, 'zh-CN');
      await distro.open(harness.url);
      await distro.waitForReport();
      // The cause first, in the catalog's words; its ID (for a support person) one click away, behind Details.
      await expect(page.locator('.summary__causes').getByText(catalogEntryFor('VIRTUALIZATION_DISABLED', 'zh-CN').title)).toBeVisible();
      const id = page.locator('.finding__details').filter({ hasText: 'VIRTUALIZATION_DISABLED' }).first();
      await expect(id.getByText('VIRTUALIZATION_DISABLED')).toBeHidden();
      await id.locator('summary').click();
      await expect(id.getByText('VIRTUALIZATION_DISABLED')).toBeVisible();
      expect(await distro.stepShows('preflight', 'attention')).toBe(true);
      for (const step of ['distro', 'go', 'network', 'verify'] as const) expect(await distro.stepShows(step, 'blocked'), step).toBe(true);
      await distro.goTo('go');
      await expect(distro.blockedNote).toBeVisible();
      await expect(distro.finding('VIRTUALIZATION_DISABLED')).toBeVisible();
      await expect(page.getByRole('button', { name: /^安装 go/ })).toHaveCount(0);
      await page.screenshot({ path: artifact('journey-virt-off-zh.png'), fullPage: true });
    });
  });
});
