import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scriptRunner } from '../../../src-main/distro-scripts/run';
import { LocalLinuxHost } from '../../../src-main/host/local-linux-host';
import { createHelloProject, undoEditor } from '../../../src-main/services/editor/project';
import { makeSandbox, type Sandbox } from '../../support/sandbox';

/** editor-hello.sh and editor-undo.sh run for real against a sandbox home. */
const T = { distro: 'sandbox', user: 'tester' };
const MANIFEST = 'home/tester/.local/state/go-wsl-setup/editor.manifest';

function runnerFor(sb: Sandbox) {
  const host = new LocalLinuxHost({ root: sb.root });
  return scriptRunner((spec, o) => host.run(spec, o));
}

function withSandbox(fn: (sb: Sandbox) => Promise<void>) {
  return async () => {
    const sb = makeSandbox('gws-hello-');
    try {
      await fn(sb);
    } finally {
      sb.cleanup();
    }
  };
}

describe('editor-hello.sh', () => {
  it('creates ~/hello-go with go.mod, main.go and a passing main_test.go', withSandbox(async (sb) => {
    const r = await createHelloProject(runnerFor(sb), T);
    expect(r).toEqual({ path: '/home/tester/hello-go', created: true });
    expect(fs.readdirSync(sb.file('home/tester/hello-go')).sort()).toEqual(['go.mod', 'main.go', 'main_test.go']);
    expect(sb.read('home/tester/hello-go/go.mod')).toMatch(/^module example\.com\/hello-go\n/);
    if (fs.existsSync('/usr/bin/go')) {
      const out = execFileSync('/usr/bin/go', ['test', './...'], { cwd: sb.file('home/tester/hello-go'), env: { ...process.env, GOFLAGS: '-mod=mod', GOCACHE: sb.file('gocache'), GOTOOLCHAIN: 'local' }, encoding: 'utf8' });
      expect(out).toMatch(/^ok\s+example\.com\/hello-go/m);
    } else console.log('skipping `go test` of hello-go: no /usr/bin/go (the file list above still ran)');
  }));

  it('leaves a folder the user already has untouched and does not list it', withSandbox(async (sb) => {
    sb.write('home/tester/hello-go/notes.txt', 'mine\n');
    const r = await createHelloProject(runnerFor(sb), T);
    expect(r.created).toBe(false);
    expect(fs.readdirSync(sb.file('home/tester/hello-go'))).toEqual(['notes.txt']);
    expect(sb.exists(MANIFEST)).toBe(false);
  }));
});

describe('editor-undo.sh', () => {
  it('removes the project and tools the wizard made, and nothing else', withSandbox(async (sb) => {
    const runner = runnerFor(sb);
    await createHelloProject(runner, T);
    sb.write('home/tester/go/bin/gopls', 'made\n', 0o755);
    sb.write('home/tester/go/bin/dlv', 'users own\n', 0o755);
    fs.appendFileSync(sb.file(MANIFEST), 'tool\tgopls\t/home/tester/go/bin/gopls\n');
    const r = await undoEditor(runner, T);
    expect(r.removed).toEqual(expect.arrayContaining(['/home/tester/hello-go', '/home/tester/go/bin/gopls']));
    expect(sb.exists('home/tester/hello-go')).toBe(false);
    expect(sb.exists('home/tester/go/bin/gopls')).toBe(false);
    expect(sb.read('home/tester/go/bin/dlv')).toBe('users own\n');
    expect(sb.exists(MANIFEST)).toBe(false);
  }));

  it('keeps a project file the user changed, and the folder with it', withSandbox(async (sb) => {
    const runner = runnerFor(sb);
    await createHelloProject(runner, T);
    sb.write('home/tester/hello-go/main.go', 'package main\n\nfunc main() {}\n');
    const r = await undoEditor(runner, T);
    expect(r.kept).toEqual(expect.arrayContaining([{ path: '/home/tester/hello-go/main.go', reason: 'changed' }, { path: '/home/tester/hello-go', reason: 'not-empty' }]));
    expect(sb.exists('home/tester/hello-go/go.mod')).toBe(false);
    expect(sb.read('home/tester/hello-go/main.go')).toContain('func main() {}');
  }));

  it('refuses manifest paths outside the home', withSandbox(async (sb) => {
    sb.write('etc/keep.conf', 'x\n');
    sb.write(MANIFEST, 'tool\tgopls\t/etc/keep.conf\ntool\tdlv\t/home/tester/../../etc/keep.conf\n');
    const r = await undoEditor(runnerFor(sb), T);
    expect(r.removed).toEqual([]);
    expect(r.kept.map((k) => k.reason)).toEqual(['outside-home', 'outside-home']);
    expect(sb.read('etc/keep.conf')).toBe('x\n');
  }));

  it('does nothing when the step never ran', withSandbox(async (sb) => {
    expect(await undoEditor(runnerFor(sb), T)).toEqual({ removed: [], kept: [] });
  }));
});
