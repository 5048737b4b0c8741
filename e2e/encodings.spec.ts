import { test, expect } from './support/harness';
import { openWslPage } from './pages/WslPage';

/**
 * Windows as it really writes: a Chinese PC's facts in GBK, and an elevated
 * fix whose PowerShell error comes as CLIXML. What the user sees is the
 * decoded text and the right diagnosis, never mojibake or XML.
 */
const openOn = openWslPage;

test.describe('win10-home-zh-gbk', () => {
  test.use({ machine: 'win10-home-zh-gbk' });
  test('facts that arrive as GBK show in Chinese: product name, architecture; no replacement characters', async ({ page, harness }) => {
    const w = await openOn(page, harness.url, 'zh-CN');
    await expect(w.fact(w.windowsFacts, '版本')).toHaveText('Microsoft Windows 11 家庭中文版 23H2');
    await expect(w.fact(w.windowsFacts, '体系结构')).toHaveText('64 位');
    // The edition's id (CoreCountrySpecific) is shown in words since the words work (#15 point 8).
    await expect(w.fact(w.windowsFacts, '版本类型')).toHaveText('家庭中文版');
    await expect(w.windowsFacts).not.toContainText('\uFFFD');
  });
});

test.describe('win11-constrained-language', () => {
  test.use({ machine: 'win11-constrained-language' });
  test('the elevated fix fails in CLIXML: the plain PowerShell error and the policy diagnosis, no XML', async ({ page, harness }) => {
    const w = await openOn(page, harness.url);
    await w.fixButton('Virtual Machine Platform', 'windows.enable-features').click();
    await expect(w.outcome('failed')).toBeVisible();
    const finding = w.finding('WSL_GPO_BLOCKED').first();
    await expect(finding).toBeVisible();
    await expect(finding).toContainText('Cannot create type. Only core types are supported in this language mode.');
    await expect(page.locator('body')).not.toContainText(/_x000D_|#< CLIXML|<Objs|Preparing modules for first use/);
  });
});
