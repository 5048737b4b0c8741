import type { Locator } from 'playwright-core';
import en from '../../src-renderer/i18n/locales/en/go.json';
import zh from '../../src-renderer/i18n/locales/zh-CN/go.json';
import { StepPage } from './StepPage';

const S = { en, 'zh-CN': zh } as const;

/** Step 4: old installs, the install with its progress, and Go in fresh shells. */
export class GoPage extends StepPage {
  private get g() {
    return S[this.lang];
  }

  installButton(version: string): Locator {
    return this.page.getByRole('button', { name: this.g.install.button.replace('{{version}}', version), exact: true });
  }

  get progress(): Locator {
    return this.page.getByRole('region', { name: this.g.progress.heading });
  }

  get downloadBar(): Locator {
    return this.page.getByRole('progressbar', { name: this.g.progress.download });
  }

  get shellsOk(): Locator {
    return this.page.getByText(this.g.shells.ok);
  }

  /** The box that removes one kind of old install. */
  removeBox(kind: keyof typeof en.old.remove): Locator {
    return this.page.getByRole('checkbox', { name: this.g.old.remove[kind] });
  }

  get oldInstalls(): Locator {
    return this.page.getByRole('region', { name: this.g.old.heading });
  }

  get shellTable(): Locator {
    return this.page.getByRole('region', { name: this.g.shells.heading }).getByRole('table');
  }

  get installSummary(): Locator {
    return this.page.getByRole('region', { name: this.g.result.heading });
  }

  /** The offline bundle main found, with each damaged or missing file named. */
  get bundleNote(): Locator {
    return this.page.getByRole('region', { name: this.g.bundle.heading });
  }

  get useNetworkButton(): Locator {
    return this.page.getByRole('button', { name: this.g.bundle.useNetwork, exact: true });
  }
}
