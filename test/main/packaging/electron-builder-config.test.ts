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
