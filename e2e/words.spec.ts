import { test, expect } from './support/harness';
import { openWslPage } from './pages/WslPage';
import zhPanel from '../src-renderer/i18n/locales/zh-CN/terminalPanel.json';
import zhTitles from '../src-renderer/i18n/locales/zh-CN/terminalTitles.json';
import zhCommon from '../src-renderer/i18n/locales/zh-CN/common.json';
import zhPreflight from '../src-renderer/i18n/locales/zh-CN/preflight.json';

/**
 * Issue #15, words and the terminal, in the UI on a recorded machine: tab names
 * come from main as ids and read in Chinese; wsl --list with no distribution yet
 * (exit -1, an answer) is neither red nor opens the dock; raw values Windows
 * reports (Edition "Professional", feature "Enabled") read in words.
 */
const tab = (dock: import('playwright-core').Locator, title: string) => dock.getByRole('tab', { name: new RegExp(`^${title}`) });

test.describe('distro-none', () => {
  test.use({ machine: 'distro-none' });

  test('terminal tabs in Chinese; the no-distro answer of wsl --list is not a failure; raw values in words', async ({ page, harness }) => {
    const w = await openWslPage(page, harness.url);
    // As a user would: the machine is English, the reader switches the app to Chinese.
    await w.chooseLanguage('zh-CN');
    const dock = page.getByRole('region', { name: zhPanel.heading });
    const list = tab(dock, zhTitles['wsl.list-verbose']);
    await expect(list).toBeVisible();
    await expect(list).toContainText(zhPanel.state.ok);
    await expect(list.locator('.terminal-tabs__dot--failed')).toHaveCount(0);
    await expect(tab(dock, zhTitles['win.facts'])).toBeVisible();
    await expect(tab(dock, zhTitles['wsl.version'])).toBeVisible();
    await expect(dock.getByRole('tab', { name: /Windows facts|wsl(\.exe)? --/ })).toHaveCount(0);
    // Nothing failed, so the dock stays one line.
    await expect(page.locator('#terminal-body')).toBeHidden();
    await expect(dock.getByRole('status')).toHaveText(new RegExp(`^${zhPanel.status.ok.split('{{')[0]}`));
    // Raw values: the edition and the feature states in words, never the identifiers.
    await expect(page.getByText(zhCommon.raw.edition.Professional, { exact: true }).first()).toBeAttached();
    await expect(page.getByText(zhPreflight.feature.Enabled, { exact: true }).first()).toBeAttached();
    await expect(page.getByText(/^(Professional|Enabled)$/)).toHaveCount(0);
  });
});
