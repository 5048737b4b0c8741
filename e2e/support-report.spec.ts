import enCommon from '../src-renderer/i18n/locales/en/common.json';
import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import enSupport from '../src-renderer/i18n/locales/en/support.json';
import enFinish from '../src-renderer/i18n/locales/en/finish.json';
import { PreflightPage } from './pages/PreflightPage';
import { artifact, expect, startHarness, test } from './support/harness';

/** The support tools in the header, the report dialog and the Finish page's reinstall chooser. */
class SupportTools {
  constructor(readonly page: Page) {}
  get modeToggle(): Locator {
    return this.page.getByRole('button', { name: enSupport.controls.mode });
  }
  get reportButton(): Locator {
    return this.page.getByRole('button', { name: enSupport.controls.report });
  }
  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: enSupport.report.title });
  }
  get preview(): Locator {
    return this.dialog.getByLabel(enSupport.report.summary, { exact: true });
  }
  get redact(): Locator {
    return this.dialog.getByRole('checkbox', { name: enSupport.report.redact });
  }
  get tail(): Locator {
    return this.page.getByRole('region', { name: enSupport.tail.title });
  }
}

test.describe('support report', () => {
  test('is previewed, redacted by default, copied, downloaded, and opens read-only with --replay', async ({ page, harness, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const app = new PreflightPage(page, 'en');
    const tools = new SupportTools(page);
    await app.open(harness.url);
    await app.waitForReport();
    await tools.reportButton.click();
    await expect(tools.dialog).toBeVisible();
    await expect(tools.redact).toBeChecked();
    await expect(tools.preview).toContainText('# go-wsl-setup support report');
    await expect(tools.preview).toContainText('22631');
    await expect(tools.preview).toContainText('hidden (user and computer names');
    // Unticking rebuilds it with personal data shown (secrets still removed).
    await tools.redact.uncheck();
    await expect(tools.preview).toContainText('shown (only secrets were removed)');
    await tools.redact.check();
    await expect(tools.preview).toContainText('hidden (user and computer names');
    await tools.dialog.getByRole('button', { name: enSupport.report.copySummary }).click();
    await expect(tools.dialog.getByRole('status')).toHaveText(enSupport.report.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('# go-wsl-setup support report');
    await page.screenshot({ path: artifact('support-report-dialog.png') });

    const download = page.waitForEvent('download');
    await tools.dialog.getByRole('button', { name: enSupport.report.download }).click();
    const file = await (await download).path();
    const report = JSON.parse(fs.readFileSync(file, 'utf8')) as { format: string; redacted: boolean; transcript: { entries: { probe: string }[] } };
    expect(report.format).toBe('go-wsl-setup.report/1');
    expect(report.redacted).toBe(true);
    expect(report.transcript.entries.map((e) => e.probe)).toEqual(expect.arrayContaining(['win.facts', 'wsl.version', 'wsl.list-verbose']));
    // Escape closes the modal and focus goes back to the page.
    await page.keyboard.press('Escape');
    await expect(tools.dialog).toBeHidden();

    // The support person's side: the same machine, read-only, no machine picker.
    const replay = await startHarness(['--replay', file]);
    try {
      const support = await page.context().newPage();
      const view = new PreflightPage(support, 'en');
      await view.open(replay.url);
      await view.waitForReport();
      await expect(view.readOnlyBanner).toBeVisible();
      await expect(view.windowsFacts).toContainText('22631');
      await expect(view.wslFacts).toContainText('2.3.26.0');
      await expect(view.machinePicker).toHaveCount(0);
      await support.close();
    } finally {
      await replay.stop();
    }

    // The same report opened from the demo's machine picker: after another machine, back to the user's, read-only.
    await app.chooseMachine('win10-kernel-missing');
    await expect(app.windowsFacts).toContainText('19044');
    await page.getByLabel(enCommon.machinePicker.openReport).setInputFiles(file);
    await expect(app.readOnlyBanner).toBeVisible();
    await expect(app.windowsFacts).toContainText('22631');
    await expect(app.machinePicker).toContainText('Report:');
  });

  test('support mode: larger type, step IDs, the Terminal\'s last lines with personal data masked', async ({ page, harness }) => {
    const app = new PreflightPage(page, 'en');
    const tools = new SupportTools(page);
    await page.addInitScript(() => window.localStorage.removeItem('go-wsl-setup.support-mode'));
    await app.open(harness.url);
    await app.waitForReport();
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const before = await size();
    await tools.modeToggle.click();
    await expect(tools.modeToggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-support', 'on');
    expect(await size()).toBeGreaterThan(before);
    await expect(page.getByText('Step ID: preflight')).toBeVisible();
    await expect(tools.tail).toBeVisible();
    await app.openShell.click();
    await expect(app.terminalScreen).toContainText('demo$', { timeout: 15_000 });
    await app.terminalInput.focus();
    await page.keyboard.type('echo "GOPATH=/home/zed-$((40+2))/go mail zed@example.org"');
    await page.keyboard.press('Enter');
    await expect(tools.tail).toContainText('GOPATH=/home/<user>/go mail <email>');
    await expect(tools.tail).not.toContainText('zed-42');
    await page.screenshot({ path: artifact('support-mode.png') });
    // Off again: everything as it was.
    await tools.modeToggle.click();
    await expect(page.locator('html')).not.toHaveAttribute('data-support', 'on');
    await expect(tools.tail).toHaveCount(0);
    expect(await size()).toBe(before);
  });

  test('Finish: the report button and the reinstall chooser with a typed confirmation', async ({ page, harness }) => {
    const app = new PreflightPage(page, 'en');
    await app.open(harness.url);
    await app.waitForReport();
    await app.goTo('finish');
    await expect(app.heading).toHaveText(enFinish.title);
    await page.getByRole('button', { name: enFinish.makeReport }).click();
    await expect(new SupportTools(page).dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('radio', { name: enSupport.reinstall.choice.distro }).check();
    await expect(page.getByText('Delete the distribution Ubuntu-24.04')).toBeVisible();
    const start = page.getByRole('button', { name: enSupport.reinstall.start });
    await expect(start).toBeDisabled();
    await page.getByLabel('Type Ubuntu-24.04 to confirm deleting it').fill('ubuntu-24.04');
    await expect(start).toBeDisabled();
    await page.getByLabel('Type Ubuntu-24.04 to confirm deleting it').fill('Ubuntu-24.04');
    await expect(start).toBeEnabled();
    await page.getByRole('radio', { name: enSupport.reinstall.choice.go }).check();
    await expect(page.getByText(enSupport.reinstall.steps.goUninstall)).toBeVisible();
    await expect(start).toBeDisabled(); // no Linux user yet
    await page.getByLabel(enSupport.reinstall.user).fill('dev');
    await expect(start).toBeEnabled();
  });
});
