import type { Locator } from 'playwright-core';
import en from '../../src-renderer/i18n/locales/en/network.json';
import zh from '../../src-renderer/i18n/locales/zh-CN/network.json';
import { StepPage } from './StepPage';
import { literal } from './strings';

const S = { en, 'zh-CN': zh } as const;

/** Step 5: proxy, DNS, GOPROXY, then one action that writes them. */
export class NetworkPage extends StepPage {
  private get n() {
    return S[this.lang];
  }

  get applyButton(): Locator {
    return this.page.getByRole('button', { name: this.n.apply.button, exact: true });
  }

  get retestButton(): Locator {
    return this.page.getByRole('button', { name: this.n.proxy.retest, exact: true });
  }

  proxyStatus(status: keyof typeof en.proxy.status, proxy: string): Locator {
    return this.page.getByText(this.n.proxy.status[status].replace('{{proxy}}', proxy));
  }

  proxyOk(proxy: string): Locator {
    return this.page.getByText(this.n.proxy.ok.replace('{{proxy}}', proxy));
  }

  hint(kind: keyof typeof en.proxy.hint): Locator {
    return this.page.getByText(this.n.proxy.hint[kind]);
  }

  tlsStatus(kind: 'untrusted' | 'inspectedTrusted', issuer: string): Locator {
    return this.page.getByText(this.n.tls[kind].replace('{{issuer}}', issuer));
  }

  /** Main opens the file dialog and asks to trust the certificate; the page only has this button. */
  get installCertificate(): Locator {
    return this.page.getByRole('button', { name: this.n.tls.choose, exact: true });
  }

  get certificateDeclined(): Locator {
    return this.page.getByText(literal(this.n.tls.declined.split('{{')[0]!));
  }

  get certificateInstalled(): Locator {
    // "Installed: …" starts other notes too (the git section's); the certificate's names its SHA-256.
    return this.page.getByText(literal(this.n.tls.installed.split('{{')[0]!)).filter({ hasText: 'SHA-256' });
  }

  get winner(): Locator {
    return this.page.getByText(literal(this.n.goproxy.winner.split('{{')[0]!));
  }
}
