import type { Locator } from 'playwright-core';
import en from '../../src-renderer/i18n/locales/en/distro.json';
import zh from '../../src-renderer/i18n/locales/zh-CN/distro.json';
import { StepPage } from './StepPage';

const S = { en, 'zh-CN': zh } as const;

/** Step 3: the distro and the Linux user. */
export class DistroPage extends StepPage {
  private get d() {
    return S[this.lang];
  }

  useButton(name: string): Locator {
    return this.page.getByRole('button', { name: this.d.use.button.replace('{{name}}', name), exact: true });
  }

  userField(name: string): Locator {
    return this.page.getByLabel(this.d.user.label.replace('{{name}}', name));
  }
}
