import enSupport from '../src-renderer/i18n/locales/en/support.json';
import enWsl from '../src-renderer/i18n/locales/en/wsl.json';
import { confirmDialog } from '../src-shared/confirm';
import { makeConfirmDir, rawInvoke, type ConfirmDir } from './support/confirmer';
import { expect, startHarness, test as base, type RunningHarness } from './support/harness';
import { openWslPage } from './pages/WslPage';

/**
 * The decisions only a person may make are answered in main, not by the page:
 * each is refused, then accepted, through the harness confirmer (the test sets
 * the answer in a folder the page cannot reach and reads back what main asked,
 * with the real parameters). The page can explain and prepare; a page that
 * speaks the contract itself cannot answer for the person either.
 */
const test = base.extend<{ confirm: ConfirmDir; confirmed: RunningHarness }>({
  confirm: async ({}, use) => {
    const c = makeConfirmDir();
    await use(c);
    c.cleanup();
  },
  // The harness on the test's machine, with the confirmer answering from the test's folder.
  confirmed: async ({ machine, confirm }, use) => {
    const h = await startHarness(['--machine', machine], { ...process.env, ...confirm.env });
    await use(h);
    await h.stop();
  },
});

const openOn = openWslPage;

test.describe('win10-reboot-pending', () => {
  test.use({ machine: 'win10-reboot-pending' });
  test('restart: No in main\'s dialog restarts nothing; Yes restarts and the wizard resumes', async ({ page, confirmed, confirm }) => {
    const w = await openOn(page, confirmed.url);
    await w.goTo('wsl');
    confirm.answer('refuse');
    await w.restartNow.click();
    await w.confirmRestart.click();
    await expect(page.getByText(enWsl.reboot.declined)).toBeVisible();
    await expect(w.restartScheduled).toHaveCount(0);
    // Main asked with the real delay, in the app's language, and was told no.
    expect(confirm.asked()).toEqual([
      { question: { kind: 'reboot', delaySeconds: 5 }, lang: 'en', dialog: confirmDialog({ kind: 'reboot', delaySeconds: 5 }, 'en'), answer: false },
    ]);
    await expect(w.state('pendingRestart')).toBeVisible();

    confirm.answer('accept');
    await w.restartAndResume();
    await expect(w.heading).toHaveText('Install WSL');
    await expect(w.resumeBanner).toBeVisible();
    expect(confirm.asked().map((a) => a.answer)).toEqual([false, true]);
  });
});

test.describe('distro-wsl1', () => {
  test.use({ machine: 'distro-wsl1' });
  test('delete a distro: No deletes and exports nothing; Yes exports to main\'s folder, then deletes', async ({ page, confirmed, confirm }) => {
    const w = await openOn(page, confirmed.url);
    await w.goTo('finish');
    await page.getByRole('radio', { name: enSupport.reinstall.choice.distro }).check();
    await page.getByLabel(enSupport.reinstall.confirmLabel.replace('{{name}}', 'Ubuntu')).fill('Ubuntu');
    const start = page.getByRole('button', { name: enSupport.reinstall.start });
    const unregisterStep = page.locator('.reinstall__plan li').filter({ hasText: 'wsl --unregister' });

    confirm.answer('refuse');
    await start.click();
    await expect(unregisterStep).toContainText(enSupport.reinstall.declined);
    const [first] = confirm.asked();
    expect(first?.question).toMatchObject({ kind: 'unregister', distro: 'Ubuntu' });
    const folder = (first?.question.backup as { folder: string }).folder;
    expect(folder).toMatch(/\\Documents\\go-wsl-setup-backups$/);
    expect(first?.dialog.message).toBe('Delete the WSL distro "Ubuntu" and everything in it?');
    expect(first?.dialog.detail).toContain(folder);
    // Nothing ran: the export step would have shown where the backup went.
    await expect(page.getByText('Backup saved to')).toHaveCount(0);

    confirm.answer('accept');
    await start.click();
    await expect(unregisterStep).toContainText(/Backup saved to .*\\Documents\\go-wsl-setup-backups\\Ubuntu-\d{8}-\d{6}\.tar\./);
    expect(confirm.asked().map((a) => a.answer)).toEqual([false, true]);
  });
});

test.describe('distro-exists', () => {
  test.use({ machine: 'distro-exists' });
  test('a page speaking the contract itself: its own "yes" is refused, and main still asks before a WSL shutdown', async ({ page, confirmed, confirm }) => {
    await openOn(page, confirmed.url);
    // The old shapes that carried the page's "yes" are refused outright, before anything runs.
    expect((await rawInvoke(page, confirmed.url, 'system.reboot', { confirm: true, resumeAt: 'wsl', reason: null })).error?.code).toBe('VALIDATION');
    expect((await rawInvoke(page, confirmed.url, 'distro.unregister', { distro: 'Ubuntu-24.04', confirmName: 'Ubuntu-24.04', backup: { skip: true } })).error?.code).toBe('VALIDATION');
    expect(confirm.asked()).toEqual([]);

    confirm.answer('refuse');
    expect((await rawInvoke(page, confirmed.url, 'distro.restart', { mode: 'shutdown' })).result).toEqual({ ok: false, declined: true });
    confirm.answer('accept');
    expect((await rawInvoke(page, confirmed.url, 'distro.restart', { mode: 'shutdown' })).result).toEqual({ ok: true, declined: false });
    expect(confirm.asked()).toEqual([
      { question: { kind: 'shutdown' }, lang: 'en', dialog: confirmDialog({ kind: 'shutdown' }, 'en'), answer: false },
      { question: { kind: 'shutdown' }, lang: 'en', dialog: confirmDialog({ kind: 'shutdown' }, 'en'), answer: true },
    ]);
  });

  test('the dialogs follow the app\'s language (zh-CN)', async ({ page, confirmed, confirm }) => {
    const w = await openOn(page, confirmed.url);
    await w.languageSelect.selectOption('zh-CN');
    confirm.answer('refuse');
    // settings.setLanguage reaches main asynchronously: ask until the dialog is in Chinese.
    await expect
      .poll(async () => {
        expect((await rawInvoke(page, confirmed.url, 'distro.restart', { mode: 'shutdown' })).result).toEqual({ ok: false, declined: true });
        return confirm.asked().at(-1)?.lang;
      })
      .toBe('zh-CN');
    const last = confirm.asked().at(-1);
    expect(last?.lang).toBe('zh-CN');
    expect(last?.dialog.message).toBe('现在停止所有 Linux 发行版（wsl --shutdown）吗？');
  });
});
