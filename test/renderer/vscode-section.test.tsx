import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../src-renderer/i18n';
import { VsCodeSection } from '../../src-renderer/pages/editor/VsCodeSection';
import { createStores, StoresProvider } from '../../src-renderer/store';
import { editorStatus } from '../../src-renderer/store/editor';
import type { VsCodeStatus } from '../../src-shared/contract/editor';
import { fakeApi } from './fake-api';

const LOC = 'C:\\Users\\mei\\AppData\\Local\\Programs\\Microsoft VS Code';
const WINGET = 'C:\\Users\\mei\\AppData\\Local\\Microsoft\\WindowsApps\\winget.exe';
const present = (ext: boolean): VsCodeStatus['facts'] => ({
  known: true,
  installs: [{ scope: 'user', channel: 'stable', version: '1.95.3', location: LOC, cli: { exe: `${LOC}\\Code.exe`, cliJs: `${LOC}\\resources\\app\\out\\cli.js` } }],
  wslExtension: ext ? { installed: true, version: '0.88.5' } : { installed: false, version: null },
  winget: WINGET,
});
const absent = (winget: boolean): VsCodeStatus['facts'] => ({ known: true, installs: [], wslExtension: { installed: false, version: null }, winget: winget ? WINGET : null });

function render(lang: 'en' | 'zh-CN', stores: ReturnType<typeof createStores>): string {
  for (const store of [stores.distro, stores.editor, stores.preflight]) (store as { getInitialState: () => unknown }).getInitialState = store.getState;
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(lang)}>
      <StoresProvider stores={stores}>
        <VsCodeSection />
      </StoresProvider>
    </I18nextProvider>,
  );
}

function setup(answers: { detect?: VsCodeStatus; install?: VsCodeStatus; ext?: VsCodeStatus }) {
  const fake = fakeApi({
    'editor.detectVsCode': () => answers.detect!,
    'editor.installVsCode': () => answers.install!,
    'editor.installWslExtension': () => answers.ext!,
    'editor.installGoExtension': () => ({ ok: true, exitCode: 0, catalogId: null, evidence: ["Extension 'golang.go' v0.44.0 was successfully installed."] }),
    'editor.openProject': (req) => ({ path: `/home/${req.target.user}/hello-go`, run: { ok: true, exitCode: 0, catalogId: null, evidence: [] } }),
  });
  const stores = createStores(fake.api);
  stores.distro.setState({ target: { distro: 'Ubuntu-24.04', user: 'mei' } });
  return { fake, stores };
}

describe('VS Code section', () => {
  it('VS Code with the WSL extension: version, place, and one button that opens hello-go (both languages)', async () => {
    const { fake, stores } = setup({ detect: { facts: present(true), run: null } });
    await stores.editor.getState().detectVsCode();
    const en = render('en', stores);
    expect(en).toContain('VS Code 1.95.3 (per-user install) is in C:\\Users\\mei\\AppData\\Local\\Programs\\Microsoft VS Code.');
    expect(en).toContain('The WSL extension (ms-vscode-remote.remote-wsl) 0.88.5 is installed.');
    expect(en).toContain('Open hello-go in VS Code (WSL)');
    expect(render('zh-CN', stores)).toContain('在 VS Code 中打开 hello-go（WSL）');
    await stores.editor.getState().openProject({ distro: 'Ubuntu-24.04', user: 'mei' });
    // The renderer names the target only; the path comes back from main.
    expect(fake.calls.at(-1)).toEqual({ channel: 'editor.openProject', request: { target: { distro: 'Ubuntu-24.04', user: 'mei' } } });
    expect(render('en', stores)).toContain('VS Code is opening /home/mei/hello-go in WSL: Ubuntu-24.04.');
    expect(render('zh-CN', stores)).toContain('VS Code 正在以 WSL: Ubuntu-24.04 打开 /home/mei/hello-go。');
  });

  it('the Go extension goes into WSL through the network step\'s proxy; the renderer names only the target', async () => {
    const { fake, stores } = setup({ detect: { facts: present(true), run: null } });
    await stores.editor.getState().detectVsCode();
    expect(render('en', stores)).toContain('Install the Go extension in WSL');
    expect(render('zh-CN', stores)).toContain('在 WSL 中安装 Go 扩展');
    stores.network.setState({ useProxy: true, proxyUrl: 'http://172.28.160.1:7890', proxyTest: { status: 'ok' } } as never);
    (stores.network as { getInitialState: () => unknown }).getInitialState = stores.network.getState;
    expect(render('en', stores)).toContain('with the Network step&#x27;s proxy (http://172.28.160.1:7890) in its environment, for that run only');
    expect(render('zh-CN', stores)).toContain('网络步骤找到的代理（http://172.28.160.1:7890）');
    stores.network.setState({ proxyUrl: 'http://mei:s3cret@10.0.0.1:8080' } as never);
    expect(render('en', stores)).not.toContain('s3cret');
    stores.network.setState({ proxyUrl: 'http://172.28.160.1:7890' } as never);
    await stores.editor.getState().installGoExtension({ distro: 'Ubuntu-24.04', user: 'mei' }, 'http://172.28.160.1:7890');
    expect(fake.calls.at(-1)).toEqual({ channel: 'editor.installGoExtension', request: { taskId: 'editor-2', target: { distro: 'Ubuntu-24.04', user: 'mei' }, proxy: { url: 'http://172.28.160.1:7890' } } });
    expect(render('en', stores)).toContain('The Go extension is installed in WSL: Extension &#x27;golang.go&#x27; v0.44.0 was successfully installed.');
  });

  it('without the WSL extension: the install button, and after it the extension is seen', async () => {
    const { fake, stores } = setup({ detect: { facts: present(false), run: null }, ext: { facts: present(true), run: { ok: true, exitCode: 0, catalogId: null, evidence: [] } } });
    await stores.editor.getState().detectVsCode();
    expect(render('en', stores)).toContain('Install the WSL extension');
    expect(render('zh-CN', stores)).toContain('安装 WSL 扩展');
    expect(render('en', stores)).not.toContain('Open hello-go in VS Code');
    await stores.editor.getState().installWslExtension();
    expect(fake.calls.at(-1)).toEqual({ channel: 'editor.installWslExtension', request: { taskId: 'editor-2' } });
    expect(render('en', stores)).toContain('Open hello-go in VS Code (WSL)');
  });

  it('absent with winget: the winget button; absent without winget: VSCODE_NO_WINGET and the download page', async () => {
    const a = setup({ detect: { facts: absent(true), run: null } });
    await a.stores.editor.getState().detectVsCode();
    const en = render('en', a.stores);
    expect(en).toContain('Install VS Code');
    expect(en).not.toContain('https://code.visualstudio.com/Download');
    const b = setup({ detect: { facts: absent(false), run: null } });
    await b.stores.editor.getState().detectVsCode();
    for (const lang of ['en', 'zh-CN'] as const) {
      const html = render(lang, b.stores);
      expect(html).toContain('data-finding-id="VSCODE_NO_WINGET"');
      expect(html).toContain('https://code.visualstudio.com/Download');
      expect(html).not.toContain(lang === 'en' ? '>Install VS Code<' : '>安装 VS Code<');
    }
  });

  it('a winget network failure: its diagnosis, the download page and "check again"', async () => {
    const run = { ok: false, exitCode: 0x80072efd, catalogId: 'VSCODE_WINGET_NETWORK', evidence: ['InternetOpenUrl() failed.', '0x80072efd : unknown error'] };
    const { stores } = setup({ detect: { facts: absent(true), run: null }, install: { facts: absent(true), run } });
    await stores.editor.getState().detectVsCode();
    await stores.editor.getState().installVsCode();
    for (const lang of ['en', 'zh-CN'] as const) {
      const html = render(lang, stores);
      expect(html).toContain('data-finding-id="VSCODE_WINGET_NETWORK"');
      expect(html).toContain('0x80072efd : unknown error');
      expect(html).toContain('https://code.visualstudio.com/Download');
      expect(html).toContain(lang === 'en' ? 'Check again' : '重新检查');
    }
  });

  it('facts from an older wizard (no VS Code fields): says nothing is known, offers only "check again"', async () => {
    const { stores } = setup({ detect: { facts: { ...absent(false), known: false }, run: null } });
    await stores.editor.getState().detectVsCode();
    const en = render('en', stores);
    expect(en).toContain('do not say whether VS Code is installed');
    expect(en).toContain('data-vscode="unknown"');
    expect(en).not.toContain('VSCODE_NO_WINGET');
    expect(render('zh-CN', stores)).toContain('没有 VS Code 是否安装的记录');
  });

  it('the step is done with the tools proven and hello-go opened', () => {
    const tools = { gobin: '/home/mei/go/bin', tools: [{ name: 'gopls' as const, version: 'v0.16.2', ok: true, proof: 'x', catalogId: null, evidence: [] }] };
    const opened = { path: '/home/mei/hello-go', run: { ok: true, exitCode: 0, catalogId: null, evidence: [] } };
    expect(editorStatus({ busy: null, tools, project: null, error: null, skipped: false, opened })).toBe('done');
    expect(editorStatus({ busy: null, tools, project: null, error: null, skipped: false, opened: { ...opened, run: { ...opened.run, ok: false } } })).toBe('idle');
  });
});
