import { artifact, expect, test } from './support/harness';
import { PreflightPage } from './pages/PreflightPage';
import { catalogEntryFor } from '../src-shared/catalog';

/**
 * The foundation through the whole stack, in Chromium over the harness:
 * recorded machine -> replay host -> preflight service -> dispatcher ->
 * WebSocket -> typed api -> React page; and a real pty behind the Terminal.
 */
test.describe('foundation', () => {
  test('renders the wizard and the recorded machine\'s facts', async ({ page, harness }) => {
    const app = new PreflightPage(page, 'en');
    await app.open(harness.url);
    await expect(app.heading).toBeVisible();
    await app.waitForReport();
    // Facts that only the recorded machine knows, come through every layer.
    await expect(app.windowsFacts).toContainText('22631');
    await expect(app.wslFacts).toContainText('2.3.26.0');
    await expect(app.wslFacts).toContainText('5.15.167.4-1');
    await expect(app.wslFacts).toContainText('Ubuntu-24.04');
    await page.screenshot({ path: artifact('foundation-preflight-en.png'), fullPage: true });
  });

  test('switches language both ways, and remembers the choice', async ({ page, harness }) => {
    const app = new PreflightPage(page, 'en');
    await app.open(harness.url);
    await app.chooseLanguage('zh-CN');
    await expect(app.stepNav).toContainText('检查这台电脑');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.reload();
    await expect(app.stepNav).toContainText('检查这台电脑');
    await app.chooseLanguage('en');
    await expect(app.stepNav).toContainText('Check this PC');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('foundation on a Chinese Windows', () => {
  test.use({ machine: 'win10-virt-off-zh' });
  test('opens in zh-CN from the OS locale and shows the failing checks in catalog words, their IDs behind Details', async ({ page, harness }) => {
    const app = new PreflightPage(page, 'zh-CN');
    await page.addInitScript(() => window.localStorage.clear());
    await app.open(harness.url);
    await app.waitForReport();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    // Each failing check opens with its cause in the catalog's words; the catalog IDs are behind its Details.
    for (const id of ['VIRTUALIZATION_DISABLED', 'VMP_FEATURE_MISSING']) {
      await expect(page.locator('.check .finding__title').getByText(catalogEntryFor(id, 'zh-CN').title, { exact: true }).first()).toBeVisible();
      await expect(page.locator('.check details').getByText(id).first()).toBeAttached();
    }
    await expect(app.windowsFacts).toContainText('19045');
    await page.screenshot({ path: artifact('foundation-preflight-zh-virt-off.png'), fullPage: true });
  });
});

test.describe('live terminal', () => {
  test('runs a real command in a pty and shows its output live', async ({ page, harness }) => {
    const app = new PreflightPage(page, 'en');
    await app.open(harness.url);
    await app.waitForReport();
    await app.openShell.click();
    const screen = app.terminalScreen;
    await expect(screen).toContainText('demo$', { timeout: 15_000 });
    await app.terminalInput.focus();
    // The shell computes the answer: the output cannot come from anywhere but a real process.
    await page.keyboard.type('echo "gws-$((6*7))-$(uname -s)"');
    await page.keyboard.press('Enter');
    await expect(screen).toContainText('gws-42-Linux');
    // Live: output that arrives over time shows up while the command still runs.
    await page.keyboard.type('for i in 1 2 3; do echo tick-$i; sleep 0.3; done');
    await page.keyboard.press('Enter');
    await expect(screen).toContainText('tick-1');
    await expect(screen).toContainText('tick-3');
    // Chinese output from the pty arrives whole (bytes end to end, batches cut on character boundaries).
    await page.keyboard.type("printf '%s\\n' \"$(printf '\\345\\256\\211\\350\\243\\205')-ok\"");
    await page.keyboard.press('Enter');
    await expect(screen).toContainText('安装-ok');
    // The harness socket is read in its worker (the page's main thread stays free for xterm), not the fallback.
    expect(page.workers().map((w) => w.url()).some((u) => u.includes('harness-socket.worker'))).toBe(true);
    await app.terminal.scrollIntoViewIfNeeded();
    await app.terminal.screenshot({ path: artifact('foundation-terminal.png') });
  });
});
