import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import enSupport from '../src-renderer/i18n/locales/en/support.json';
import zhSupport from '../src-renderer/i18n/locales/zh-CN/support.json';
import { PreflightPage } from './pages/PreflightPage';
import { STRINGS, type StepName, type UiLang } from './pages/strings';
import { ROOT, expect, test } from './support/harness';

/**
 * axe on every page in both languages (and with the report dialog open, and
 * in support mode), failing on serious or critical violations; and a
 * keyboard-only walk: every stop shows its focus, the steps, the report
 * dialog and the Finish page are reachable and usable without a mouse.
 */
const STEPS: StepName[] = ['preflight', 'wsl', 'distro', 'go', 'network', 'verify', 'editor', 'finish'];
const SUPPORT = { en: enSupport, 'zh-CN': zhSupport } as const;
const results: { lang: string; page: string; serious: number; critical: number; moderate: number; ids: string[] }[] = [];

async function audit(page: Page, lang: UiLang, name: string) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const count = (impact: string) => r.violations.filter((v) => v.impact === impact).length;
  const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  results.push({ lang, page: name, serious: count('serious'), critical: count('critical'), moderate: count('moderate'), ids: r.violations.map((v) => `${v.id}(${v.impact})`) });
  return bad.map((v) => `${name} [${lang}] ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

test.afterAll(() => {
  const file = path.join(ROOT, 'artifacts', 'e2e', 'axe-results.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(results, null, 2));
  for (const r of results) console.log(`axe ${r.lang.padEnd(5)} ${r.page.padEnd(16)} critical ${r.critical} serious ${r.serious} moderate ${r.moderate} ${r.ids.join(' ')}`);
});

for (const lang of ['en', 'zh-CN'] as const) {
  test(`axe: every page in ${lang}, the report dialog and support mode`, async ({ page, harness }) => {
    test.setTimeout(90_000);
    await page.addInitScript((l) => {
      window.localStorage.setItem('go-wsl-setup.language', l);
      window.localStorage.removeItem('go-wsl-setup.support-mode');
    }, lang);
    const app = new PreflightPage(page, lang);
    await app.open(harness.url);
    await app.waitForReport();
    const problems: string[] = [];
    for (const step of STEPS) {
      await app.goTo(step);
      await expect(app.currentStep).toContainText(STRINGS[lang].steps.names[step]);
      await page.waitForTimeout(300);
      problems.push(...(await audit(page, lang, step)));
    }
    await page.getByRole('button', { name: SUPPORT[lang].controls.report, exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.getByRole('dialog').getByRole('status')).not.toHaveText(SUPPORT[lang].report.building);
    problems.push(...(await audit(page, lang, 'report-dialog')));
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: SUPPORT[lang].controls.mode }).click();
    await app.goTo('preflight');
    problems.push(...(await audit(page, lang, 'support-mode')));
    expect(problems).toEqual([]);
  });
}

test('keyboard only: focus is always visible; steps, report dialog and Finish work without a mouse', async ({ page, harness }) => {
  await page.addInitScript(() => window.localStorage.setItem('go-wsl-setup.language', 'en'));
  const app = new PreflightPage(page, 'en');
  await app.open(harness.url);
  await app.waitForReport();
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
      return { tag: el.tagName.toLowerCase(), name, visible, helper: el.classList.contains('xterm-helper-textarea') };
    });
  // Tab through the whole page: every stop shows where focus is.
  const stops: string[] = [];
  const unseen: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const f = await focused();
    if (!f) continue;
    stops.push(`${f.tag}:${f.name}`);
    // xterm's input is a hidden textarea; its visible cursor is the terminal's own.
    if (!f.helper && !f.visible) unseen.push(`${f.tag} "${f.name}"`);
  }
  expect(unseen, 'stops without a visible focus indicator').toEqual([]);
  expect(stops.some((s) => s.includes('Support mode'))).toBe(true);
  expect(stops.some((s) => s.includes('Finish'))).toBe(true);

  // Open the last step from the step list with the keyboard: its heading takes focus.
  await app.step('finish').focus();
  await page.keyboard.press('Enter');
  await expect(app.heading).toBeFocused();
  // The report dialog opens with Enter, keeps the page behind it inert, and closes with Escape.
  await page.getByRole('button', { name: enSupport.controls.report, exact: true }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: enSupport.report.title });
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    // Inside the dialog, or out to the browser's own controls (body): never on the inert page behind it.
    expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement?.closest('dialog') !== null)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The reinstall chooser: radios by arrow keys, a text field, the button enabled only when complete.
  await page.getByRole('radio', { name: enSupport.reinstall.choice.go }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: enSupport.reinstall.choice.network })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('dev');
  await expect(page.getByLabel(enSupport.reinstall.user)).toHaveValue('dev');
  await expect(page.getByRole('button', { name: enSupport.reinstall.start })).toBeEnabled();
});
