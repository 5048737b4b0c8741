import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { artifact, expect, test } from './support/harness';
import { makeDistroSandbox, type DistroSandbox } from './support/distro-sandbox';
import { sharedGoCache, startJourney } from './support/journey';
import { startGoServers, startModules, startProxyAt, QUOTE_STANDIN } from './support/journey-servers';
import { fakeGoTarball } from '../test/support/go-fixture';
import { DistroPage } from './pages/DistroPage';
import { NetworkPage } from './pages/NetworkPage';
import { WizardPage } from './pages/WizardPage';

/**
 * A machine where only v2rayN's PAC names the proxy (recorded machine
 * win11-v2rayn-pac: ProxyEnable 0, AutoConfigURL http://127.0.0.1:10810/pac/).
 * The network step finds the proxy through our own resolution of that PAC
 * (127.0.0.1:10809 for Go's hosts), tests it for real from the distro side
 * (--local-distro), and applies it once the proxy app runs. The Go step's
 * release list is on loopback, which the PAC sends DIRECT.
 */
const V2RAYN_HTTP_PORT = 10809;

let sandbox: DistroSandbox | null = null;
let work: string | null = null;
test.afterEach(() => {
  sandbox?.cleanup();
  sandbox = null;
  if (work) fs.rmSync(work, { recursive: true, force: true });
  work = null;
});

test('PAC-only Windows proxy (v2rayN): found through the PAC, refused, then tested and applied in WSL', async ({ page }) => {
  test.setTimeout(90_000);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-e2e-pac-'));
  // The Go step reads the release list when a distro is chosen; a stand-in archive is enough here (nothing is installed).
  const go = await startGoServers(await fakeGoTarball(work, { version: 'go1.22.3' }), 8 * 1024 * 1024);
  const modules = await startModules();
  sandbox = makeDistroSandbox({ goCache: sharedGoCache(), noSumDb: QUOTE_STANDIN.path });
  const harness = await startJourney('win11-v2rayn-pac', sandbox, {
    go: { releaseLists: [`${go.list.url}/dl/?mode=json&include=all`], mirrors: [{ id: 'loopback-mirror', base: `${go.mirror.url}/` }] },
    network: { proxyTestUrl: `http://mods.gws.test:${modules.port}/`, goproxyCandidates: [modules.url], probePath: `/${QUOTE_STANDIN.path}/@v/list`, sumdb: null, dnsHosts: ['localhost'] },
  });
  let v2rayn: Awaited<ReturnType<typeof startProxyAt>> | null = null;
  try {
    const wizard = new WizardPage(page, 'en');
    await wizard.open(harness.url);
    const distro = new DistroPage(page, 'en');
    await distro.waitForReport();
    await wizard.goTo('distro');
    await distro.useButton('Ubuntu-24.04').click();
    await wizard.goTo('network');
    const net = new NetworkPage(page, 'en');
    const proxy = `http://127.0.0.1:${V2RAYN_HTTP_PORT}`;
    // No manual proxy is recorded: this address can only have come from the PAC.
    await expect(net.proxyStatus('refused', proxy)).toBeVisible({ timeout: 30_000 });
    await expect(net.finding('PROXY_REFUSED')).toBeVisible();
    await page.screenshot({ path: artifact('proxy-pac-refused.png'), fullPage: true });

    v2rayn = await startProxyAt(V2RAYN_HTTP_PORT);
    await net.retestButton.click();
    await expect(net.proxyOk(proxy)).toBeVisible({ timeout: 30_000 });
    await expect(net.applyButton).toBeEnabled({ timeout: 30_000 });
    expect(v2rayn.proxy.log.some((l) => l.includes('mods.gws.test'))).toBe(true);
    await net.applyButton.click();
    await expect.poll(() => sandbox!.exists(`${sandbox!.home}/.config/go-wsl-setup/proxy.sh`), { timeout: 30_000 }).toBe(true);
    expect(sandbox.read(`${sandbox.home}/.config/go-wsl-setup/proxy.sh`)).toContain(proxy);
  } finally {
    await harness.stop();
    await v2rayn?.close();
    await go.close();
    await modules.close();
  }
});
