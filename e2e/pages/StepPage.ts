import type { Locator } from 'playwright-core';
import { catalogEntryFor } from '../../src-shared/catalog';
import enFindings from '../../src-renderer/i18n/locales/en/findings.json';
import enProgress from '../../src-renderer/i18n/locales/en/progress.json';
import zhFindings from '../../src-renderer/i18n/locales/zh-CN/findings.json';
import zhProgress from '../../src-renderer/i18n/locales/zh-CN/progress.json';
import { PreflightPage } from './PreflightPage';

const SHARED = { en: { findings: enFindings, progress: enProgress }, 'zh-CN': { findings: zhFindings, progress: zhProgress } } as const;

/** What every later step page has: findings in the catalog's words, progress, Cancel, the blocked note. */
export class StepPage extends PreflightPage {
  protected get shared() {
    return SHARED[this.lang];
  }

  /** A finding card: its catalog title in the UI language, with the ID visible inside it. */
  finding(id: string): Locator {
    return this.page.getByRole('region', { name: catalogEntryFor(id, this.lang).title }).filter({ hasText: id });
  }

  get cancelButton(): Locator {
    return this.page.getByRole('button', { name: this.shared.progress.cancel, exact: true });
  }

  get cancelledNote(): Locator {
    return this.page.getByText(this.shared.findings.cancelled);
  }

  get blockedNote(): Locator {
    return this.page.getByRole('region', { name: this.shared.findings.blocked.title });
  }

  /** "N of M steps done" of a progress list. */
  get stepsDone(): Locator {
    return this.page.getByText(template(this.shared.progress.stepsDone));
  }
}

/** A translated sentence with its {{placeholders}} as numbers, as a RegExp. */
export function template(text: string): RegExp {
  const parts = text.split(/\{\{\s*\w+\s*\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('\\d+'));
}
