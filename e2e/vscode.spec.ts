import fs from 'node:fs';
import enEditor from '../src-renderer/i18n/locales/en/editor.json';
import zhEditor from '../src-renderer/i18n/locales/zh-CN/editor.json';
import { editorModulesFor, editorToolModules } from '../test/support/editor-tool-modules';
import { debianGoAvailable } from '../test/support/go-fixture';
import type { Running } from '../test/support/net/servers';
import { freshShellsUnavailable } from '../test/support/sandbox';
import { installVsCodeStandIn } from '../test/support/vscode-stand-in';
import { artifact, expect, startHarness, test, type RunningHarness } from './support/harness';
import { makeDistroSandbox, type DistroSandbox } from './support/distro-sandbox';
import { countInteractions, sharedGoCache, startJourney } from './support/journey';
import { type GoServers, journeyFixtures, QUOTE_STANDIN } from './support/journey-servers';
import { DistroPage } from './pages/DistroPage';
import { GoPage } from './pages/GoPage';
import { NetworkPage } from './pages/NetworkPage';
import { VerifyPage } from './pages/VerifyPage';
import { WizardPage } from './pages/WizardPage';
import type { UiLang } from './pages/strings';
import type { Page } from 'playwright-core';

/**
 * VS Code on the Windows side, one walk per recorded machine and language:
 * found (with or without the WSL extension), installed by winget, winget
 * failing on the network, no winget at all (Windows 10 LTSC). The Windows
 * side answers from the recording; where hello-go is opened, the distro side
 * (choosing Ubuntu, editor-hello.sh making ~/hello-go as the user) runs for
 * real against a sandbox. Last, the happy journey on the healthy VS Code
 * machine: from launch to "VS Code opens hello-go in WSL with gopls
 * installed", clicks counted.
 */
const EDITOR = { en: enEditor, 'zh-CN': zhEditor } as const;
const noLocalDistro = freshShellsUnavailable();
if (noLocalDistro) console.log(`skipping the VS Code walks that open hello-go: ${noLocalDistro} (covered by test/main/editor/vscode-machines.test.ts)`);

/** The recorded facts write VS Code's place as %LOCALAPPDATA%\...; main expands it from its own environment, as on Windows. */
const PROFILE_ENV = { LOCALAPPDATA: 'C:\\Users\\tester\\AppData\\Local' };

let sandbox: DistroSandbox | null = null;
test.afterEach(() => {
  sandbox?.cleanup();
  sandbox = null;
});

/** The harness on the machine; with a distro sandbox, Ubuntu-24.04 chosen first (the Editor step needs a target to open hello-go). */
async function openEditor(page: Page, machine: string, lang: UiLang, withDistro: boolean): Promise<{ harness: RunningHarness; wizard: WizardPage }> {
  let harness: RunningHarness;
  if (withDistro) {
    sandbox = makeDistroSandbox({ goCache: sharedGoCache(), noSumDb: '' });
    harness = await startJourney(machine, sandbox, {}, PROFILE_ENV);
  } else {
    harness = await startHarness(['--machine', machine], { ...process.env, ...PROFILE_ENV });
  }
  const wizard = new WizardPage(page, 'en');
  await wizard.open(harness.url);
  if (lang !== 'en') await wizard.chooseLanguage(lang);
  const distro = new DistroPage(page, lang);
  await distro.waitForReport();
  if (withDistro) {
    await wizard.goTo('distro');
    await distro.useButton('Ubuntu-24.04').click();
    await expect(wizard.heading).not.toHaveText(/distribution|发行版/i, { timeout: 30_000 });
  }
  await wizard.goTo('editor');
  await expect(wizard.heading).toHaveText(EDITOR[lang].title);
  return { harness, wizard };
}

const section = (page: Page, lang: UiLang) => page.getByRole('region', { name: EDITOR[lang].vscode.heading });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

for (const lang of ['en', 'zh-CN'] as const satisfies readonly UiLang[]) {
  const s = EDITOR[lang].vscode;

  test(`${lang}: vscode-user-wsl-ext: VS Code and its WSL extension are found; one click opens hello-go in WSL`, async ({ page }) => {
    test.skip(noLocalDistro !== null, noLocalDistro ?? '');
    const { harness, wizard } = await openEditor(page, 'vscode-user-wsl-ext', lang, true);
    try {
      const vs = section(page, lang);
      await expect(vs).toHaveAttribute('data-vscode', 'found', { timeout: 30_000 });
      await expect(vs.getByTestId('vscode-found')).toContainText('1.95.3');
      await expect(vs.getByTestId('vscode-wsl-extension')).toHaveAttribute('data-installed', 'true');
      await button(page, s.open.button).click();
      await expect(vs.getByTestId('vscode-opened')).toHaveAttribute('data-ok', 'true', { timeout: 30_000 });
      await expect(vs.getByTestId('vscode-opened')).toContainText('/home/tester/hello-go');
      // editor-hello.sh ran for real as the user: the project the button opened exists.
      expect(sandbox!.exists('/home/tester/hello-go/go.mod')).toBe(true);
      // The Go extension into WSL: editor-go-extension.sh runs for real as the user, against a VS Code stand-in.
      const { log } = installVsCodeStandIn(sandbox!.root, sandbox!.file('shims'));
      await button(page, s.goExtension.button).click();
      await expect(vs.getByTestId('vscode-go-extension')).toHaveAttribute('data-ok', 'true', { timeout: 30_000 });
      expect(fs.readFileSync(log, 'utf8')).toContain('args=--install-extension golang.go');
      // Finish offers the same button later.
      await wizard.goTo('finish');
      const finish = page.getByTestId('finish-open-vscode');
      await finish.getByRole('button', { name: s.open.button, exact: true }).click();
      await expect(finish.getByRole('status')).toContainText('/home/tester/hello-go', { timeout: 30_000 });
      await page.screenshot({ path: artifact(`vscode-user-wsl-ext-${lang}.png`), fullPage: true });
    } finally {
      await harness.stop();
    }
  });

  test(`${lang}: vscode-user-no-wsl-ext: the WSL extension is installed with code --install-extension, then hello-go opens`, async ({ page }) => {
    test.skip(noLocalDistro !== null, noLocalDistro ?? '');
    const { harness } = await openEditor(page, 'vscode-user-no-wsl-ext', lang, true);
    try {
      const vs = section(page, lang);
      await expect(vs.getByTestId('vscode-wsl-extension')).toHaveAttribute('data-installed', 'false', { timeout: 30_000 });
      await button(page, s.extension.button).click();
      await expect(vs.getByTestId('vscode-wsl-extension')).toHaveAttribute('data-installed', 'true', { timeout: 30_000 });
      await button(page, s.open.button).click();
      await expect(vs.getByTestId('vscode-opened')).toHaveAttribute('data-ok', 'true', { timeout: 30_000 });
    } finally {
      await harness.stop();
    }
  });

  test(`${lang}: vscode-absent-winget: winget installs VS Code per user, then the WSL extension, then hello-go opens`, async ({ page }) => {
    test.skip(noLocalDistro !== null, noLocalDistro ?? '');
    const { harness } = await openEditor(page, 'vscode-absent-winget', lang, true);
    try {
      const vs = section(page, lang);
      await expect(vs).toHaveAttribute('data-vscode', 'absent', { timeout: 30_000 });
      await expect(vs).toContainText('--scope user');
      await button(page, s.install).click();
      await expect(vs).toHaveAttribute('data-vscode', 'found', { timeout: 30_000 });
      await expect(vs).toContainText(s.installed);
      await button(page, s.extension.button).click();
      await expect(vs.getByTestId('vscode-wsl-extension')).toHaveAttribute('data-installed', 'true', { timeout: 30_000 });
      await button(page, s.open.button).click();
      await expect(vs.getByTestId('vscode-opened')).toHaveAttribute('data-ok', 'true', { timeout: 30_000 });
      await page.screenshot({ path: artifact(`vscode-absent-winget-${lang}.png`), fullPage: true });
    } finally {
      await harness.stop();
    }
  });

  test(`${lang}: vscode-winget-network: winget fails with 0x80072efd, diagnosed, with the download page and "check again"`, async ({ page }) => {
    const { harness } = await openEditor(page, 'vscode-winget-network', lang, false);
    try {
      const vs = section(page, lang);
      await expect(vs).toHaveAttribute('data-vscode', 'absent', { timeout: 30_000 });
      await button(page, s.install).click();
      await expect(vs.locator('[data-finding-id="VSCODE_WINGET_NETWORK"]')).toBeVisible({ timeout: 30_000 });
      await expect(vs).toContainText('0x80072efd : unknown error');
      await expect(vs).toContainText('https://code.visualstudio.com/Download');
      // "Check again" reads the facts again; still absent on this machine.
      await button(page, s.check).click();
      await expect(vs).toHaveAttribute('data-vscode', 'absent');
      await expect(button(page, s.check)).toBeEnabled();
      await page.screenshot({ path: artifact(`vscode-winget-network-${lang}.png`), fullPage: true });
    } finally {
      await harness.stop();
    }
  });

  test(`${lang}: vscode-absent-ltsc: no winget on Windows 10 LTSC: VSCODE_NO_WINGET and the download page, no install button`, async ({ page }) => {
    const { harness } = await openEditor(page, 'vscode-absent-ltsc', lang, false);
    try {
      const vs = section(page, lang);
      await expect(vs).toHaveAttribute('data-vscode', 'absent', { timeout: 30_000 });
      await expect(vs.locator('[data-finding-id="VSCODE_NO_WINGET"]')).toBeVisible();
      await expect(vs).toContainText('https://code.visualstudio.com/Download');
      await expect(button(page, s.install)).toHaveCount(0);
      await expect(button(page, s.check)).toBeVisible();
      await page.screenshot({ path: artifact(`vscode-absent-ltsc-${lang}.png`), fullPage: true });
    } finally {
      await harness.stop();
    }
  });
}

const noJourney = debianGoAvailable() ?? noLocalDistro;
if (noJourney) console.log(`skipping the VS Code happy journey: ${noJourney} (its parts: test/main/editor/tools-real.test.ts, test/main/editor/vscode-machines.test.ts)`);

const journey = test.extend<{ go: GoServers; modules: Running }>(journeyFixtures(64 * 1024 * 1024, editorModulesFor));

journey('happy journey: launch to VS Code opening hello-go in WSL with gopls installed, in at most 10 clicks and no typing', async ({ page, go, modules }) => {
  test.setTimeout(240_000);
  test.skip(noJourney !== null, noJourney ?? '');
  const toolPaths = editorToolModules({ gopls: '', dlv: '', staticcheck: '' }).map((m) => m.path);
  sandbox = makeDistroSandbox({ goCache: sharedGoCache(), noSumDb: [QUOTE_STANDIN.path, ...toolPaths].join(',') });
  const harness = await startJourney('vscode-user-wsl-ext', sandbox, {
    go: { releaseLists: [`${go.list.url}/dl/?mode=json&include=all`], mirrors: [{ id: 'loopback-mirror', base: `${go.mirror.url}/` }] },
    network: { proxyTestUrl: `http://mods.gws.test:${modules.port}/`, goproxyCandidates: [modules.url], probePath: `/${QUOTE_STANDIN.path}/@v/list`, sumdb: null, dnsHosts: ['localhost'] },
  }, PROFILE_ENV);
  try {
    const interactions = await countInteractions(page);
    const wizard = new WizardPage(page, 'en');
    await wizard.open(harness.url);
    const distro = new DistroPage(page, 'en');
    await distro.waitForReport();
    await wizard.goTo('distro'); // 1
    await distro.useButton('Ubuntu-24.04').click(); // 2
    const goPage = new GoPage(page, 'en');
    await goPage.installButton(go.tarball.version).click(); // 3
    await expect(goPage.shellsOk).toBeVisible({ timeout: 120_000 });
    await wizard.goTo('network'); // 4
    const net = new NetworkPage(page, 'en');
    await expect(net.winner).toContainText(modules.url, { timeout: 30_000 });
    await net.applyButton.click(); // 5
    const verify = new VerifyPage(page, 'en');
    await verify.proveButton.click(); // 6
    await expect(verify.proofOk).toBeVisible({ timeout: 90_000 });
    await wizard.goTo('editor'); // 7
    const e = EDITOR.en;
    await page.getByRole('button', { name: e.tools.button, exact: true }).click(); // 8
    const tools = page.getByRole('region', { name: e.tools.heading });
    await expect(tools).toBeVisible({ timeout: 150_000 });
    await expect(tools.locator('li[data-tool="gopls"]')).toHaveAttribute('data-ok', 'true');
    const vs = section(page, 'en');
    await expect(vs.getByTestId('vscode-wsl-extension')).toHaveAttribute('data-installed', 'true');
    await button(page, e.vscode.open.button).click(); // 9
    await expect(vs.getByTestId('vscode-opened')).toHaveAttribute('data-ok', 'true', { timeout: 30_000 });
    await expect(vs.getByTestId('vscode-opened')).toContainText('/home/tester/hello-go');
    expect(sandbox.exists('/home/tester/go/bin/gopls')).toBe(true);
    expect(sandbox.exists('/home/tester/hello-go/main.go')).toBe(true);
    expect(await wizard.stepShows('editor', 'done')).toBe(true);
    const { clicks, keys } = await interactions();
    console.log(`VS Code happy journey: ${clicks} clicks, ${keys} key presses from launch to VS Code opening hello-go in WSL with gopls installed`);
    expect(clicks).toBeLessThanOrEqual(10);
    expect(keys).toBe(0);
    await page.screenshot({ path: artifact('vscode-happy-journey.png'), fullPage: true });
  } finally {
    await harness.stop();
  }
});
