import type { Locator, Page } from 'playwright-core';
import enDistro from '../src-renderer/i18n/locales/en/distro.json';
import zhDistro from '../src-renderer/i18n/locales/zh-CN/distro.json';
import enTerm from '../src-renderer/i18n/locales/en/terminal.json';
import enTitles from '../src-renderer/i18n/locales/en/terminalTitles.json';
import zhTitles from '../src-renderer/i18n/locales/zh-CN/terminalTitles.json';
import zhTerm from '../src-renderer/i18n/locales/zh-CN/terminal.json';
import enWsl from '../src-renderer/i18n/locales/en/wsl.json';
import enSupport from '../src-renderer/i18n/locales/en/support.json';
import enFinish from '../src-renderer/i18n/locales/en/finish.json';
import zhWsl from '../src-renderer/i18n/locales/zh-CN/wsl.json';
import { DistroPage } from './pages/DistroPage';
import { literal, STRINGS, type UiLang } from './pages/strings';
import { test, expect } from './support/harness';

/**
 * The Distro step walked in Chromium over the harness on the five recorded
 * machines made for it (assets/machines/distro-*.json). The machines move on
 * as the real wsl.exe would (a distro appears in `wsl -l -v` after its
 * install, converts after `wsl --set-version`, a distro installed while the
 * default is 1 comes out WSL 1), so every expectation is what the UI shows
 * after the real services ran on the recorded answers.
 */
const MORE = {
  en: { distro: enDistro, terminal: enTerm, wsl: enWsl },
  'zh-CN': { distro: zhDistro, terminal: zhTerm, wsl: zhWsl },
} as const;
const fill = (text: string, params: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => params[k] ?? '');

/** The Distro page object (e2e/pages/DistroPage.ts) plus what this walk needs beyond it. */
class DistroWalk extends DistroPage {
  constructor(page: Page, lang: UiLang = 'en') {
    super(page, lang);
  }
  private get m() {
    return MORE[this.lang];
  }
  /** A distro choice (radio), by its action and name: "Install Ubuntu-24.04", "Use Ubuntu". */
  option(action: 'install' | 'reuse', name: string): Locator {
    return this.page.getByRole('group', { name: this.m.distro.options.legend }).getByRole('radio', { name: literal(fill(this.m.distro.options[action], { name })) });
  }
  get recommended(): Locator {
    return this.page.getByRole('group', { name: this.m.distro.options.legend }).locator('label').filter({ hasText: this.m.distro.options.recommended });
  }
  installButton(name = 'Ubuntu-24.04'): Locator {
    return this.page.getByRole('button', { name: fill(this.m.distro.install.button, { name }), exact: true });
  }
  installOutcome(outcome: keyof typeof enDistro.install.outcome, name = 'Ubuntu-24.04'): Locator {
    return this.page.getByText(fill(this.m.distro.install.outcome[outcome], { name }), { exact: true });
  }
  get newUserName(): Locator {
    return this.page.getByLabel(this.m.distro.createUser.username, { exact: true });
  }
  get newPassword(): Locator {
    return this.page.getByLabel(this.m.distro.createUser.password, { exact: true });
  }
  get createUserButton(): Locator {
    return this.page.getByRole('button', { name: this.m.distro.createUser.button, exact: true });
  }
  get defaultUserPanel(): Locator {
    return this.page.getByRole('region', { name: this.m.distro.defaultUser.heading });
  }
  get defaultUserDiff(): Locator {
    return this.defaultUserPanel.getByLabel(this.m.distro.defaultUser.diff);
  }
  get applyDefaultUser(): Locator {
    return this.page.getByRole('button', { name: this.m.distro.defaultUser.apply, exact: true });
  }
  convertButton(name: string): Locator {
    return this.page.getByRole('button', { name: fill(this.m.distro.use.convertButton, { name }), exact: true });
  }
  text(words: string): Locator {
    return this.page.getByText(words, { exact: true });
  }
  /** The Install WSL step's fix button on a Preflight check. */
  fixButton(checkTitle: string, action: keyof typeof enWsl.fix.label): Locator {
    return this.check(checkTitle).getByRole('button', { name: this.m.wsl.fix.label[action] });
  }
  /** The docked Terminal (the Go page, reached at the end of a walk, can show a second copy of its tabs). */
  override get terminal(): Locator {
    return super.terminal.first();
  }
  terminalTab(title: string | RegExp): Locator {
    return this.terminal.getByRole('tab', { name: title }).first();
  }
  /**
   * Whether a Terminal session's output (scrollback included, not only the
   * rows on screen) contains the text: the session's own Find box says so.
   */
  async terminalHas(tab: string | RegExp, text: string): Promise<boolean> {
    await this.terminalTab(tab).click();
    await this.terminal.getByRole('button', { name: this.m.terminal.search, exact: true }).click();
    const box = this.terminal.getByRole('searchbox', { name: this.m.terminal.searchLabel });
    await box.fill(text);
    // The box marks "no matches" in React state: let that render before reading it.
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    const found = (await box.getAttribute('aria-invalid')) !== 'true';
    await this.terminal.getByRole('button', { name: this.m.terminal.closeSearch }).click();
    return found;
  }
  get goStepName(): string {
    return STRINGS[this.lang].steps.names.go;
  }
  /** Create the first user as a beginner would after the install. */
  async createFirstUser(user: string, password: string): Promise<void> {
    await this.newUserName.fill(user);
    await this.newPassword.fill(password);
    await this.createUserButton.click();
    await this.text(fill(this.m.distro.createUser.created, { user })).waitFor();
  }
}

async function openDistro(page: Page, url: string, lang: UiLang = 'en'): Promise<DistroWalk> {
  const w = new DistroWalk(page, 'en');
  await w.open(url);
  await w.waitForReport();
  if (lang !== 'en') await w.chooseLanguage(lang);
  return w;
}

async function goToDistro(w: DistroWalk): Promise<void> {
  await w.goTo('distro');
  await expect(w.heading).toHaveText(MORE[w.lang].distro.title);
}

/** The walk ends on the Go step with the Distro step marked done. */
async function expectDone(w: DistroWalk): Promise<void> {
  await expect(w.currentStep).toContainText(w.goStepName);
  await expect.poll(() => w.stepShows('distro', 'done')).toBe(true);
}

// Tabs are named by what ran, in the page's language (terminalTitles), not by main's command line.
const INSTALL_TAB = enTitles['distro.install'].replace('{{key}}', 'Ubuntu-24.04');
const ENSURE_V2_TAB = enTitles['distro.ensureV2'];

test.describe('distro-none', () => {
  test.use({ machine: 'distro-none' });
  test('no distro: install Ubuntu-24.04 from the Store, first user, default user in /etc/wsl.conf, use it', async ({ page, harness }) => {
    const w = await openDistro(page, harness.url);
    await goToDistro(w);
    await expect(w.finding('NO_DISTRO_INSTALLED')).toBeVisible();
    await expect(w.option('install', 'Ubuntu-24.04')).toBeChecked();
    await expect(w.recommended).toContainText(fill(enDistro.options.install, { name: 'Ubuntu-24.04' }));
    await w.installButton().click();
    await expect(w.installOutcome('installed')).toBeVisible();
    expect(await w.terminalHas(INSTALL_TAB, 'Distribution successfully installed')).toBe(true);
    // The Store worked: no second download.
    expect(await w.terminalHas(INSTALL_TAB, 'Error code:')).toBe(false);

    await w.createFirstUser('mei', 'correct horse 42');
    // Ubuntu 24.04 ships /etc/wsl.conf with systemd on: kept as it is, and the [user] block added.
    await expect(w.defaultUserPanel).toContainText('/etc/wsl.conf (Ubuntu-24.04)');
    await expect(w.defaultUserDiff).toContainText('+ default=mei');
    await expect(w.defaultUserDiff).toContainText('systemd=true');
    await expect(w.defaultUserDiff).not.toContainText('- systemd');
    await w.applyDefaultUser.click();
    await expect(w.defaultUserPanel).toHaveCount(0);

    await expect(w.userField('Ubuntu-24.04')).toHaveValue('mei');
    await w.useButton('Ubuntu-24.04').click();
    await expectDone(w);

    // The next start finds the wizard's own earlier change (its undo journal) and offers the guided reinstall.
    await page.reload();
    const previous = page.getByRole('region', { name: enSupport.previous.title });
    await expect(previous).toContainText(enSupport.previous.body.replace('{{count}}', '1'));
    await previous.getByRole('button', { name: enSupport.previous.action }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(enFinish.title);
  });
});

test.describe('distro-web-download', () => {
  test.use({ machine: 'distro-web-download' });
  test('the Store download fails, --web-download installs it, once', async ({ page, harness }) => {
    const w = await openDistro(page, harness.url);
    await goToDistro(w);
    await w.installButton().click();
    await expect(w.installOutcome('installed')).toBeVisible();
    // One task whose output has both attempts: the Store's error, then the web download's success.
    await expect(w.terminalTab(INSTALL_TAB)).toHaveCount(1);
    expect(await w.terminalHas(INSTALL_TAB, 'Error code: Wsl/InstallDistro/ERROR_FILE_NOT_FOUND')).toBe(true);
    expect(await w.terminalHas(INSTALL_TAB, 'Distribution successfully installed')).toBe(true);
    await expect(w.newUserName).toBeVisible();
  });
});

test.describe('distro-exists', () => {
  test.use({ machine: 'distro-exists' });
  test('a healthy Ubuntu-24.04 is reused with its default user from /etc/wsl.conf; nothing is downloaded', async ({ page, harness }) => {
    const w = await openDistro(page, harness.url);
    await goToDistro(w);
    await expect(w.recommended).toContainText(fill(enDistro.options.reuse, { name: 'Ubuntu-24.04' }));
    await expect(w.userField('Ubuntu-24.04')).toHaveValue('mei');
    await expect(w.text(enDistro.user.fromWslconf)).toBeVisible();
    await expect(w.installButton()).toHaveCount(0);
    await w.useButton('Ubuntu-24.04').click();
    await expectDone(w);
    await expect(w.terminalTab(INSTALL_TAB)).toHaveCount(0);
  });

  test('the recommended "Use Ubuntu-24.04" is the selected choice', async ({ page, harness }) => {
    const w = await openDistro(page, harness.url);
    await goToDistro(w);
    await expect(w.option('reuse', 'Ubuntu-24.04')).toBeChecked({ timeout: 5_000 });
    await expect(w.option('install', 'Ubuntu-24.04')).toHaveCount(0, { timeout: 5_000 });
  });
});

test.describe('distro-wsl1', () => {
  test.use({ machine: 'distro-wsl1' });
  test('zh-CN: the old WSL 1 Ubuntu is converted with wsl --set-version and used', async ({ page, harness }) => {
    const w = await openDistro(page, harness.url, 'zh-CN');
    await goToDistro(w);
    await expect(w.finding('DISTRO_IS_WSL1')).toBeVisible();
    // The fresh LTS is recommended; the WSL 1 Ubuntu is offered, converted.
    await expect(w.option('install', 'Ubuntu-24.04')).toBeChecked();
    await w.option('reuse', 'Ubuntu').check();
    await w.userField('Ubuntu').fill('papat');
    await w.convertButton('Ubuntu').click();
    await expectDone(w);
    // The page is in Chinese, and so is the tab's name.
    const tab = zhTitles['distro.ensureV2'];
    await expect(w.terminalTab(tab)).toBeVisible();
    expect(await w.terminalHas(tab, 'Conversion in progress, this may take a few minutes.')).toBe(true);
    expect(await w.terminalHas(tab, 'Ubuntu    Stopped         2')).toBe(true);
  });
});

test.describe('distro-default-v1', () => {
  test.use({ machine: 'distro-default-v1' });
  test('default version 1 fixed on Check this PC first: the install is WSL 2', async ({ page, harness }) => {
    const w = await openDistro(page, harness.url);
    await w.fixButton('Default WSL version', 'wsl.set-default-version').click();
    await expect(w.check('Default WSL version')).toHaveClass(/check--ok/);
    await goToDistro(w);
    await expect(w.finding('DEFAULT_VERSION_1')).toHaveCount(0);
    await w.installButton().click();
    await expect(w.installOutcome('installed')).toBeVisible();
    // Re-detected after the install: WSL 2.
    expect(await w.terminalHas(INSTALL_TAB, 'Ubuntu-24.04    Stopped         2')).toBe(true);
    await w.createFirstUser('lin', 'correct horse 42');
    await w.applyDefaultUser.click();
    await w.useButton('Ubuntu-24.04').click();
    await expectDone(w);
  });

  test('installed while the default is still 1: the distro comes out WSL 1 and must be converted before it is used', async ({ page, harness }) => {
    const w = await openDistro(page, harness.url);
    await goToDistro(w);
    await expect(w.finding('DEFAULT_VERSION_1')).toBeVisible();
    await w.installButton().click();
    await expect(w.installOutcome('installed')).toBeVisible();
    expect(await w.terminalHas(INSTALL_TAB, 'Ubuntu-24.04    Stopped         1')).toBe(true);
    await w.createFirstUser('lin', 'correct horse 42');
    await w.applyDefaultUser.click();
    await w.page.getByRole('button', { name: /Ubuntu-24\.04/ }).filter({ hasText: /^(Use|Convert)/ }).click();
    // Whatever the button says, the step may only finish on WSL 2: wsl --set-version must have run first.
    await expect(w.terminalTab(ENSURE_V2_TAB)).toBeVisible({ timeout: 5_000 });
    await expectDone(w);
  });
});
