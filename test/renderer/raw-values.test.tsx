import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { EvidenceList } from '../../src-renderer/components/EvidenceList';
import { formatRaw, formatRawList, labelColon } from '../../src-renderer/components/format';
import { createI18n } from '../../src-renderer/i18n';
import { FindingList } from '../../src-renderer/pages/wsl/FindingList';
import { createStores, StoresProvider } from '../../src-renderer/store';
import { fakeApi } from './fake-api';

/** Raw values Windows reports read in words, the same words wherever they are shown; labels end in the reader's colon. */
const zh = createI18n('zh-CN', false);
const tZh = zh.getFixedT('zh-CN', 'preflight');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('raw values', () => {
  it('edition, feature state, distro state, reboot reasons and language mode in words; unknown values as they came', () => {
    expect(formatRaw('edition', 'Core', tZh, 'zh-CN')).toBe('家庭版');
    expect(formatRaw('edition', 'Professional', tZh, 'zh-CN')).toBe('专业版');
    expect(formatRaw('feature', 'Enabled', tZh, 'zh-CN')).toBe('已启用');
    expect(formatRaw('distroState', 'Stopped', tZh, 'zh-CN')).toBe('已停止');
    expect(formatRaw('languageMode', 'ConstrainedLanguage', tZh, 'zh-CN')).toBe('受限（公司设置）');
    expect(formatRawList('rebootReason', 'CBS, PendingFileRename', tZh, 'zh-CN')).toBe('Windows 组件正在更新、有文件等待替换');
    expect(formatRaw('edition', 'ServerDatacenter', tZh, 'zh-CN')).toBe('ServerDatacenter');
    expect(formatRaw('edition', null, tZh, 'zh-CN')).toBe(tZh('common:value.notReported'));
  });

  it('a check’s evidence shows the same words as the facts list (no “Core”, no “Enabled”)', () => {
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={createI18n('zh-CN')}>
        <EvidenceList observed={{ edition: 'Core', state: 'Enabled', reasons: 'CBS, PendingFileRename', build: 19045 }} />
      </I18nextProvider>,
    );
    const shown = text(html);
    expect(shown).toContain('家庭版');
    expect(shown).toContain('已启用');
    expect(shown).toContain('Windows 组件正在更新、有文件等待替换');
    expect(shown).toContain('19045');
    expect(shown).not.toMatch(/\bCore\b|\bEnabled\b|\bCBS\b/);
  });
});

describe('labels', () => {
  it('a label takes the full-width colon in Chinese and “: ” in English; findings use the one pair 原因 / 怎么办', () => {
    expect(labelColon('zh-CN')).toBe('：');
    expect(labelColon('en')).toBe(': ');
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={createI18n('zh-CN')}>
        <StoresProvider stores={createStores(fakeApi({}).api)}>
          <FindingList findings={[{ id: 'WSL_START_FAILED', evidence: [] }]} />
        </StoresProvider>
      </I18nextProvider>,
    );
    const shown = text(html);
    expect(shown).toMatch(/原因：/);
    expect(shown).toMatch(/怎么办：/);
    expect(shown).not.toMatch(/[\u4e00-\u9fff] ?:/);
  });
});
