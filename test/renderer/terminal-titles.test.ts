import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src-renderer/i18n';
import { resources } from '../../src-renderer/i18n/resources';
import { sessionTitle } from '../../src-renderer/components/terminal/session-title';

const MAIN = path.join(__dirname, '../../src-main');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/**
 * Every id main can name a Terminal tab by: CommandSpec ids (wsl(), powershellSpec(), id: '...'),
 * the editor's per-script ids, and the ids the network and distro handlers give their sessions.
 */
function tabIdsInMain(): Set<string> {
  const ids = new Set<string>();
  for (const file of sources(MAIN)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:\bid: |\bwsl\(|powershellSpec\(\s*|run\()'((?:win|wsl|windows|system|go|editor|net|network|distro)\.[\w.-]+)'/g)) ids.add(m[1] as string);
  }
  const editor = fs.readFileSync(path.join(MAIN, 'services/editor/project.ts'), 'utf8');
  for (const m of editor.matchAll(/'(editor-[a-z]+\.sh)'/g)) ids.add(`editor.${m[1]}`);
  return ids;
}

describe('terminal tab titles', () => {
  it('every id main names a run by has words (the locale lint then asks for zh-CN)', () => {
    const ids = tabIdsInMain();
    // The scan finds what it should (it would pass for nothing otherwise).
    for (const id of ['go.detect', 'wsl.list-verbose', 'win.facts', 'network.testProxy', 'distro.install', 'wsl.install-msi', 'editor.editor-hello.sh']) expect(ids.has(id), id).toBe(true);
    const en = resources.en.terminalTitles ?? {};
    expect([...ids].filter((id) => !(id in en)).sort()).toEqual([]);
  });

  it('names a tab in the reader’s language, with the distro name filled in; falls back to main’s words', () => {
    const zh = createI18n('zh-CN', false);
    const t = zh.getFixedT('zh-CN', 'terminalPanel');
    expect(sessionTitle(t, { title: 'Look for old Go installs', titleId: 'go.detect' })).toBe('查找旧的 Go 安装');
    expect(sessionTitle(t, { title: 'network: test proxy', titleId: 'network.testProxy' })).toBe('测试网络代理');
    expect(sessionTitle(t, { title: 'wsl --install -d Ubuntu-24.04', titleId: 'distro.install', titleArgs: { key: 'Ubuntu-24.04' } })).toBe('安装 Ubuntu-24.04');
    expect(sessionTitle(t, { title: 'shutdown /r /fw', titleId: 'system.firmware-restart-not-translated-yet' })).toBe('shutdown /r /fw');
    expect(sessionTitle(t, { title: 'bash' })).toBe('bash');
    expect(sessionTitle(t, { title: 'wsl --install (web download)', titleId: 'wsl.install', titleArgs: { key: 'web-download' } })).toBe('安装 WSL（从 GitHub 下载）');
    const en = createI18n('en', false).getFixedT('en', 'terminalPanel');
    expect(sessionTitle(en, { title: 'x', titleId: 'windows.enable-features' })).toBe('Turn on the Windows features WSL needs');
  });
});
