import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { NextSteps } from '../../src-renderer/pages/finish/NextSteps';
import { createI18n } from '../../src-renderer/i18n';
import { createStores, StoresProvider } from '../../src-renderer/store';
import { fakeApi } from './fake-api';

function render(lang: 'en' | 'zh-CN', setup: (stores: ReturnType<typeof createStores>) => void): string {
  const stores = createStores(fakeApi({}).api);
  setup(stores);
  // A server render reads zustand's getInitialState (the server snapshot): point it at the live state.
  for (const store of [stores.distro, stores.go, stores.verify]) (store as { getInitialState: () => unknown }).getInitialState = store.getState;
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(lang)}>
      <StoresProvider stores={stores}>
        <NextSteps />
      </StoresProvider>
    </I18nextProvider>,
  );
}

describe('Finish: what was set up and how to go on', () => {
  it('names the real distro, user, Go version and the proved module folder, in both languages', () => {
    const setup = (s: ReturnType<typeof createStores>) => {
      s.distro.setState({ target: { distro: 'Ubuntu-24.04', user: 'mei' } });
      s.verify.setState({ result: { workdir: '/home/mei/gws-hello', steps: [], ok: true } });
    };
    const en = render('en', setup);
    expect(en).toContain('Linux: Ubuntu-24.04, as user mei (WSL 2).');
    expect(en).toContain('wsl -d Ubuntu-24.04');
    expect(en).toContain('cd /home/mei/gws-hello\ncode .');
    expect(en).toContain('ms-vscode-remote.remote-wsl');
    const zh = render('zh-CN', setup);
    expect(zh).toContain('Linux：Ubuntu-24.04，用户 mei（WSL 2）。');
    expect(zh).toContain('用 VS Code 编写代码');
  });

  it('says nothing is set up yet before a distro was chosen', () => {
    expect(render('en', () => undefined)).toContain('Nothing is set up yet');
  });
});
