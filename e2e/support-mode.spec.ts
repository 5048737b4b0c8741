import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import enSupport from '../src-renderer/i18n/locales/en/support.json';
import enPanel from '../src-renderer/i18n/locales/en/terminalPanel.json';
import { PreflightPage } from './pages/PreflightPage';
import { STRINGS, type StepName } from './pages/strings';
import { artifact, expect, ROOT, test } from './support/harness';

/**
 * Support mode (issue #15): it never covers a control, its tail shows the
 * selected session's last lines (also what ran before it was switched on,
 * and never lines of another session), a corner names the app version, the
 * Windows build and the languages, and at 1024×700 the whole step list
 * stays in sight.
 */
const STEPS = Object.keys(STRINGS.en.steps.names) as StepName[];
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

async function supportOn(page: Page): Promise<void> {
  await page.getByRole('button', { name: enSupport.controls.mode }).click();
  await expect(page.locator('html')).toHaveAttribute('data-support', 'on');
}

/** Buttons in the footer and the dock's bar whose centre is covered by something else. */
function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.step-footer button, .terminal-panel__bar > button, .step-nav button')]
      .filter((b) => b.offsetParent !== null)
      .filter((b) => {
        const r = b.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return top === null || !b.contains(top);
      })
      .map((b) => b.textContent ?? ''),
  );
}

test.describe('support mode at 1024×700', () => {
  test.use({ viewport: { width: 1024, height: 700 } });
  test('every step, both languages: the whole step list, footer and dock in sight and uncovered', async ({ page, harness }) => {
    const app = new PreflightPage(page, 'en');
    await page.addInitScript(() => window.localStorage.removeItem('go-wsl-setup.support-mode'));
    await app.open(harness.url);
    await app.waitForReport();
    await supportOn(page);
    for (const lang of ['en', 'zh-CN'] as const) {
      await app.chooseLanguage(lang);
      for (const step of STEPS) {
        await app.goTo(step);
        const seen = await page.evaluate(() => {
          const nav = document.querySelector<HTMLElement>('.step-nav')!;
          const items = [...nav.querySelectorAll<HTMLElement>('.step-nav__list > li')];
          const last = items[items.length - 1]!.getBoundingClientRect();
          const footer = document.querySelector('.step-footer')!.getBoundingClientRect();
          return {
            navScrolls: nav.scrollHeight - nav.clientHeight,
            lastBottom: last.bottom,
            navBottom: nav.getBoundingClientRect().bottom,
            footerBottom: footer.bottom,
            windowScrolled: document.scrollingElement?.scrollTop ?? 0,
          };
        });
        expect(seen.navScrolls, `${lang} ${step}: the step list needs scrolling`).toBeLessThanOrEqual(1);
        expect(seen.lastBottom, `${lang} ${step}: Finish below the step list`).toBeLessThanOrEqual(seen.navBottom + 0.5);
        expect(seen.lastBottom, `${lang} ${step}: Finish below the window`).toBeLessThanOrEqual(700);
        expect(seen.footerBottom, `${lang} ${step}: footer below the window`).toBeLessThanOrEqual(700);
        expect(seen.windowScrolled, `${lang} ${step}: the window itself scrolled`).toBe(0);
        expect(await coveredControls(page), `${lang} ${step}: covered controls`).toEqual([]);
      }
    }
    await app.goTo('preflight');
    await page.screenshot({ path: artifact('support-mode-1024x700.png') });
  });
});

test.describe('support mode: what it shows', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('the selected session, with output from before it was on; version, Windows build and languages in the corner', async ({ page, harness }) => {
    const app = new PreflightPage(page, 'en');
    await page.addInitScript(() => window.localStorage.removeItem('go-wsl-setup.support-mode'));
    await app.open(harness.url);
    await app.waitForReport();
    // Everything has run before support mode is switched on.
    await page.getByRole('button', { name: enPanel.showDetails }).click();
    const tabs = page.getByRole('tab');
    expect(await tabs.count(), 'the check runs more than one command').toBeGreaterThan(1);
    const tail = page.getByRole('region', { name: enSupport.tail.title });
    const tailLines = async () => ((await tail.locator('pre').textContent()) ?? '').split('\n').filter((l) => l.trim() !== '');
    /** The rows the selected session's view shows, as text. */
    const viewText = () => page.locator('.terminal-panel__layer--active .xterm-rows').innerText();

    await supportOn(page);
    await expect(tail).toBeVisible();
    await expect(tail).not.toContainText(enSupport.tail.empty);
    const tailsSeen: string[] = [];
    for (const i of [0, 1]) {
      const tab = tabs.nth(i);
      await tab.click();
      const title = (await tab.innerText()).split('\n')[0]!.trim();
      await expect(tail.getByRole('heading')).toContainText(title);
      await expect(tail.locator('pre')).toBeVisible();
      const lines = await tailLines();
      expect(lines.length, `${title}: lines in the tail`).toBeGreaterThan(0);
      // The tail ends where the selected session's view ends: its newest lines (those the view has in sight), not
      // another command's. (The view's DOM holds only the rows in sight; older tail lines may be scrolled past.)
      const shown = (await viewText()).replace(/\s+/g, '');
      for (const line of lines.slice(-1)) expect(shown, `${title}: "${line}" is not in its own view`).toContain(line.replace(/\s+/g, ''));
      tailsSeen.push(lines.join('\n'));
    }
    expect(tailsSeen[0], 'two sessions, two different tails').not.toBe(tailsSeen[1]);
    const corner = page.locator('[data-support-info]');
    await expect(corner).toContainText(`App ${VERSION}`);
    await expect(corner).toContainText('Windows build 22631');
    await expect(corner).toContainText('wizard in en');
    expect(await coveredControls(page)).toEqual([]);
    await page.screenshot({ path: artifact('support-mode-tail.png') });
  });
});
