import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// electron-builder's own loader and validator (app-builder-lib and builder-util come with electron-builder).
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';

/**
 * The installer cannot be built here (no Windows, no Electron binary), so its
 * configuration is checked against electron-builder's own schema, plus the
 * choices this project depends on.
 */
const root = path.resolve(__dirname, '../../..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the schema is checked by electron-builder itself
let config: Record<string, any>;
beforeAll(async () => {
  config = (await getConfig(root, path.join(root, 'electron-builder.yml'), null)) as Record<string, any>;
});

describe('electron-builder.yml', () => {
  it('is valid by electron-builder\'s own configuration schema', async () => {
    await expect(validateConfiguration(config as never, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('rejects what the schema rejects (the validator is really running)', async () => {
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, notAnOption: true } } as never, new DebugLogger(false))).rejects.toThrow(
      /Invalid configuration object[\s\S]*configuration\.nsis/,
    );
  });

  it('builds a per-user NSIS installer that never elevates the whole app', () => {
    expect(config.win.target.map((t: { target: string }) => t.target)).toEqual(['nsis']);
    expect(config.win.requestedExecutionLevel).toBe('asInvoker');
    expect(config.nsis.perMachine).toBe(false);
    expect(config.nsis.allowElevation).toBe(false);
  });

  it('ships the installer in zh-CN and en', () => {
    expect(config.nsis.installerLanguages).toEqual(expect.arrayContaining(['en_US', 'zh_CN']));
  });

  it('points at icons and resources that exist', () => {
    expect(fs.existsSync(path.join(root, config.win.icon))).toBe(true);
    for (const r of config.extraResources) expect(fs.existsSync(path.join(root, r.from))).toBe(true);
  });
});

/**
 * What ends up in app.asar, decided by electron-builder's own matcher for the
 * `files` patterns (the same FileMatcher the packager copies with).
 */
describe('electron-builder.yml: the packaged app', () => {
  it('flips every fuse the issue asks for (no Node mode, asar only and verified, no file:// privileges)', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  async function shipped(): Promise<(rel: string) => boolean> {
    const { getFileMatchers } = await import('app-builder-lib/out/fileMatcher');
    const matchers = getFileMatchers(config as never, 'files', '/app', {
      macroExpander: (p: string) => p,
      customBuildOptions: config.win,
      globalOutDir: path.join(root, 'dist'),
      defaultSrc: root,
    });
    expect(matchers).not.toBeNull();
    const filter = matchers![0]!.createFilter();
    const file = { isDirectory: () => false } as never;
    return (rel: string) => filter(path.join(root, rel), file) === true;
  }

  it('leaves the harness, the doctor CLI, ws and source maps out, and keeps the app', async () => {
    const inAsar = await shipped();
    for (const rel of ['out/main/main.cjs', 'out/main/preload.cjs', 'out/renderer/index.html', 'out/main/distro-scripts/go-install.sh', 'package.json']) {
      expect(inAsar(rel), rel).toBe(true);
    }
    for (const rel of ['out/harness/harness.cjs', 'out/harness/distro-scripts/go-install.sh', 'out/cli/doctor.cjs', 'node_modules/ws/index.js', 'node_modules/ws/lib/websocket.js', 'out/main/main.cjs.map', 'out/bench/x.cjs']) {
      expect(inAsar(rel), rel).toBe(false);
    }
  });

  it('ships the distro scripts once: in the asar, not again as a resource', () => {
    const resources = (config.extraResources as { from: string; to: string }[]).map((r) => r.to);
    expect(resources).toEqual(['machines']);
  });
});
