import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, ROOT, test } from './support/harness';
import { PreflightPage } from './pages/PreflightPage';
import { STRINGS, type StepName, type UiLang } from './pages/strings';
import enSupport from '../src-renderer/i18n/locales/en/support.json';

/**
 * Issue #15 at the most common beginner screen (1080p at 150 %: 1280×720),
 * on every recorded machine, in both languages, on every step:
 * - the footer (Back and the right slot) is in sight without scrolling;
 * - the right slot agrees with the step list: a blue Next exactly when the
 *   step says Done, words instead of a button when it says Blocked, otherwise
 *   a plain (not blue) Skip;
 * - the collapsed terminal dock takes at most 20 % of the height.
 * It also prints how many blue buttons each screen shows in all; that the
 * pages themselves still offer more than one is the part of #15 not done yet.
 */
const MACHINES = readdirSync(path.join(ROOT, 'assets', 'machines'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();
const STEPS = Object.keys(STRINGS.en.steps.names) as StepName[];
const WIDTH = 1280;
const HEIGHT = 720;

for (const machine of MACHINES) {
  test.describe(`at 1280×720: ${machine}`, () => {
    test.use({ machine, viewport: { width: WIDTH, height: HEIGHT } });
    test('every step, both languages: footer in sight and agreeing with the step list; terminal dock small', async ({ page, harness }) => {
      const app = new PreflightPage(page, 'en');
      // Start in English whatever the machine's locale (the zh-CN machines open in Chinese); both are walked below.
      await page.addInitScript((key) => window.localStorage.setItem(key, 'en'), 'go-wsl-setup.language');
      await app.open(harness.url);
      await app.waitForReport();
      const crowded: string[] = [];
      for (const lang of ['en', 'zh-CN'] as UiLang[]) {
        await app.chooseLanguage(lang);
        const s = STRINGS[lang];
        for (const step of STEPS) {
          await app.goTo(step);
          await expect(app.currentStep).toContainText(s.steps.names[step]);
          // One read of the step list and the footer together, so both come from the same render.
          const seen = await page.evaluate(() => {
            const item = document.querySelector('.step-nav [aria-current="step"]');
            const state = /step-nav__item--(\w+)/.exec(item?.className ?? '')?.[1] ?? '';
            const footer = document.querySelector('.step-footer');
            const rect = footer?.getBoundingClientRect();
            const dock = document.querySelector('.app__dock');
            const expanded = document.querySelector('.terminal-panel.is-expanded') !== null;
            const primaries = [...document.querySelectorAll<HTMLElement>('.button--primary')].filter((b) => b.offsetParent !== null);
            return {
              state,
              footerPrimary: footer?.querySelectorAll('.button--primary').length ?? -1,
              footerBlocked: footer?.querySelector('.step-footer__blocked') !== null && footer?.querySelector('.step-footer__blocked') !== undefined,
              footerBottom: rect ? rect.bottom : Infinity,
              footerTop: rect ? rect.top : Infinity,
              dockHeight: dock?.getBoundingClientRect().height ?? 0,
              expanded,
              primaries: primaries.length,
              scrolled: document.scrollingElement ? document.scrollingElement.scrollTop : 0,
            };
          });
          const where = `${machine} ${lang} ${step} (${seen.state})`;
          expect(seen.footerBottom, `${where}: footer below the fold`).toBeLessThanOrEqual(HEIGHT);
          expect(seen.footerTop, `${where}: footer off screen`).toBeGreaterThanOrEqual(0);
          expect(seen.scrolled, `${where}: the window itself scrolled`).toBe(0);
          const last = step === STEPS[STEPS.length - 1];
          expect(seen.footerPrimary, `${where}: blue Next only when done`).toBe(seen.state === 'done' && !last ? 1 : 0);
          expect(seen.footerBlocked, `${where}: blocked says so`).toBe(seen.state === 'blocked' && !last);
          if (!seen.expanded) expect(seen.dockHeight, `${where}: collapsed dock`).toBeLessThanOrEqual(HEIGHT * 0.2);
          if (seen.primaries > 1) crowded.push(`${lang}/${step}:${seen.primaries}`);
        }
      }
      test.info().annotations.push({ type: 'more than one blue button', description: crowded.join(' ') || 'none' });
      console.log(`[beginner-screen] ${machine}: screens with more than one blue button: ${crowded.join(' ') || 'none'}`);
    });
  });
}

test.describe('Virtual Machine Platform off, WSL from the Store (win11-vmp-missing)', () => {
  test.use({ machine: 'win11-vmp-missing', viewport: { width: WIDTH, height: HEIGHT } });
  test('Install WSL owns the fix; the later steps are blocked until it is done', async ({ page, harness }) => {
    const app = new PreflightPage(page, 'en');
    await app.open(harness.url);
    await app.waitForReport();
    // Check this PC: the passed checks fold into one line that opens.
    const passed = page.locator('details.checks-passed');
    await expect(passed.locator('.check--ok').first()).toBeHidden();
    await passed.locator('summary').click();
    await expect(passed.locator('.check--ok').first()).toBeVisible();
    await app.goTo('wsl');
    const en = STRINGS.en;
    // Not "installed, nothing to do": the feature is this step's job, with its button here.
    await expect(page.getByText('A part of Windows that WSL 2 needs is turned off.')).toBeVisible();
    await expect(page.getByText('Nothing to do here.')).toHaveCount(0);
    await expect(page.locator('main').getByRole('button', { name: 'Turn on the features' })).toBeVisible();
    expect(await app.stepShows('distro', 'blocked')).toBe(true);
    expect(await app.stepShows('go', 'blocked')).toBe(true);
    // The footer offers no blue Next while the step is not done.
    await expect(page.locator('.step-footer .button--primary')).toHaveCount(0);
    await expect(page.locator('.step-footer').getByRole('button', { name: en.common.actions.skip })).toBeVisible();
  });
});

test.describe('support mode at 1280×720', () => {
  test.use({ viewport: { width: WIDTH, height: HEIGHT } });
  test('its terminal tail covers no control: footer and dock buttons stay clickable', async ({ page, harness }) => {
    const app = new PreflightPage(page, 'en');
    await page.addInitScript(() => window.localStorage.removeItem('go-wsl-setup.support-mode'));
    await app.open(harness.url);
    await app.waitForReport();
    await page.getByRole('button', { name: enSupport.controls.mode }).click();
    await expect(page.getByRole('region', { name: enSupport.tail.title })).toBeVisible();
    for (const step of ['preflight', 'wsl', 'go'] as StepName[]) {
      await app.goTo(step);
      // The element actually on top at each button's centre must be the button itself (or inside it).
      // (Session tabs are left out: they scroll sideways in their strip by design.)
      const covered = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.step-footer button, .terminal-panel__bar > button')]
          .filter((b) => b.offsetParent !== null)
          .filter((b) => {
            const r = b.getBoundingClientRect();
            const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return top === null || !b.contains(top);
          })
          .map((b) => b.textContent ?? ''),
      );
      expect(covered, `${step}: covered controls`).toEqual([]);
    }
  });
});
