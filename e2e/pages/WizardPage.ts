import type { Locator, Page } from 'playwright-core';
import { STRINGS, literal, type StepName, type StepState, type UiLang } from './strings';

/** The frame around every step: header controls, banner, step list, Back/Next. */
export class WizardPage {
  constructor(
    readonly page: Page,
    public lang: UiLang = 'en',
  ) {}

  protected get s() {
    return STRINGS[this.lang];
  }

  /** Open the app (the harness URL carries the token in its fragment) and wait for the shell. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.stepNav.waitFor();
  }

  get stepNav(): Locator {
    return this.page.getByRole('navigation', { name: this.s.steps.navLabel });
  }

  /** A step's button; its accessible name starts with the step name and includes its state in words. */
  step(id: StepName): Locator {
    return this.stepNav.getByRole('button', { name: literal(this.s.steps.names[id]) });
  }

  /** Whether the nav writes this state (in words) for the step, e.g. 'attention' -> "Needs attention". */
  async stepShows(id: StepName, state: StepState): Promise<boolean> {
    return (await this.step(id).innerText()).includes(this.s.steps.state[state]);
  }

  get currentStep(): Locator {
    return this.stepNav.locator('[aria-current="step"]');
  }

  async goTo(id: StepName): Promise<void> {
    await this.step(id).click();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get nextButton(): Locator {
    // exact: the terminal's find bar has a "Next match" button.
    return this.page.getByRole('button', { name: this.s.common.actions.next, exact: true });
  }

  get backButton(): Locator {
    return this.page.getByRole('button', { name: this.s.common.actions.back, exact: true });
  }

  get languageSelect(): Locator {
    return this.page.getByRole('combobox', { name: this.s.common.language.label });
  }

  /** Switch the UI language; later lookups use the new language's names. */
  async chooseLanguage(lang: UiLang): Promise<void> {
    await this.languageSelect.selectOption(lang);
    this.lang = lang;
    await this.stepNav.waitFor();
  }

  get machinePicker(): Locator {
    return this.page.getByRole('combobox', { name: this.s.common.machinePicker.label });
  }

  async chooseMachine(id: string): Promise<void> {
    await this.machinePicker.selectOption(id);
  }

  get readOnlyBanner(): Locator {
    return this.page.getByRole('region', { name: this.s.common.readOnly.title });
  }
}
