import enFinish from '../src-renderer/i18n/locales/en/finish.json';
import enGo from '../src-renderer/i18n/locales/en/go.json';
import enSupport from '../src-renderer/i18n/locales/en/support.json';
import { debianGoAvailable } from '../test/support/go-fixture';
import { freshShellsUnavailable } from '../test/support/sandbox';
import { DistroPage } from './pages/DistroPage';
import { GoPage } from './pages/GoPage';
import { WizardPage } from './pages/WizardPage';
import { makeDistroSandbox, type DistroSandbox } from './support/distro-sandbox';
import { artifact, expect, test as base } from './support/harness';
import { sharedGoCache, startJourney } from './support/journey';
import { type GoServers, journeyFixtures, QUOTE_STANDIN } from './support/journey-servers';
import type { Running } from '../test/support/net/servers';

/**
 * The guided reinstall (Finish, "set up again") for real: Go is installed
 * into a sandboxed distro, then undone from Finish. What the undo took away
 * must not be shown as still there: the step loses its ✓, Finish stops
 * listing Go, and the Go page detects the distro again and finds no Go.
 */
const missing = debianGoAvailable() ?? freshShellsUnavailable();
if (missing) console.log(`skipping the reinstall journey: ${missing}`);

const test = base.extend<{ go: GoServers; modules: Running }>(journeyFixtures(64 * 1024 * 1024));
let sandbox: DistroSandbox | null = null;
test.afterEach(() => {
  sandbox?.cleanup();
  sandbox = null;
});

test('after a guided reinstall of Go, the steps it undid are reset and detected again', async ({ page, go, modules }) => {
  test.skip(missing !== null, missing ?? '');
  test.setTimeout(150_000);
  sandbox = makeDistroSandbox({ goCache: sharedGoCache(), noSumDb: QUOTE_STANDIN.path });
  const harness = await startJourney('journey-win11-ubuntu-no-go', sandbox, {
    go: { releaseLists: [`${go.list.url}/dl/?mode=json&include=all`], mirrors: [{ id: 'loopback-mirror', base: `${go.mirror.url}/` }] },
    network: { proxyTestUrl: `http://mods.gws.test:${modules.port}/`, goproxyCandidates: [modules.url], probePath: `/${QUOTE_STANDIN.path}/@v/list`, sumdb: null, dnsHosts: ['localhost'] },
  });
  try {
    const wizard = new WizardPage(page, 'en');
    await wizard.open(harness.url);
    const distro = new DistroPage(page, 'en');
    await distro.waitForReport();
    await wizard.goTo('distro');
    await distro.useButton('Ubuntu-24.04').click();
    const goPage = new GoPage(page, 'en');
    await goPage.installButton(go.tarball.version).click();
    await expect(goPage.shellsOk).toBeVisible({ timeout: 90_000 });
    expect(await goPage.stepShows('go', 'done')).toBe(true);
    const goLine = page.getByText(enFinish.next.go.split('{{version}}')[0] + go.tarball.version);

    await wizard.goTo('finish');
    await expect(goLine).toBeVisible();
    await page.getByRole('radio', { name: enSupport.reinstall.choice.go }).check();
    await expect(page.getByLabel(enSupport.reinstall.user)).toHaveValue('tester');
    await page.getByRole('button', { name: enSupport.reinstall.start }).click();
    await expect(page.getByText(enSupport.reinstall.allDone)).toBeVisible({ timeout: 60_000 });
    expect(sandbox.exists('usr/local/go')).toBe(false);

    // Finish: no Go line, and not "You are set up".
    await expect(goLine).toHaveCount(0);
    await expect(page.getByRole('heading', { name: enFinish.next.title, exact: true })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: enFinish.next.titleSoFar, exact: true })).toBeVisible();
    expect(await wizard.stepShows('go', 'done')).toBe(false);
    expect(await wizard.stepShows('verify', 'done')).toBe(false);

    // Install Go: detected again, nothing installed, the plain install offered (not "again"), no summary of the removed install.
    await wizard.goTo('go');
    await expect(goPage.installButton(go.tarball.version)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('button', { name: enGo.install.again.replace('{{version}}', go.tarball.version) })).toHaveCount(0);
    await expect(page.getByText(enGo.old.none)).toBeVisible();
    await expect(goPage.installSummary).toHaveCount(0);
    await expect(goPage.shellsOk).toHaveCount(0);
    await page.screenshot({ path: artifact('reinstall-go-reset.png'), fullPage: true });
  } finally {
    await harness.stop();
  }
});
