import enWsl from '../src-renderer/i18n/locales/en/wsl.json';
import zhWsl from '../src-renderer/i18n/locales/zh-CN/wsl.json';
import { confirmDialog } from '../src-shared/confirm';
import { PreflightPage } from './pages/PreflightPage';
import { makeConfirmDir, type ConfirmDir } from './support/confirmer';
import { artifact, expect, startHarness, test, test as base, type RunningHarness } from './support/harness';

/**
 * Fix steps that fit this PC (issue #15): on the Chinese Windows 10 HP laptop
 * with virtualization off, the BIOS steps use Windows 10's Settings path and
 * name HP's menu first, not every maker's in one long list.
 */
test.describe('virtualization off on a Windows 10 HP (win10-virt-off-zh)', () => {
  test.use({ machine: 'win10-virt-off-zh', viewport: { width: 1280, height: 720 } });
  test("the BIOS steps follow this PC's Windows and maker", async ({ page, harness }) => {
    await page.addInitScript(() => window.localStorage.clear());
    const app = new PreflightPage(page, 'zh-CN');
    await app.open(harness.url);
    await app.waitForReport();
    const card = page.locator('.check-fix').filter({ hasText: 'VIRTUALIZATION_DISABLED' });
    await expect(card).toBeVisible();
    const steps = card.locator('ol > li');
    await expect(steps.first()).toContainText('设置 > 更新和安全 > 恢复 > 高级启动');
    await expect(card).not.toContainText('设置 > 系统 > 恢复');
    await expect(steps.nth(2)).toHaveText('这台 惠普 HP 电脑上，这个开关通常在 Security（或 Advanced）> System Options。');
    await expect(steps.nth(3)).toContainText('其他品牌：联想 Lenovo');
    // Windows 10's facts do not say whether the firmware is UEFI: no "restart into UEFI settings" offered.
    await expect(page.getByRole('button', { name: zhWsl.fix.firmware.button })).toHaveCount(0);
    await page.screenshot({ path: artifact('fix-steps-win10-hp-zh.png') });
  });
});

/**
 * A Windows 11 Lenovo (UEFI: Windows 11 requires it) with virtualization off:
 * Lenovo's menu first, Windows 11's Settings path, and "Restart into UEFI
 * settings", which main asks about in its own dialog: No restarts nothing;
 * Yes registers the resume and runs shutdown /r /fw /t 0.
 */
test.describe('virtualization off on a Windows 11 Lenovo (win11-virt-off)', () => {
  const uefi = base.extend<{ confirm: ConfirmDir; confirmed: RunningHarness }>({
    confirm: async ({}, use) => {
      const c = makeConfirmDir();
      await use(c);
      c.cleanup();
    },
    confirmed: async ({ confirm }, use) => {
      const h = await startHarness(['--machine', 'win11-virt-off'], { ...process.env, ...confirm.env });
      await use(h);
      await h.stop();
    },
  });
  uefi.use({ viewport: { width: 1280, height: 720 } });
  uefi('Restart into UEFI settings, only on the yes in main\'s dialog', async ({ page, confirmed, confirm }) => {
    await page.addInitScript(() => window.localStorage.clear());
    const app = new PreflightPage(page, 'en');
    await app.open(confirmed.url);
    await app.waitForReport();
    const card = page.locator('.check-fix').filter({ hasText: 'VIRTUALIZATION_DISABLED' });
    await expect(card.locator('ol > li').first()).toContainText('Settings > System > Recovery > Advanced startup');
    await expect(card.locator('ol > li').nth(2)).toHaveText('On this Lenovo PC the switch is usually under Security > Virtualization (ThinkPad: Config > CPU).');
    const restart = card.getByRole('button', { name: enWsl.fix.firmware.button });
    await expect(restart).toBeVisible();

    confirm.answer('refuse');
    await restart.click();
    await expect(card.getByText(enWsl.fix.firmware.declined)).toBeVisible();
    expect(confirm.asked().map((a) => a.question)).toEqual([{ kind: 'rebootFirmware' }]);
    expect(confirm.asked()[0]!.dialog.accept).toBe(confirmDialog({ kind: 'rebootFirmware' }, 'en').accept);

    confirm.answer('accept');
    await restart.click();
    await expect(card.getByText(enWsl.fix.firmware.scheduled)).toBeVisible();
    await expect(restart).toBeDisabled();
    expect(confirm.asked()).toHaveLength(2);
    await page.screenshot({ path: artifact('fix-steps-win11-uefi-restart.png') });
  });
});
