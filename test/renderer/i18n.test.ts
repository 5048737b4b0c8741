import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src-renderer/i18n';
import { buildResources, namespaces, resources, type Strings } from '../../src-renderer/i18n/resources';

/** Every leaf as "ns:path.to.key" -> string (array items get their index). */
function flatten(tree: Strings | string[], prefix: string, out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    const key = `${prefix}.${k}`;
    if (typeof v === 'string') out.set(key, v);
    else flatten(v, key, out);
  }
  return out;
}
function leaves(lang: 'en' | 'zh-CN'): Map<string, string> {
  const out = new Map<string, string>();
  for (const [ns, tree] of Object.entries(resources[lang])) flatten(tree, ns, out);
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  const en = leaves('en');
  const zh = leaves('zh-CN');

  it('are discovered from locales/<lang>/<ns>.json, the same namespaces in both languages', () => {
    expect(namespaces).toEqual(expect.arrayContaining(['common', 'preflight', 'steps', 'terminalPanel']));
    expect(Object.keys(resources['zh-CN']).sort()).toEqual([...namespaces]);
    expect(en.size).toBeGreaterThan(50);
  });

  it('every English key exists in zh-CN and vice versa', () => {
    const missingInZh = [...en.keys()].filter((k) => !zh.has(k));
    const missingInEn = [...zh.keys()].filter((k) => !en.has(k));
    expect(missingInZh).toEqual([]);
    expect(missingInEn).toEqual([]);
  });

  it('zh-CN strings are translated: not identical to the English and containing Chinese', () => {
    const untranslated = [...zh].filter(([k, v]) => v === en.get(k) || !/[\u4e00-\u9fff]/.test(v)).map(([k]) => k);
    expect(untranslated).toEqual([]);
  });

  it('no empty strings, and the same {{placeholders}} in both languages', () => {
    for (const [k, v] of en) {
      expect(v.trim(), `en ${k}`).not.toBe('');
      expect(placeholders(zh.get(k) ?? ''), `placeholders of ${k}`).toEqual(placeholders(v));
    }
  });
});

describe('buildResources', () => {
  it('files a namespace under its language, ignoring languages we do not ship', () => {
    const r = buildResources({
      './locales/en/extra.json': { a: 'A' },
      './locales/zh-CN/extra.json': { a: '甲' },
      './locales/fr/extra.json': { a: 'Á' },
      './not-a-locale.json': { a: 'x' },
    });
    expect(r.en.extra).toEqual({ a: 'A' });
    expect(r['zh-CN'].extra).toEqual({ a: '甲' });
    expect(Object.keys(r)).toEqual(['en', 'zh-CN']);
  });
});

describe('createI18n', () => {
  it('translates in the chosen language and switches', async () => {
    const i18n = createI18n('zh-CN', false);
    expect(i18n.t('steps:names.preflight')).toBe('检查这台电脑');
    await i18n.changeLanguage('en');
    expect(i18n.t('steps:names.preflight')).toBe('Check this PC');
  });

  it('pluralises English and interpolates without HTML escaping', () => {
    const i18n = createI18n('en', false);
    expect(i18n.t('preflight:summary.someFail', { count: 1 })).toBe('1 problem needs you: the wizard cannot fix it itself.');
    expect(i18n.t('preflight:summary.someFail', { count: 3 })).toBe('3 problems need you: the wizard cannot fix them itself.');
    expect(i18n.t('common:error.generic', { message: '<a & b>' })).toBe('Something went wrong: <a & b>');
  });

  it('zh-CN plural forms resolve to Chinese text', () => {
    const i18n = createI18n('zh-CN', false);
    expect(i18n.t('preflight:summary.someFail', { count: 2 })).toBe('有 2 个问题需要你亲自处理，向导无法自动修复。');
  });

  it('resolves fix action ids, which contain dots, through the nested keys', () => {
    const i18n = createI18n('zh-CN', false);
    expect(i18n.t('preflight:fixAction.windows.enable-features')).toBe('开启 WSL 所需的 Windows 功能');
    expect(i18n.t('preflight:check.vmp-feature')).toBe('虚拟机平台');
  });

  it('falls back to the key default for check ids nobody has labelled yet', () => {
    const i18n = createI18n('en', false);
    expect(i18n.t('preflight:check.brand-new-check', { defaultValue: 'brand-new-check' })).toBe('brand-new-check');
  });
});
