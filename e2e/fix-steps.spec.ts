import zhWsl from '../src-renderer/i18n/locales/zh-CN/wsl.json';
import { PreflightPage } from './pages/PreflightPage';
import { artifact, expect, test } from './support/harness';

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
