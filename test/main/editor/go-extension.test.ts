import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scriptRunner } from '../../../src-main/distro-scripts/run';
import { LocalLinuxHost } from '../../../src-main/host/local-linux-host';
import { installGoExtension } from '../../../src-main/services/editor/go-extension';
import { makeSandbox, type Sandbox } from '../../support/sandbox';
import { installVsCodeStandIn, VSCODE_WIN } from '../../support/vscode-stand-in';

/** editor-go-extension.sh for real, as the user, against a sandbox with a VS Code stand-in. */
const T = { distro: 'sandbox', user: 'tester' };

function runnerFor(sb: Sandbox, shims: string) {
  const host = new LocalLinuxHost({ root: sb.root, env: { PATH: `${shims}:${process.env.PATH ?? '/usr/bin:/bin'}` } });
  return scriptRunner((spec, o) => host.run(spec, o));
}

async function withSandbox(fn: (sb: Sandbox, shims: string) => Promise<void>) {
  const sb = makeSandbox('gws-goext-');
  try {
    await fn(sb, path.join(sb.root, 'shims'));
  } finally {
    sb.cleanup();
  }
}

describe('editor-go-extension.sh', () => {
  it('runs the Windows install\'s bin/code with --install-extension golang.go, with the network step\'s proxy for this run only', () =>
    withSandbox(async (sb, shims) => {
      const { log } = installVsCodeStandIn(sb.root, shims);
      const r = await installGoExtension(runnerFor(sb, shims), T, `${VSCODE_WIN}\\bin\\code`, 'http://172.28.160.1:7890');
      expect(r).toEqual({ ok: true, exitCode: 0, catalogId: null, evidence: ["Extension 'golang.go' v0.44.0 was successfully installed."] });
      expect(fs.readFileSync(log, 'utf8')).toBe('args=--install-extension golang.go https_proxy=http://172.28.160.1:7890\n');
      // Nothing of the proxy was written into the user's files.
      expect(sb.read('home/tester/.profile')).not.toContain('7890');
    }));

  it('a Marketplace that cannot be reached is VSCODE_MARKETPLACE_UNREACHABLE, from the CLI\'s own lines', () =>
    withSandbox(async (sb, shims) => {
      installVsCodeStandIn(sb.root, shims, { fail: true });
      const r = await installGoExtension(runnerFor(sb, shims), T, `${VSCODE_WIN}\\bin\\code`, null);
      expect(r.ok).toBe(false);
      expect(r.catalogId).toBe('VSCODE_MARKETPLACE_UNREACHABLE');
      expect(r.evidence.join('\n')).toContain('getaddrinfo ENOTFOUND marketplace.visualstudio.com');
    }));

  it('no script at that place: VSCODE_CLI_FAILED with NO_CODE_SH; a path that is not bin\\code is refused', () =>
    withSandbox(async (sb, shims) => {
      installVsCodeStandIn(sb.root, shims);
      const r = await installGoExtension(runnerFor(sb, shims), T, 'C:\\Program Files\\Microsoft VS Code\\bin\\code', null);
      expect(r).toMatchObject({ ok: false, catalogId: 'VSCODE_CLI_FAILED' });
      expect(r.evidence[0]).toMatch(/^NO_CODE_SH: /);
      const bad = await installGoExtension(runnerFor(sb, shims), T, 'C:\\Windows\\System32\\cmd.exe', null);
      expect(bad.evidence[0]).toMatch(/^BAD_ARGS: /);
    }));
});
