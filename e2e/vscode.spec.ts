import enEditor from '../src-renderer/i18n/locales/en/editor.json';
import zhEditor from '../src-renderer/i18n/locales/zh-CN/editor.json';
import { freshShellsUnavailable } from '../test/support/sandbox';
import { artifact, expect, startHarness, test, type RunningHarness } from './support/harness';
import { makeDistroSandbox, type DistroSandbox } from './support/distro-sandbox';
import { sharedGoCache, startJourney } from './support/journey';
import { DistroPage } from './pages/DistroPage';
import { WizardPage } from './pages/WizardPage';
import type { UiLang } from './pages/strings';
import type { Page } from 'playwright-core';

/**
 * VS Code on the Windows side, one walk per recorded machine and language:
 * found (with or without the WSL extension), installed by winget, winget
 * failing on the network, no winget at all (Windows 10 LTSC). The Windows
 * side answers from the recording; where hello-go is opened, the distro side
 * (choosing Ubuntu, editor-hello.sh making ~/hello-go as the user) runs for
 * real against a sandbox. The happy journey with the Go tools and its click
 * count is in e2e/editor.spec.ts.
 */
const EDITOR = { en: enEditor, 'zh-CN': zhEditor } as const;
const noLocalDistro = freshShellsUnavailable();
if (noLocalDistro) console.log(`skipping the VS Code walks that open hello-go: ${noLocalDistro} (covered by test/main/editor/vscode-machines.test.ts)`);

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
    harness = await startJourney(machine, sandbox, {});
  } else {
    harness = await startHarness(['--machine', machine]);
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
    const { harness } = await openEditor(page, 'vscode-user-wsl-ext', lang, true);
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
