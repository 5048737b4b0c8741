import fs from 'node:fs';
import enFinish from '../src-renderer/i18n/locales/en/finish.json';
import { debianGoAvailable } from '../test/support/go-fixture';
import { freshShellsUnavailable } from '../test/support/sandbox';
import type { Running } from '../test/support/net/servers';
import { DistroPage } from './pages/DistroPage';
import { GoPage } from './pages/GoPage';
import { NetworkPage } from './pages/NetworkPage';
import { VerifyPage } from './pages/VerifyPage';
import { WizardPage } from './pages/WizardPage';
import { artifact, expect, startHarness, test as base } from './support/harness';
import { sharedGoCache } from './support/journey';
import { type GoServers, journeyFixtures, QUOTE_STANDIN } from './support/journey-servers';

/**
 * `npm run demo` with no options (issue #15): the journey machine, with the
 * distro side played for real in a temporary sandbox that the harness makes
 * itself; walked to Finish. Only the downloads point at loopback servers
 * (GWS_TEST_ENDPOINTS): this machine has no internet, where a user's demo
 * downloads from the real mirrors.
 */
const missing = debianGoAvailable() ?? freshShellsUnavailable();
if (missing) console.log(`skipping the demo's default journey: ${missing}`);

const test = base.extend<{ go: GoServers; modules: Running }>(journeyFixtures(64 * 1024 * 1024));

test("the demo's default start walks the whole journey to Finish", async ({ page, go, modules }) => {
  test.skip(missing !== null, missing ?? '');
  test.setTimeout(180_000);
  const endpoints = {
    go: { releaseLists: [`${go.list.url}/dl/?mode=json&include=all`], mirrors: [{ id: 'loopback-mirror', base: `${go.mirror.url}/` }] },
    network: { proxyTestUrl: `http://mods.gws.test:${modules.port}/`, goproxyCandidates: [modules.url], probePath: `/${QUOTE_STANDIN.path}/@v/list`, sumdb: null, dnsHosts: ['localhost'] },
    // Only what the fixture module proxy needs; the sandbox itself is the harness's own.
    distroEnv: { GONOSUMDB: QUOTE_STANDIN.path, GOCACHE: sharedGoCache() },
  };
  // No arguments at all: what `npm run demo` runs.
  const harness = await startHarness([], { ...process.env, GWS_TEST_ENDPOINTS: JSON.stringify(endpoints) });
  const sandboxRoot = /temporary sandbox \(([^,]+), user/.exec(harness.output?.() ?? '')?.[1];
  try {
    expect(harness.output?.()).toContain('go-wsl-setup demo (journey-win11-ubuntu-no-go) is running');
    expect(sandboxRoot, 'the console says where the sandbox is').toBeTruthy();
    const wizard = new WizardPage(page, 'en');
    await page.addInitScript(() => window.localStorage.clear());
    await wizard.open(harness.url);
    const distro = new DistroPage(page, 'en');
    await distro.waitForReport();
    await wizard.goTo('distro');
    await expect(distro.userField('Ubuntu-24.04')).toHaveValue('tester');
    await distro.useButton('Ubuntu-24.04').click();
    const goPage = new GoPage(page, 'en');
    await goPage.installButton(go.tarball.version).click();
    await expect(goPage.shellsOk).toBeVisible({ timeout: 90_000 });
    expect(fs.existsSync(`${sandboxRoot}/usr/local/go/VERSION`)).toBe(true);
    await wizard.goTo('network');
    const net = new NetworkPage(page, 'en');
    await expect(net.winner).toContainText(modules.url, { timeout: 30_000 });
    await net.applyButton.click();
    const verify = new VerifyPage(page, 'en');
    await verify.proveButton.click();
    await expect(verify.proofOk).toBeVisible({ timeout: 90_000 });
    await wizard.goTo('finish');
    await expect(page.getByRole('heading', { name: enFinish.next.title, exact: true })).toBeVisible();
    for (const step of ['preflight', 'wsl', 'distro', 'go', 'network', 'verify', 'finish'] as const) expect(await wizard.stepShows(step, 'done'), step).toBe(true);
    await page.screenshot({ path: artifact('demo-default-finish.png') });
  } finally {
    await harness.stop();
  }
  // The demo deletes its sandbox when it stops.
  expect(fs.existsSync(sandboxRoot!)).toBe(false);
});
