import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src-shared/catalog';
import { resources } from '../../src-renderer/i18n/resources';
import { flattenStrings, lintLocales, type Hit } from '../support/locale-lint';

/** Every user-visible string of one language: the renderer's locale files and the diagnosis catalog. */
function leaves(lang: 'en' | 'zh-CN'): Map<string, string> {
  const out = new Map<string, string>();
  for (const [ns, tree] of Object.entries(resources[lang])) flattenStrings(tree, ns, out);
  for (const [id, entry] of Object.entries(CATALOG[lang])) flattenStrings(entry, `catalog:${id}`, out);
  return out;
}

/** Lines that are the detail themselves: the Terminal's "session ended (exit code N)" and an install attempt's "failed (exit code N)". */
const DETAIL_KEYS = new Set(['terminalPanel.exited', 'wsl.attempts.failed']);

const show = (hits: readonly Hit[]) => hits.map((h) => `${h.rule} ${h.lang} ${h.key}: ${h.value}`);

describe('locale lint over every locale file and the catalog', () => {
  it('finds nothing: keys in both languages, zh-CN translated, full-width colons, no backticks, no below/above', () => {
    const en = leaves('en');
    expect(en.size).toBeGreaterThan(500);
    expect(show(lintLocales(en, leaves('zh-CN'), DETAIL_KEYS))).toEqual([]);
  });
});

describe('the lint rules (on made-up strings, so each rule is shown to fire)', () => {
  it('jargon in a first sentence (script names, exit codes, error ids, atomic, processes); later sentences may hold details', () => {
    const hits = lintLocales(
      new Map([
        ['a', 'go-detect.sh exited with 127 (HOST_FAILED).'],
        ['b', 'Installed in one atomic step.'],
        ['c', 'Go is installed. Details: go-detect.sh exited with 127.'],
        ['d', 'Reasons: CBS, PendingFileRename'],
      ]),
      new Map([
        ['a', '已安装。'],
        ['b', '一步原子地安装。'],
        ['c', 'Go 已安装。详情：go-detect.sh 退出码 127。'],
        ['d', '原因：有文件等待替换'],
      ]),
    ).map((h) => `${h.rule}:${h.lang}:${h.key}`);
    expect(hits).toEqual(['jargon:en:a', 'jargon:en:b', 'jargon:en:d', 'jargon:zh-CN:b']);
  });

  const lint = (en: Record<string, string>, zh: Record<string, string>) =>
    lintLocales(new Map(Object.entries(en)), new Map(Object.entries(zh))).map((h) => `${h.rule}:${h.lang}:${h.key}`);

  it('a key missing in either language', () => {
    expect(lint({ a: 'One', b: 'Two' }, { a: '一', c: '三' })).toEqual(['missing:zh-CN:b', 'missing:en:c']);
  });

  it('Latin-only zh-CN where the English has words; names, paths and placeholders alone are fine', () => {
    expect(lint({ a: 'Windows facts', b: 'WSL', c: '{{name}}', d: 'Open /etc/wsl.conf', e: 'Go {{version}}' }, { a: 'Windows facts', b: 'WSL', c: '{{name}}', d: '/etc/wsl.conf', e: 'Go {{version}}' })).toEqual([
      'untranslated:zh-CN:a',
    ]);
    expect(lint({ a: 'Enabled' }, { a: 'Enabled' })).toEqual(['untranslated:zh-CN:a']);
  });

  it('a half-width colon after CJK text (zh-CN only); after a placeholder or in a URL it is fine', () => {
    expect(lint({ a: 'Cause: x', b: 'See {{url}}' }, { a: '原因: x', b: '见 https://go.dev：{{x}}' })).toEqual(['half-width-colon:zh-CN:a']);
    expect(lint({ a: 'x' }, { a: '原因）: x' })).toEqual(['half-width-colon:zh-CN:a']);
  });

  it('literal backticks in either language', () => {
    expect(lint({ a: 'Run `go version`' }, { a: '运行 `go version`' })).toEqual(['backtick:en:a', 'backtick:zh-CN:a']);
  });

  it('below/above references in either language', () => {
    expect(lint({ a: 'Use the check below', b: 'As shown above', c: 'Belowground' }, { a: '使用下方的检查', b: '如上面所示', c: '地下' })).toEqual([
      'below-above:en:a',
      'below-above:en:b',
      'below-above:zh-CN:a',
      'below-above:zh-CN:b',
    ]);
  });
});
