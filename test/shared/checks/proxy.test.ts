import { describe, expect, it } from 'vitest';
import type { PreflightReport } from '../../../src-shared/contract/preflight';
import { catalogEntryFor } from '../../../src-shared/catalog';
import { parseWindowsFactsJson } from '../../../src-shared/parse/windows-facts';
import { proxy } from '../../../src-shared/checks/windows/proxy';

/**
 * The proxy check (issue #15 point 6): it tests nothing, so a proxy app on
 * 127.0.0.1 is a note for the Network step, never "the proxy does not
 * answer" next to a "works, but worth a look" verdict.
 */
const wsl: PreflightReport['wsl'] = { present: true, wslVersion: null, kernelVersion: null, defaultVersion: null, defaultDistro: null, distros: [], legacyInbox: null };

function run(p: Record<string, unknown>) {
  const windows = parseWindowsFactsJson(JSON.stringify({ schema: 1, build: '22631', ubr: 4460, proxy: p }));
  return proxy.evaluate({ windows, wsl, restart: null });
}

describe('proxy check', () => {
  it('a proxy app on loopback is a note (WIN_PROXY_LOOPBACK) whose words claim no failure, in both languages', () => {
    for (const server of ['127.0.0.1:7890', 'http=127.0.0.1:10809;https=127.0.0.1:10809', 'localhost:1080']) {
      const c = run({ wininetEnabled: true, wininetServer: server });
      expect(c).toMatchObject({ status: 'warn', findings: ['WIN_PROXY_LOOPBACK'] });
      expect(catalogEntryFor('WIN_PROXY_LOOPBACK', 'en').title).not.toMatch(/does not answer|fail|refus/i);
      expect(catalogEntryFor('WIN_PROXY_LOOPBACK', 'zh-CN').title).not.toMatch(/没有响应|失败|拒绝/);
    }
  });

  it('a company proxy, or none, is fine', () => {
    expect(run({ wininetEnabled: true, wininetServer: 'proxy.corp:8080' })).toMatchObject({ status: 'ok', findings: [] });
    expect(run({ wininetEnabled: false, wininetServer: '127.0.0.1:7890' })).toMatchObject({ status: 'ok', findings: [] });
  });
});
