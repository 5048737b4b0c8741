import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/harness';
import { openWslPage } from './pages/WslPage';
import enTitles from '../src-renderer/i18n/locales/en/terminalTitles.json';

/** The plain `wsl --install` run's tab (not the GitHub MSI's, nor the web-download retry's): its name, then its state. */
const INSTALL_TAB = new RegExp(`^${enTitles['wsl.install']} \\((running|finished|failed)\\)$`);
import { catalogEntryFor } from '../src-shared/catalog';
import enWsl from '../src-renderer/i18n/locales/en/wsl.json';
import zhWsl from '../src-renderer/i18n/locales/zh-CN/wsl.json';
import enProgress from '../src-renderer/i18n/locales/en/progress.json';

/**
 * Issue #12 points 3 and 4 in the UI: what the Install WSL page says before
 * the first administrator action, on the two recorded machines for it
 * (assets/machines/win11-standard-user.json, win11-company-clm.json).
 */
async function openOn(page: import('playwright-core').Page, url: string, lang: 'en' | 'zh-CN' = 'en') {
  // Both machines are en-US: the Chinese walks switch the language in the UI, as a user would.
  const w = await openWslPage(page, url);
  if (lang !== 'en') await w.chooseLanguage(lang);
  return w;
}

test.describe('win11-standard-user', () => {
  test.use({ machine: 'win11-standard-user' });

  test('told before the first click that an administrator must type their password; a refused prompt changes nothing; then it installs', async ({ page, harness }) => {
    const w = await openOn(page, harness.url);
    await w.goTo('wsl');
    await expect(page.getByText(enWsl.elevation.before)).toBeVisible();
    await expect(w.finding('ELEVATION_STANDARD_USER')).toBeVisible();
    await expect(w.finding('ELEVATION_STANDARD_USER')).toContainText('an administrator of this PC');
    // Said before anything elevated ran: the command has no Terminal tab yet, and the button is there.
    await expect(w.terminalTab(INSTALL_TAB)).toHaveCount(0);
    // The warning adds no serious or critical accessibility problem (axe, as accessibility.spec.ts runs it).
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await w.installButton.click();
    // Not "try again whenever you are ready": an administrator's password is what was missing.
    await expect(page.getByText(enWsl.elevation.deniedStandard)).toBeVisible();
    await expect(w.outcome('elevation-denied')).toHaveCount(0);
    await expect(w.finding('ELEVATION_STANDARD_USER')).toBeVisible();
    await w.retryButton.click();
    await expect(w.outcome('reboot-required')).toBeVisible();
  });

  test('the Preflight fix that needs administrator rights carries the same warning', async ({ page, harness }) => {
    const w = await openOn(page, harness.url);
    const vmp = w.check('Virtual Machine Platform');
    await expect(w.fixButton('Virtual Machine Platform', 'windows.enable-features')).toBeVisible();
    await expect(vmp.getByRole('listitem', { name: catalogEntryFor('ELEVATION_STANDARD_USER', 'en').title })).toBeVisible();
  });

  test('the same warning in Chinese', async ({ page, harness }) => {
    const w = await openOn(page, harness.url, 'zh-CN');
    await w.goTo('wsl');
    await expect(page.getByText(zhWsl.elevation.before)).toBeVisible();
    await expect(w.finding('ELEVATION_STANDARD_USER')).toContainText('管理员');
    await expect(w.installButton).toBeVisible();
  });
});

test.describe('win11-company-clm', () => {
  test.use({ machine: 'win11-company-clm' });

  test('ConstrainedLanguage is named, nothing is blocked, and the administrator step runs', async ({ page, harness }) => {
    const w = await openOn(page, harness.url);
    await w.goTo('wsl');
    await expect(page.getByText(enWsl.elevation.constrained)).toBeVisible();
    await expect(w.finding('ELEVATION_NO_ROUTE')).toHaveCount(0);
    await expect(page.getByText(enWsl.elevation.before)).toHaveCount(0);
    await w.installButton.click();
    await expect(w.outcome('reboot-required')).toBeVisible();
    await expect(w.terminalTab(INSTALL_TAB)).toBeVisible();
  });

  test('Cancel while the administrator step runs: the page says "stopped" from the step\'s own answer, and a retry installs', async ({ page, harness }) => {
    const w = await openOn(page, harness.url);
    await w.goTo('wsl');
    await w.installButton.click();
    // The recorded install streams for 1.5 s: time to press Cancel while it runs.
    await page.getByRole('button', { name: enProgress.cancel, exact: true }).click();
    await expect(w.outcome('cancelled')).toBeVisible();
    await expect(w.state('notInstalled')).toBeVisible();
    await w.retryButton.click();
    await expect(w.outcome('reboot-required')).toBeVisible();
  });

  test('in Chinese too', async ({ page, harness }) => {
    const w = await openOn(page, harness.url, 'zh-CN');
    await w.goTo('wsl');
    await expect(page.getByText(zhWsl.elevation.constrained)).toBeVisible();
    await expect(w.installButton).toBeVisible();
  });
});
