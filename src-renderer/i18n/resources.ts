import { LANGUAGES } from './language';
import type { Lang } from '../../src-shared/contract/define';

/** One namespace of strings: nested objects, arrays of strings, strings. */
export type Strings = { [key: string]: string | string[] | Strings };
export type Resources = Record<Lang, Record<string, Strings>>;

/**
 * Every file locales/<lang>/<namespace>.json is picked up at build time, so a
 * new namespace is added by dropping one file per language in place; nothing
 * here has to change. Bundled eagerly: the strings are small and the strict
 * CSP forbids fetching them from anywhere but our own files anyway.
 */
const files = import.meta.glob<Strings>('./locales/*/*.json', { eager: true, import: 'default' });

export function buildResources(entries: Record<string, Strings>): Resources {
  const out = Object.fromEntries(LANGUAGES.map((l) => [l, {}])) as Resources;
  for (const [path, strings] of Object.entries(entries)) {
    const m = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!m) continue;
    const [, lang, ns] = m;
    if (lang === undefined || ns === undefined || !(lang in out)) continue;
    out[lang as Lang][ns] = strings;
  }
  return out;
}

export const resources: Resources = buildResources(files);

/** Namespaces present in English, the reference language. */
export const namespaces: readonly string[] = Object.keys(resources.en).sort();
