import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

/**
 * main.ts itself, with Electron faked as an installed app (isPackaged) that is
 * a second instance (so it quits before opening a window): what it sets up
 * before anything else runs.
 */
const fake = vi.hoisted(() => ({
  logs: '',
  appListeners: new Map<string, unknown>(),
  calls: [] as string[],
}));
vi.mock('electron', async () => {
  const { vi: v } = await import('vitest');
  const nodeFs = await import('node:fs');
  const nodeOs = await import('node:os');
  const nodePath = await import('node:path');
  fake.logs = nodePath.join(nodeFs.mkdtempSync(nodePath.join(nodeOs.tmpdir(), 'gws-main-')), 'logs');
  return {
    app: {
      isPackaged: true,
      getPath: (name: string) => (name === 'logs' ? fake.logs : nodePath.join(fake.logs, '..', name)),
      on: (name: string, fn: unknown) => fake.appListeners.set(name, fn),
      whenReady: () => new Promise(() => undefined),
      requestSingleInstanceLock: () => false,
      quit: () => fake.calls.push('quit'),
      enableSandbox: () => fake.calls.push('enableSandbox'),
      getPreferredSystemLanguages: () => ['zh-CN'],
      getLocale: () => 'zh-CN',
    },
    protocol: { registerSchemesAsPrivileged: v.fn(), handle: v.fn() },
    Menu: { setApplicationMenu: (m: unknown) => fake.calls.push(`setApplicationMenu(${String(m)})`) },
    dialog: { showMessageBox: v.fn(async () => ({ response: 1 })) },
    session: {},
    shell: {},
    net: {},
    BrowserWindow: class {},
    ipcMain: { handle: v.fn(), on: v.fn(), removeHandler: v.fn(), removeListener: v.fn() },
  };
});

const before = new Set(process.listeners('uncaughtException'));
const beforeRejections = new Set(process.listeners('unhandledRejection'));
await import('../../../src-main/app/main');
const added = process.listeners('uncaughtException').filter((l) => !before.has(l));
const addedRejections = process.listeners('unhandledRejection').filter((l) => !beforeRejections.has(l));
const { isPackaged, setPackaged } = await import('../../../src-main/host/packaged');
const { machinesDir } = await import('../../../src-main/host/machines');
const { scriptDirs } = await import('../../../src-main/distro-scripts');

afterAll(() => {
  Reflect.deleteProperty(process, 'resourcesPath');
  vi.unstubAllEnvs();
  for (const l of added) process.off('uncaughtException', l);
  for (const l of addedRejections) process.off('unhandledRejection', l);
  setPackaged(false);
});

describe('main.ts as the installed app', () => {
  it('tells the rest of main it is packaged, before anything reads a test hook', () => {
    expect(isPackaged()).toBe(true);
  });

  it('then ignores the test hooks: machines from resourcesPath, scripts from the shipped copy only', () => {
    const resources = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-res-'));
    fs.mkdirSync(path.join(resources, 'machines'));
    (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath = resources;
    vi.stubEnv('GWS_MACHINES_DIR', fs.mkdtempSync(path.join(os.tmpdir(), 'gws-hook-')));
    vi.stubEnv('GWS_SCRIPTS_DIR', fs.mkdtempSync(path.join(os.tmpdir(), 'gws-hook-')));
    expect(machinesDir()).toBe(path.join(resources, 'machines'));
    expect(scriptDirs()).not.toContain(process.env.GWS_SCRIPTS_DIR);
    expect(scriptDirs()).toHaveLength(1);
  });

  it('suppresses the default menu, and quits as a second instance', () => {
    expect(fake.calls).toEqual(expect.arrayContaining(['enableSandbox', 'setApplicationMenu(null)', 'quit']));
  });

  it('catches main-side errors into the log file in app.getPath("logs"), redacted, and watches the renderer', () => {
    expect(added).toHaveLength(1);
    expect(addedRejections).toHaveLength(1);
    expect(fake.appListeners.has('render-process-gone')).toBe(true);
    (added[0] as (e: Error) => void)(new Error('boom with https://u:TopSecret99@proxy.example:8080'));
    const text = fs.readFileSync(path.join(fake.logs, 'main.log'), 'utf8');
    expect(text).toContain('uncaught exception');
    expect(text).toContain('boom with');
    expect(text).not.toContain('TopSecret99');
  });
});
