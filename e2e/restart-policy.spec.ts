import { test, expect } from './support/harness';
import { openWslPage } from './pages/WslPage';

/**
 * Issue #12 points 1 and 2 in the UI, on recorded machines: a pending file
 * rename never hides the Install button; a restart reason that survives the
 * restart lets the user go on with an explanation; WSL's group policies are
 * explained, and only AllowWSL=0 blocks.
 */
const openOn = openWslPage;

test.describe('win11-file-rename-only', () => {
  test.use({ machine: 'win11-file-rename-only' });
  test('a pending file rename is information: no restart demanded, install runs', async ({ page, harness }) => {
    const w = await openOn(page, harness.url);
    await expect(w.check('Pending restart')).toHaveClass(/check--ok/);
    await expect(w.check('Pending restart').getByRole('region', { name: 'Windows has files to replace at the next restart (information)' })).toBeVisible();
    await w.goTo('wsl');
    await expect(w.state('pendingRestart')).toHaveCount(0);
    await w.installButton.click();
    await expect(w.outcome('done')).toBeVisible();
  });
});

test.describe('win11-reboot-loop', () => {
  test.use({ machine: 'win11-reboot-loop' });
  test('restart once; the same CBS reason after the restart lets the user go on and install', async ({ page, harness }) => {
    const w = await openOn(page, harness.url);
    await expect(w.check('Pending restart')).toHaveClass(/check--warn/);
    await w.goTo('wsl');
    await expect(w.state('pendingRestart')).toBeVisible();
    await expect(w.installButton).toHaveCount(0);
    await w.restartAndResume();
    await expect(w.heading).toHaveText('Install WSL');
    await expect(w.state('pendingAfterRestart')).toBeVisible();
    await expect(w.state('pendingRestart')).toHaveCount(0);
    await w.installButton.click();
    await expect(w.outcome('done')).toBeVisible();
  });
});

test.describe('win11-company-inbox-off', () => {
  test.use({ machine: 'win11-company-inbox-off' });
  test('recommended enterprise policies: explained in Chinese, not a block, the Store WSL installs', async ({ page, harness }) => {
    const w = await openOn(page, harness.url);
    await expect(page.getByText(/^AllowInboxWSL=0, AllowWSL1=0, /)).toHaveCount(1);
    await w.chooseLanguage('zh-CN');
    const policy = w.check('组策略');
    await expect(policy).toHaveClass(/check--ok/);
    await expect(policy.getByRole('region', { name: '你的组织只允许应用商店版 WSL（仅供参考）' })).toBeVisible();
    await expect(policy.getByRole('region', { name: '你的组织规定了 WSL 的网络模式（仅供参考）' })).toBeVisible();
    await w.goTo('wsl');
    await expect(w.state('blocked')).toHaveCount(0);
    await w.installButton.click();
    await expect(w.outcome('done')).toBeVisible();
  });
});
