import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { EditorPage } from '../../src-renderer/pages/EditorPage';
import { createI18n } from '../../src-renderer/i18n';
import { createStores, StoresProvider } from '../../src-renderer/store';
import { editorStatus } from '../../src-renderer/store/editor';
import type { EditorToolsResult } from '../../src-shared/contract/editor';
import { fakeApi } from './fake-api';

const TOOLS: EditorToolsResult = {
  gobin: '/home/mei/go/bin',
  tools: [
    { name: 'gopls', version: 'v0.16.2', ok: true, proof: 'golang.org/x/tools/gopls v0.16.2', catalogId: null, evidence: [] },
    { name: 'dlv', version: 'v1.23.1', ok: false, proof: null, catalogId: 'GOSUMDB_FAILURE', evidence: ['verifying module: ... 500'] },
  ],
};

function setup() {
  const fake = fakeApi({
    'editor.installTools': () => TOOLS,
    'editor.createProject': () => ({ path: '/home/mei/hello-go', created: true }),
    'editor.undo': () => ({ removed: ['/home/mei/hello-go'], kept: [] }),
  });
  const stores = createStores(fake.api);
  stores.distro.setState({ target: { distro: 'Ubuntu-24.04', user: 'mei' } });
  stores.go.setState({ version: 'go1.22.3' });
  return { fake, stores };
}

function render(lang: 'en' | 'zh-CN', stores: ReturnType<typeof createStores>): string {
  for (const store of [stores.distro, stores.go, stores.network, stores.editor, stores.preflight]) (store as { getInitialState: () => unknown }).getInitialState = store.getState;
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(lang)}>
      <StoresProvider stores={stores}>
        <EditorPage />
      </StoresProvider>
    </I18nextProvider>,
  );
}

describe('Editor page', () => {
  it('sends the installed Go version and the network step\'s choice, then shows proofs and diagnosed failures in both languages', async () => {
    const { fake, stores } = setup();
    stores.network.setState({ applied: { goproxy: 'https://goproxy.cn,direct', gosumdb: 'sum.golang.google.cn', goprivate: '', overrides: [], changes: [], findings: [] } });
    await stores.editor.getState().installTools({ distro: 'Ubuntu-24.04', user: 'mei' }, 'go1.22.3', { goproxy: 'https://goproxy.cn,direct', gosumdb: 'sum.golang.google.cn', proxyUrl: 'http://10.0.0.1:8080' });
    await stores.editor.getState().createProject({ distro: 'Ubuntu-24.04', user: 'mei' });
    expect(fake.calls[0]).toEqual({
      channel: 'editor.installTools',
      request: { taskId: 'editor-1', target: { distro: 'Ubuntu-24.04', user: 'mei' }, goVersion: 'go1.22.3', goproxy: 'https://goproxy.cn,direct', gosumdb: 'sum.golang.google.cn', proxy: { url: 'http://10.0.0.1:8080' } },
    });
    const en = render('en', stores);
    expect(en).toContain('GOPROXY=https://goproxy.cn,direct');
    expect(en).toContain('installed, it answers: golang.org/x/tools/gopls v0.16.2');
    expect(en).toContain('data-finding-id="GOSUMDB_FAILURE"');
    expect(en).toContain('code --remote wsl+Ubuntu-24.04 /home/mei/hello-go');
    expect(en).toContain('\\\\wsl.localhost\\Ubuntu-24.04\\usr\\local\\go');
    expect(en).toContain('\\\\wsl.localhost\\Ubuntu-24.04\\home\\mei\\go');
    const zh = render('zh-CN', stores);
    expect(zh).toContain('已安装，它的回答：golang.org/x/tools/gopls v0.16.2');
    expect(zh).toContain('使用 GoLand？');
    // One tool failed: the step needs attention until it is fixed or skipped.
    expect(editorStatus(stores.editor.getState())).toBe('attention');
    stores.editor.getState().skip();
    expect(editorStatus(stores.editor.getState())).toBe('done');
  });

  it('asks for Go first when no Go version is known, and undo clears what the step made', async () => {
    const { stores } = setup();
    stores.go.setState({ version: null });
    expect(render('en', stores)).toContain('Install Go first');
    await stores.editor.getState().undo({ distro: 'Ubuntu-24.04', user: 'mei' });
    expect(stores.editor.getState()).toMatchObject({ tools: null, project: null, undone: { removed: ['/home/mei/hello-go'], kept: [] } });
    expect(render('zh-CN', stores)).toContain('已删除 1 项');
  });
});
