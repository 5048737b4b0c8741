import enEditor from '../src-renderer/i18n/locales/en/editor.json';
import zhEditor from '../src-renderer/i18n/locales/zh-CN/editor.json';
import { debianGoAvailable } from '../test/support/go-fixture';
import { editorModulesFor, editorToolModules } from '../test/support/editor-tool-modules';
import type { Running } from '../test/support/net/servers';
import { freshShellsUnavailable } from '../test/support/sandbox';
import { artifact, expect, test as base } from './support/harness';
import { makeDistroSandbox, type DistroSandbox } from './support/distro-sandbox';
import { sharedGoCache, startJourney } from './support/journey';
import { type GoServers, journeyFixtures, QUOTE_STANDIN } from './support/journey-servers';
import { DistroPage } from './pages/DistroPage';
import { GoPage } from './pages/GoPage';
import { NetworkPage } from './pages/NetworkPage';
import { VerifyPage } from './pages/VerifyPage';
import { WizardPage } from './pages/WizardPage';
import type { UiLang } from './pages/strings';

/**
 * The journey to the Editor step: Go installed from the loopback mirror, the
 * Network step writes GOPROXY=<loopback proxy>,direct, Verify proves it, and
 * the Editor step installs gopls, dlv and staticcheck through that GOPROXY and
 * proves each with its own version command. The proxy serves the tools as
 * small stand-in modules at their real module paths and the pins for this Go
 * (test/support/editor-tool-modules.ts); go asks it for every prefix of
 * .../cmd/dlv, gets 404 for the non-module ones and the module at the root,
 * as from proxy.golang.org. The stand-ins are not in the public checksum
 * database, so they are in GONOSUMDB like the quote stand-in.
 */
const missing = debianGoAvailable() ?? freshShellsUnavailable();
if (missing) console.log(`skipping the Editor journey: ${missing} (editor-tools.sh itself is covered by test/main/editor/tools-real.test.ts)`);

const EDITOR = { en: enEditor, 'zh-CN': zhEditor } as const;

const test = base.extend<{ go: GoServers; modules: Running }>(journeyFixtures(64 * 1024 * 1024, editorModulesFor));

let sandbox: DistroSandbox | null = null;
test.afterEach(() => {
  sandbox?.cleanup();
  sandbox = null;
});

for (const lang of ['en', 'zh-CN'] as const satisfies readonly UiLang[]) {
  test(`${lang}: Go, network, verify, then the Editor step installs gopls, dlv and staticcheck through the chosen GOPROXY`, async ({ page, go, modules }) => {
    test.setTimeout(240_000);
    test.skip(missing !== null, missing ?? '');
    const toolPaths = editorToolModules({ gopls: '', dlv: '', staticcheck: '' }).map((m) => m.path);
    sandbox = makeDistroSandbox({ goCache: sharedGoCache(), noSumDb: [QUOTE_STANDIN.path, ...toolPaths].join(',') });
    const harness = await startJourney('journey-win11-ubuntu-no-go', sandbox, {
      go: { releaseLists: [`${go.list.url}/dl/?mode=json&include=all`], mirrors: [{ id: 'loopback-mirror', base: `${go.mirror.url}/` }] },
      network: { proxyTestUrl: `http://mods.gws.test:${modules.port}/`, goproxyCandidates: [modules.url], probePath: `/${QUOTE_STANDIN.path}/@v/list`, sumdb: null, dnsHosts: ['localhost'] },
    });
    try {
      const wizard = new WizardPage(page, 'en');
      await wizard.open(harness.url);
      if (lang !== 'en') await wizard.chooseLanguage(lang);
      const distro = new DistroPage(page, lang);
      await distro.waitForReport();
      await wizard.goTo('distro');
      await distro.useButton('Ubuntu-24.04').click();
      const goPage = new GoPage(page, lang);
      await goPage.installButton(go.tarball.version).click();
      await expect(goPage.shellsOk).toBeVisible({ timeout: 120_000 });
      await wizard.goTo('network');
      const net = new NetworkPage(page, lang);
      await expect(net.winner).toContainText(modules.url, { timeout: 30_000 });
      await net.applyButton.click();
      const verify = new VerifyPage(page, lang);
      await verify.proveButton.click();
      await expect(verify.proofOk).toBeVisible({ timeout: 90_000 });

      await wizard.goTo('editor');
      const s = EDITOR[lang];
      await expect(wizard.heading).toHaveText(s.title);
      await page.getByRole('button', { name: s.tools.button, exact: true }).click();
      const tools = page.getByRole('region', { name: s.tools.heading });
      await expect(tools).toBeVisible({ timeout: 150_000 });
      for (const name of ['gopls', 'dlv', 'staticcheck']) {
        const row = tools.locator(`li[data-tool="${name}"]`);
        await expect(row, await row.innerText()).toHaveAttribute('data-ok', 'true');
        // The proof is the built binary's own answer: the stand-in module, at the pin.
        await expect(row).toContainText('(test build)');
        expect(sandbox.exists(`${sandbox.home}/go/bin/${name}`), name).toBe(true);
      }
      // Every tool came through the GOPROXY the Network step wrote (with ",direct" after it): its zip from the proxy.
      expect(sandbox.read(`${sandbox.home}/.config/go/env`)).toContain(`GOPROXY=${modules.url},direct`);
      for (const p of toolPaths) expect(modules.requests.some((r) => r.startsWith(`GET /${p}/@v/`) && r.endsWith('.zip')), p).toBe(true);
      // go asked for the sub-path of the command too, was told 404 as by proxy.golang.org, and took the module root.
      expect(modules.requests.some((r) => r.startsWith('GET /github.com/go-delve/delve/cmd/dlv/@v/'))).toBe(true);
      await page.screenshot({ path: artifact(`journey-editor-tools-${lang}.png`), fullPage: true });
    } finally {
      await harness.stop();
    }
  });
}
