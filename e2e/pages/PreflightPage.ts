import type { Locator } from 'playwright-core';
import { exactly, literal } from './strings';
import { WizardPage } from './WizardPage';

/** Step 1: the computer check, its facts and the terminal. */
export class PreflightPage extends WizardPage {
  get runAgain(): Locator {
    return this.page.getByRole('button', { name: this.s.preflight.run });
  }

  get checks(): Locator {
    return this.page.getByRole('region', { name: this.s.preflight.checks.heading }).getByRole('listitem');
  }

  /** One check by its title (the translated label, or the check id where none exists yet). */
  check(title: string): Locator {
    // By its title text, not its accessible name: passed checks sit in a folded <details>, out of the accessibility tree.
    const region = this.page.getByRole('region', { name: this.s.preflight.checks.heading });
    return region.locator('li.check').filter({ has: this.page.locator('h3.check__title', { hasText: title }) });
  }

  /** The result sentence ("Result: …"). */
  get summary(): Locator {
    return this.page.getByText(literal(`${this.s.preflight.summary.label}:`));
  }

  get windowsFacts(): Locator {
    return this.page.getByRole('region', { name: this.s.preflight.windows.heading });
  }

  get wslFacts(): Locator {
    return this.page.getByRole('region', { name: this.s.preflight.wsl.heading });
  }

  /** The value shown next to a fact label in one of the fact sections. */
  fact(section: Locator, label: string): Locator {
    // Whole-label match: "WSL version" must not also find "Default WSL version for new distributions".
    return section.getByRole('term').filter({ hasText: exactly(label) }).locator('xpath=following-sibling::dd[1]');
  }

  get terminal(): Locator {
    return this.page.getByRole('region', { name: this.s.terminal.heading });
  }

  /** The visible session's screen (other sessions stay mounted behind it, hidden). */
  get terminalScreen(): Locator {
    return this.terminal.locator('[role="tabpanel"]:not([hidden]) .xterm-rows, .terminal-panel__layer:not([hidden]) .xterm-rows').first();
  }

  /** Where keystrokes for the visible session go. */
  get terminalInput(): Locator {
    return this.terminal.locator('.terminal-panel__layer:not([hidden]) .xterm-helper-textarea').first();
  }

  get openShell(): Locator {
    return this.terminal.getByRole('button', { name: this.s.terminal.open });
  }

  /** Wait until a report is on screen (the check runs by itself when the app starts). */
  async waitForReport(timeoutMs = 30_000): Promise<void> {
    await this.summary.waitFor({ timeout: timeoutMs });
  }
}
