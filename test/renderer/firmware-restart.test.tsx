import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src-renderer/i18n';
import enWsl from '../../src-renderer/i18n/locales/en/wsl.json';
import zhWsl from '../../src-renderer/i18n/locales/zh-CN/wsl.json';
import { CheckFix } from '../../src-renderer/pages/wsl/CheckFix';
import { createStores, StoresProvider } from '../../src-renderer/store';
import type { Lang } from '../../src-shared/contract/define';
import { fakeApi, report } from './fake-api';

/** The BIOS failure's fix column: "Restart into UEFI settings" only where the firmware is known to be UEFI. */
async function render(build: number, lang: Lang): Promise<string> {
  const r = report(['fail']);
  r.windows.build = build;
  const f = fakeApi({ 'preflight.run': () => r });
  const stores = createStores(f.api);
  await stores.preflight.getState().run();
  // A server render reads the server snapshot (getInitialState); let it be the current state.
  (stores.preflight as { getInitialState: () => unknown }).getInitialState = stores.preflight.getState;
  const check = stores.preflight.getState().report!.checks[0]!;
  expect(check.findings).toEqual(['VIRTUALIZATION_DISABLED']);
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(lang)}>
      <StoresProvider stores={stores}>
        <CheckFix check={check} />
      </StoresProvider>
    </I18nextProvider>,
  );
}

describe('Restart into UEFI settings', () => {
  it('is offered on Windows 11 (UEFI only), in both languages', async () => {
    expect(await render(22631, 'en')).toContain(enWsl.fix.firmware.button);
    expect(await render(22000, 'zh-CN')).toContain(zhWsl.fix.firmware.button);
  });
  it('is not offered on Windows 10, whose facts do not say the firmware is UEFI', async () => {
    const html = await render(19045, 'en');
    expect(html).not.toContain(enWsl.fix.firmware.button);
    expect(html).toContain('Settings &gt; Update &amp; Security &gt; Recovery');
  });
});
