import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MachineCatalog } from '../../../src-main/host/machines';
import { ReplayHost } from '../../../src-main/host/replay-host';
import { windowsFactsSpec } from '../../../src-main/host/commands/windows-facts';
import { wslActions } from '../../../src-main/services/wsl/commands';
import { encodingByName, encodingOfCodePage } from '../../../src-shared/util/codepages';

/**
 * A recording is only as true as its bytes: every machine says which code
 * page its console tools write, text recorded in an OEM page is in that
 * page, and wsl.exe's answers are never in one (wsl.exe writes UTF-16LE or,
 * with WSL_UTF8=1, UTF-8).
 */
const catalog = new MachineCatalog(path.resolve(__dirname, '../../../assets/machines'));

describe('recorded machines: console code pages', () => {
  it('every machine states its console code page, and OEM-encoded answers use that page', () => {
    for (const m of catalog.list()) {
      const t = catalog.get(m.id);
      const cp = t.machine.consoleCodePage;
      expect(cp, `${m.id} states no consoleCodePage`).toBeTypeOf('number');
      const page = encodingOfCodePage(cp as number);
      for (const e of t.entries) {
        for (const out of [e.stdout, e.stderr]) {
          if (!out || 'base64' in out) continue;
          const enc = encodingByName(out.encoding.replace(/-bom$/, '')) ?? out.encoding;
          if (enc === 'utf8' || enc === 'utf16le') continue;
          expect(e.probe.startsWith('wsl.') || e.probe.startsWith('distro.'), `${m.id} ${e.probe}: wsl.exe never writes ${enc}`).toBe(false);
          expect(enc, `${m.id} ${e.probe}`).toBe(page);
        }
      }
    }
  });

  it('the zh-CN machines are Chinese code page machines whose facts and DISM replay as Chinese, not mojibake', async () => {
    const zh = catalog.list().filter((m) => catalog.get(m.id).machine.locale === 'zh-CN');
    expect(zh.map((m) => m.id)).toEqual(expect.arrayContaining(['win10-virt-off-zh', 'win10-home-zh-gbk']));
    for (const m of zh) {
      const t = catalog.get(m.id);
      expect(t.machine.consoleCodePage).toBe(936);
      const host = new ReplayHost(t, { readOnly: true, maxReplayMs: 0 });
      const facts = await host.run(windowsFactsSpec());
      expect(JSON.parse(facts.stdout).productName).toMatch(/家庭中文版/);
      expect(host.console.encoding).toBe('gbk');
    }
    const home = new ReplayHost(catalog.get('win10-home-zh-gbk'), { readOnly: false, maxReplayMs: 0 });
    const facts = await home.run(windowsFactsSpec());
    expect(facts.stdoutBytes.some((b) => b >= 0x80)).toBe(true); // real GBK bytes, not escaped
    const dism = await home.run(wslActions.enableFeatures());
    expect(dism.encoding.stdout).toBe('gbk');
    expect(dism.stdout).toContain('重新启动 Windows 以完成该操作。');
  });
});
