import { test, expect } from './support/harness';
import { openWslPage } from './pages/WslPage';
import enTitles from '../src-renderer/i18n/locales/en/terminalTitles.json';

/** The plain `wsl --install` run's tab (not the GitHub MSI's, nor the web-download retry's): its name, then its state. */
const INSTALL_TAB = new RegExp(`^${enTitles['wsl.install']} \\((running|finished|failed)\\)$`);

/**
 * Preflight -> Install WSL -> restart -> resume, in Chromium over the harness,
 * on the recorded machines. A restart on a recorded machine moves it to its
 * 'rebooted' phase and the page reloads, as the app would start again; the
 * harness process keeps the saved resume state, like userData keeps it on
 * Windows. Every expectation is what the UI shows.
 */
const openOn = openWslPage;

test.describe('win11-healthy', () => {
  test.use({ machine: 'win11-healthy' });
  test('nothing to install', async ({ page, harness }) => {
    const w = await openOn(page, harness.url);
    await w.goTo('wsl');
    await expect(w.state('installed', '2.3.26.0')).toBeVisible();
    await expect(w.installButton).toHaveCount(0);
  });
});

test.describe('win10-virt-off-zh', () => {
  test.use({ machine: 'win10-virt-off-zh' });
  test('blocked: BIOS instructions in Chinese, nothing offered that cannot work', async ({ page, harness }) => {
    const w = await openOn(page, harness.url, 'zh-CN');
    // The fix column of the virtualization check carries the catalog's BIOS steps.
    await expect(w.check('CPU 虚拟化').getByRole('listitem', { name: /虚拟化/ })).toBeVisible();
    await w.goTo('wsl');
    await expect(w.state('blocked')).toBeVisible();
    await expect(w.finding('VIRTUALIZATION_DISABLED')).toBeVisible();
    await expect(w.installButton).toHaveCount(0);
  });
});

test.describe('win11-wsl-policy-blocked', () => {
  test.use({ machine: 'win11-wsl-policy-blocked' });
  test('group policy: ask IT, no install button', async ({ page, harness }) => {
    const w = await openOn(page, harness.url);
    await w.goTo('wsl');
    await expect(w.state('blocked')).toBeVisible();
    await expect(w.finding('WSL_GPO_BLOCKED')).toBeVisible();
    await expect(w.installButton).toHaveCount(0);
  });
});

test.describe('win11-uac-cancelled', () => {
  test.use({ machine: 'win11-uac-cancelled' });
  test('a refused UAC prompt changes nothing; retry installs; restart; resume at Install WSL', async ({ page, harness }) => {
    const w = await openOn(page, harness.url);
    await w.goTo('wsl');
    await w.installButton.click();
    await expect(w.outcome('elevation-denied')).toBeVisible();
    await expect(w.state('notInstalled')).toBeVisible();
    await w.retryButton.click();
    await expect(w.outcome('reboot-required')).toBeVisible();
    await expect(w.rebootPanel).toContainText('WSL was installed');
    await expect(w.terminalTab(INSTALL_TAB)).toBeVisible();
    await w.restartAndResume();
    await expect(w.resumeBanner).toBeVisible();
    await expect(w.heading).toHaveText('Install WSL');
    await expect(w.state('installed', '2.7.8.0')).toBeVisible();
  });
});

test.describe('win11-network-web-download', () => {
  test.use({ machine: 'win11-network-web-download' });
  test('Store download fails on the network (diagnosed), --web-download works, restart, resume', async ({ page, harness }) => {
    const w = await openOn(page, harness.url);
    await w.goTo('wsl');
    await w.installButton.click();
    await expect(w.outcome('reboot-required')).toBeVisible();
    await expect(w.attempt('install')).toContainText('exit code 4294967295');
    await expect(w.attempt('install').getByRole('listitem', { name: 'Windows could not download WSL or the distribution' })).toBeVisible();
    await expect(w.attempt('install-web')).toContainText('--web-download');
    await expect(w.terminalTab(enTitles['wsl.install_web-download'])).toBeVisible();
    await w.restartAndResume();
    await expect(w.resumeBanner).toBeVisible();
    await expect(w.state('installed', '2.7.8.0')).toBeVisible();
  });
});

test.describe('win10-inbox-legacy', () => {
  test.use({ machine: 'win10-inbox-legacy' });
  test('old in-box wsl.exe (19044): wsl --install prints only its usage; DISM + the Store WSL MSI, restart, resume', async ({ page, harness }) => {
    const w = await openOn(page, harness.url);
    await expect(w.check('WSL installed')).toHaveClass(/check--warn/);
    await w.goTo('wsl');
    await w.installButton.click();
    await expect(w.outcome('reboot-required')).toBeVisible();
    // The in-box help text (UTF-16LE, no error line) is recognised, not left unexplained.
    await expect(w.attempt('install').getByRole('listitem', { name: 'This is the old built-in wsl.exe' })).toBeVisible();
    await expect(w.terminalTab(INSTALL_TAB)).toBeVisible();
    await expect(w.terminal).toContainText('--install [Options]');
    await expect(w.attempt('enable-features')).toContainText('worked');
    await expect(w.attempt('install-msi')).toContainText('worked');
    await expect(w.attempt('update-web')).toHaveCount(0);
    await w.restartAndResume();
    await expect(w.heading).toHaveText('Install WSL');
    await expect(w.state('installed', '1.1.3.0')).toBeVisible();
  });
});

test.describe('win10-kernel-missing', () => {
  test.use({ machine: 'win10-kernel-missing' });
  test('Preflight fixes: WSL 2 default fails with 0x1bc (kernel), Update WSL, then it works', async ({ page, harness }) => {
    const w = await openOn(page, harness.url);
    await w.fixButton('Default WSL version', 'wsl.set-default-version').click();
    await expect(w.check('Default WSL version').getByText(/WSL 2 Linux kernel is missing/).first()).toBeVisible();
    await w.fixButton('WSL installed', 'wsl.update').click();
    await expect(w.check('WSL installed')).toHaveClass(/check--ok/);
    await w.fixButton('Default WSL version', 'wsl.set-default-version').click();
    await expect(w.check('Default WSL version')).toHaveClass(/check--ok/);
    await w.goTo('wsl');
    await expect(w.state('installed', '1.1.3.0')).toBeVisible();
  });
});

test.describe('win11-vmp-missing', () => {
  test.use({ machine: 'win11-vmp-missing' });
  test('Preflight fix enables the features, restart, resume re-checks: all green', async ({ page, harness }) => {
    const w = await openOn(page, harness.url);
    const vmp = w.check('Virtual Machine Platform');
    await expect(vmp).toHaveClass(/check--fail/);
    await w.fixButton('Virtual Machine Platform', 'windows.enable-features').click();
    await expect(vmp.getByText('Done, but Windows must restart to finish.')).toBeVisible();
    await vmp.getByRole('button', { name: 'Restart now', exact: true }).click();
    const reloaded = page.waitForEvent('load');
    await vmp.getByRole('alertdialog').getByRole('button', { name: 'Yes, restart now' }).click();
    await reloaded;
    await w.waitForReport();
    await expect(w.resumeBanner).toBeVisible();
    await expect(w.check('Virtual Machine Platform')).toHaveClass(/check--ok/);
    await expect(w.check('Pending restart')).toHaveClass(/check--ok/);
    await w.goTo('wsl');
    await expect(w.state('installed', '2.7.8.0')).toBeVisible();
  });
});

test.describe('win10-reboot-pending', () => {
  test.use({ machine: 'win10-reboot-pending' });
  test('restart first, resume at Install WSL, detect again, install', async ({ page, harness }) => {
    const w = await openOn(page, harness.url);
    await expect(w.check('Pending restart')).toHaveClass(/check--warn/);
    await w.goTo('wsl');
    await expect(w.state('pendingRestart')).toBeVisible();
    await expect(w.installButton).toHaveCount(0);
    await w.restartAndResume();
    await expect(w.heading).toHaveText('Install WSL');
    await expect(w.resumeBanner).toBeVisible();
    await w.installButton.click();
    await expect(w.outcome('done')).toBeVisible();
    await expect(w.state('installed', '1.1.3.0')).toBeVisible();
  });

  test('restart later: saved; a reload (the next start) opens at Install WSL', async ({ page, harness }) => {
    const w = await openOn(page, harness.url);
    await w.goTo('wsl');
    await w.restartLater.click();
    await expect(page.getByText('Saved. When you restart Windows')).toBeVisible();
    await page.reload();
    await w.stepNav.waitFor();
    await expect(w.heading).toHaveText('Install WSL');
    // Not restarted: Windows still says so, and the page says it too.
    await expect(w.state('pendingRestart')).toBeVisible();
  });
});

test.describe('win10-inbox-unpatched', () => {
  test.use({ machine: 'win10-inbox-unpatched' });
  test('in-box wsl.exe before KB5020030: Windows Update first, in Chinese; no install offered, no wsl --update', async ({ page, harness }) => {
    const w = await openOn(page, harness.url);
    await w.chooseLanguage('zh-CN');
    await w.goTo('wsl');
    await expect(w.state('blocked')).toBeVisible();
    await expect(w.finding('WSL_INBOX_NEEDS_UPDATE')).toBeVisible();
    await expect(w.installButton).toHaveCount(0);
  });
});
