import type { Locator, Page } from 'playwright-core';
import { catalogEntryFor } from '../../src-shared/catalog';
import enWsl from '../../src-renderer/i18n/locales/en/wsl.json';
import zhWsl from '../../src-renderer/i18n/locales/zh-CN/wsl.json';
import { PreflightPage } from './PreflightPage';
import { literal } from './strings';

const WSL_STRINGS = { en: enWsl, 'zh-CN': zhWsl } as const;

/** Step 2 (Install WSL), the fix buttons on Preflight checks, the restart and the resume, by the UI's own words. */
export class WslPage extends PreflightPage {
  protected get w() {
    return WSL_STRINGS[this.lang];
  }

  get installButton(): Locator {
    return this.page.getByRole('button', { name: this.w.install.button, exact: true });
  }

  get retryButton(): Locator {
    return this.page.getByRole('button', { name: this.w.install.retry, exact: true });
  }

  /** A state sentence of the step ('installed', 'blocked' ...). */
  state(key: keyof typeof enWsl.state, version?: string): Locator {
    const text = this.w.state[key].replace('{{version}}', version ?? '');
    return this.page.getByText(version === undefined && text.includes('{{') ? literal(text.split('{{')[0]!) : text);
  }

  outcome(key: keyof typeof enWsl.outcome): Locator {
    return this.page.getByText(this.w.outcome[key]);
  }

  /** A diagnosis card, by the catalog title in the current language. */
  finding(id: string): Locator {
    return this.page.getByRole('listitem', { name: catalogEntryFor(id, this.lang).title });
  }

  attempt(kind: keyof typeof enWsl.attempts.kind): Locator {
    return this.page.locator('li.attempt').filter({ hasText: this.w.attempts.kind[kind] });
  }

  /** The fix button on a Preflight check (by the check's title). */
  fixButton(checkTitle: string, action: keyof typeof enWsl.fix.label): Locator {
    return this.check(checkTitle).getByRole('button', { name: this.w.fix.label[action] });
  }

  get rebootPanel(): Locator {
    return this.page.getByRole('region', { name: this.w.reboot.heading });
  }

  get restartNow(): Locator {
    return this.page.getByRole('button', { name: this.w.reboot.now, exact: true });
  }

  get restartLater(): Locator {
    return this.page.getByRole('button', { name: this.w.reboot.later, exact: true });
  }

  get confirmRestart(): Locator {
    return this.page.getByRole('alertdialog').getByRole('button', { name: this.w.reboot.confirmYes });
  }

  get restartScheduled(): Locator {
    return this.page.getByText(literal(this.w.reboot.scheduled.split('{{')[0]!));
  }

  get resumeBanner(): Locator {
    return this.page.getByRole('region', { name: this.w.resume.title });
  }

  /** A Terminal tab, by the title of the command it shows. */
  terminalTab(title: string | RegExp): Locator {
    return this.terminal.getByRole('tab', { name: title });
  }

  /**
   * Restart now, confirmed; on a recorded machine the page then reloads the
   * way the app starts again. Resolves once the reloaded app is back.
   */
  async restartAndResume(): Promise<void> {
    await this.restartNow.click();
    const reloaded = this.page.waitForEvent('load', { timeout: 20_000 });
    await this.confirmRestart.click();
    await this.restartScheduled.waitFor();
    await reloaded;
    await this.stepNav.waitFor();
  }
}

/**
 * The wizard opened on a recorded machine, its Preflight report in, as a WslPage.
 * `pageLang` is the language the page object reads (the machine's own, or 'en' for
 * walks that switch the language in the UI afterwards, as a user would).
 */
export async function openWslPage(page: Page, url: string, pageLang: 'en' | 'zh-CN' = 'en'): Promise<WslPage> {
  const w = new WslPage(page, pageLang);
  await w.open(url);
  await w.waitForReport();
  return w;
}
