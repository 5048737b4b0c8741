import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import gitSsh from '../src-renderer/i18n/locales/en/gitSsh.json';
import { artifact, expect, test as base } from './support/harness';
import { makeConfirmDir, type ConfirmDir } from './support/confirmer';
import { makeDistroSandbox, type DistroSandbox } from './support/distro-sandbox';
import { sharedGoCache, startJourney } from './support/journey';
import { startGoServers, QUOTE_STANDIN, type GoServers } from './support/journey-servers';
import { debianGoAvailable, debianGoTarball } from '../test/support/go-fixture';
import { startHangServer, startModuleProxy, type Running } from '../test/support/net/servers';
import { makeUntrustedCert } from '../test/support/net/tls-cert';
import { DistroPage } from './pages/DistroPage';
import { NetworkPage } from './pages/NetworkPage';
import { WizardPage } from './pages/WizardPage';

/**
 * A company network that inspects HTTPS: the only module proxy presents a
 * certificate from "Example Corp TLS Inspection CA", which the distro does not
 * trust. The wizard finds it, names the issuer, and installs the root
 * certificate the user got from IT; measured again, the proxy works. The
 * distro side runs for real against a sandbox root with its own trust store
 * (update-ca-certificates, openssl and curl all use it).
 */
const ISSUER_CN = 'Example Corp TLS Inspection CA';

const test = base.extend<{ go: GoServers; inspected: { modules: Running; cert: string }; silentSsh: { port: number } }>({
  go: async ({}, use) => {
    const servers = await startGoServers(await debianGoTarball(), 64 * 1024 * 1024);
    await use(servers);
    await servers.close();
  },
  inspected: async ({}, use) => {
    const ca = makeUntrustedCert();
    const modules = await startModuleProxy({ modules: [QUOTE_STANDIN], tls: ca });
    await use({ modules, cert: ca.cert });
    await modules.close();
  },
  // An SSH server that accepts and never speaks: ssh gives up on the banner after its ConnectTimeout.
  silentSsh: async ({}, use) => {
    const ssh = await startHangServer();
    await use(ssh);
    await ssh.close();
  },
});

let sandbox: DistroSandbox | null = null;
let confirmDir: ConfirmDir | null = null;
test.afterEach(() => {
  sandbox?.cleanup();
  sandbox = null;
  confirmDir?.cleanup();
  confirmDir = null;
});

test('HTTPS inspected by a company proxy: found, explained, fixed by installing the root certificate', async ({ page, go, inspected, silentSsh }) => {
  test.setTimeout(120_000);
  const noGo = debianGoAvailable();
  test.skip(noGo !== null, noGo ?? '');
  sandbox = makeDistroSandbox({ goCache: sharedGoCache(), noSumDb: QUOTE_STANDIN.path });
  // The distro's trust store, laid out like Ubuntu's (empty: only what the wizard installs).
  for (const d of ['etc/ssl/certs', 'usr/share/ca-certificates', 'usr/local/share/ca-certificates', 'etc/ca-certificates/update.d']) fs.mkdirSync(sandbox.file(`/${d}`), { recursive: true });
  fs.writeFileSync(sandbox.file('/etc/ca-certificates.conf'), '');
  const port = new URL(inspected.modules.url).port;
  // Main's file dialog and confirmation, answered by the test (harness confirmer).
  const confirm = makeConfirmDir();
  confirmDir = confirm;
  const harness = await startJourney('journey-win11-ubuntu-no-go', sandbox, {
    go: { releaseLists: [`${go.list.url}/dl/?mode=json&include=all`], mirrors: [{ id: 'loopback-mirror', base: `${go.mirror.url}/` }] },
    network: { goproxyCandidates: [inspected.modules.url], probePath: `/${QUOTE_STANDIN.path}/@v/list`, sumdb: null, dnsHosts: ['localhost'], tlsHosts: [`127.0.0.1:${port}`], ssh: { host: '127.0.0.1', port: silentSsh.port, timeoutS: 2 } },
  }, confirm.env);
  try {
    const wizard = new WizardPage(page, 'en');
    await wizard.open(harness.url);
    const distro = new DistroPage(page, 'en');
    await distro.waitForReport();
    await wizard.goTo('distro');
    await distro.useButton('Ubuntu-24.04').click();
    await wizard.goTo('network');
    const net = new NetworkPage(page, 'en');

    // The module proxy fails on its certificate; HTTPS is checked by itself and the issuer named.
    await expect(net.installCertificate).toBeVisible({ timeout: 40_000 });
    await expect(page.getByText(new RegExp(`HTTPS is inspected by .*${ISSUER_CN}.*does not trust it yet`))).toBeVisible();
    await expect(net.finding('TLS_UNTRUSTED').first()).toBeVisible();
    await expect(net.applyButton).toBeDisabled();
    expect(await net.stepShows('network', 'attention')).toBe(true);
    await net.installCertificate.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('network-tls-untrusted.png') });
    // The certificate picker and the findings meet the same accessibility bar as every page.
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    // The root certificate from IT, as a .crt file, picked in main's file dialog.
    const crt = path.join(confirm.dir, 'company-root.crt');
    fs.writeFileSync(crt, inspected.cert);
    confirm.pick(crt);
    // No in main's dialog: nothing is installed.
    confirm.answer('refuse');
    await net.installCertificate.click();
    await expect(net.certificateDeclined).toBeVisible({ timeout: 30_000 });
    expect(fs.readdirSync(sandbox.file('/usr/local/share/ca-certificates'))).toEqual([]);
    // Main's dialog showed the certificate it read: subject, issuer and SHA-256 fingerprint.
    const [asked] = confirm.asked();
    expect(asked?.question).toMatchObject({ kind: 'importCa', distro: 'Ubuntu-24.04', subject: expect.stringContaining(ISSUER_CN), issuer: expect.stringContaining(ISSUER_CN) });
    expect(asked?.dialog.detail).toMatch(/SHA-256 fingerprint: ([0-9A-F]{2}:){31}[0-9A-F]{2}/);
    // Yes: installed.
    confirm.answer('accept');
    await net.installCertificate.click();
    await expect(net.certificateInstalled).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(new RegExp(`HTTPS is inspected by .*${ISSUER_CN}.*; the distribution trusts it\\.`))).toBeVisible({ timeout: 30_000 });
    await expect(net.winner).toBeVisible({ timeout: 30_000 });
    await expect(net.applyButton).toBeEnabled();
    // Installed into the distro's store under the wizard's own name; the bundle carries it.
    const installed = fs.readdirSync(sandbox.file('/usr/local/share/ca-certificates'));
    expect(installed).toHaveLength(1);
    expect(installed[0]).toMatch(/^go-wsl-setup-[0-9a-f]{16}\.crt$/);
    expect(sandbox.read('/etc/ssl/certs/ca-certificates.crt')).toContain(inspected.cert.split('\n')[1]);
    await net.certificateInstalled.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('network-tls-fixed.png') });

    // The optional Git and SSH section read the distro by itself (real net-git.sh / net-ssh.sh in the sandbox).
    const git = page.getByRole('region', { name: gitSsh.heading });
    await expect(git.getByText(/^Installed: git version \d/)).toBeVisible({ timeout: 30_000 });
    await git.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('network-git-ssh.png') });

    // An SSH key (real ssh-keygen in the sandbox), then a test login to Gitee; the test's server never answers.
    await git.getByRole('button', { name: gitSsh.key.create }).click();
    await expect(git.getByText(gitSsh.key.created)).toBeVisible({ timeout: 30_000 });
    await git.getByRole('combobox', { name: gitSsh.test.service }).selectOption('gitee');
    await git.getByRole('button', { name: gitSsh.test.button }).click();
    await expect(git.getByText('Gitee did not answer in time on port 22.', { exact: false })).toBeVisible({ timeout: 30_000 });
    await expect(git.getByText(`Tested through 127.0.0.1:${silentSsh.port}.`)).toBeVisible();
    await expect(git.locator('[data-finding-id="NET_TIMEOUT"]')).toBeVisible();
    expect(fs.readFileSync(sandbox.file('/home/tester/.ssh/id_ed25519.pub'), 'utf8')).toMatch(/^ssh-ed25519 AAAA/);
    await git.getByRole('button', { name: gitSsh.test.again }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('network-ssh-gitee.png') });
  } finally {
    await harness.stop();
  }
});
