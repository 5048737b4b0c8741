import type { Locator } from 'playwright-core';
import en from '../../src-renderer/i18n/locales/en/verify.json';
import zh from '../../src-renderer/i18n/locales/zh-CN/verify.json';
import { StepPage } from './StepPage';

const S = { en, 'zh-CN': zh } as const;

/** Step 6: the proof (go run, go get, go test). */
export class VerifyPage extends StepPage {
  private get v() {
    return S[this.lang];
  }

  get proveButton(): Locator {
    return this.page.getByRole('button', { name: this.v.button, exact: true });
  }

  get proofOk(): Locator {
    return this.page.getByText(this.v.steps.ok);
  }

  stepOutput(step: keyof typeof en.step): Locator {
    return this.page.getByLabel(this.v.steps.output.replace('{{step}}', this.v.step[step]));
  }
}
