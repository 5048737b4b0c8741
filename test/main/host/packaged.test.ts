import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { distroScriptPath, scriptDirs } from '../../../src-main/distro-scripts';
import { MachineCatalog, machinesDir } from '../../../src-main/host/machines';
import { devHook, isPackaged, setPackaged } from '../../../src-main/host/packaged';
import { DEFAULT_WINDOWS_DIR, KERNEL_SYSTEM_ROOT, windowsDirectory } from '../../../src-main/host/commands/windows-paths';

/**
 * The installed app (main sets packaged from app.isPackaged) ignores the test
 * hooks and finds what it ships in its own folders; a development run keeps them.
 */
const proc = process as NodeJS.Process & { resourcesPath?: string };
const root = path.resolve(__dirname, '../../..');
const temp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `gws-${name}-`));

afterEach(() => {
  setPackaged(false);
  Reflect.deleteProperty(proc, 'resourcesPath');
  vi.unstubAllEnvs();
});

describe('test hooks', () => {
  it('a development run honours GWS_SCRIPTS_DIR, GWS_MACHINES_DIR and GWS_RESUME_DIR', () => {
    expect(isPackaged()).toBe(false);
    const env = { GWS_SCRIPTS_DIR: '/s', GWS_MACHINES_DIR: '/m', GWS_RESUME_DIR: '/r' };
    expect([devHook('GWS_SCRIPTS_DIR', env), devHook('GWS_MACHINES_DIR', env), devHook('GWS_RESUME_DIR', env)]).toEqual(['/s', '/m', '/r']);
  });

  it('the installed app ignores them', () => {
    setPackaged(true);
    const env = { GWS_SCRIPTS_DIR: '/s', GWS_MACHINES_DIR: '/m', GWS_RESUME_DIR: '/r' };
    expect([devHook('GWS_SCRIPTS_DIR', env), devHook('GWS_MACHINES_DIR', env), devHook('GWS_RESUME_DIR', env)]).toEqual([undefined, undefined, undefined]);
  });

  it('the scripts that run as root come only from the shipped copy, never from GWS_SCRIPTS_DIR', () => {
    const evil = temp('evil-scripts');
    fs.writeFileSync(path.join(evil, 'go-install.sh'), '#!/bin/bash\necho pwned\n');
    vi.stubEnv('GWS_SCRIPTS_DIR', evil);
    expect(distroScriptPath('go-install.sh')).toBe(path.join(evil, 'go-install.sh'));
    setPackaged(true);
    expect(scriptDirs()).toHaveLength(1);
    expect(scriptDirs()[0]!.endsWith(`${path.sep}distro-scripts`)).toBe(true);
    expect(scriptDirs()).not.toContain(evil);
    // Under vitest there is no bundle folder with the shipped copy: found nowhere rather than in the hook.
    expect(() => distroScriptPath('go-install.sh')).toThrow(/not found/);
  });
});

describe('recorded machines', () => {
  it('the installed app finds them in resourcesPath, and ignores GWS_MACHINES_DIR and the working directory', () => {
    const resources = temp('resources');
    fs.mkdirSync(path.join(resources, 'machines'));
    fs.copyFileSync(path.join(root, 'assets/machines/win11-healthy.json'), path.join(resources, 'machines/win11-healthy.json'));
    const evil = temp('evil-machines');
    vi.stubEnv('GWS_MACHINES_DIR', evil);
    expect(machinesDir()).toBe(evil);
    proc.resourcesPath = resources;
    setPackaged(true);
    expect(machinesDir()).toBe(path.join(resources, 'machines'));
    expect(new MachineCatalog().list().map((m) => m.id)).toEqual(['win11-healthy']);
  });

  it('the installed app without its resources folder says so instead of using the checkout', () => {
    setPackaged(true);
    expect(fs.existsSync(path.join(process.cwd(), 'assets', 'machines'))).toBe(true);
    expect(() => machinesDir()).toThrow(/not found/);
  });
});

describe('the Windows folder for System32 tools', () => {
  const kernel = (answer: string) => vi.fn((p: string) => (p === KERNEL_SYSTEM_ROOT ? answer : '\\\\?\\X:\\wrong'));

  it('the installed app takes it from the kernel\'s \\SystemRoot, never from %SystemRoot%', () => {
    const realpath = kernel('\\\\?\\D:\\Windows');
    expect(windowsDirectory({ platform: 'win32', packaged: true, env: { SystemRoot: 'C:\\Users\\me\\fake' }, realpath })).toBe('D:\\Windows');
    expect(realpath).toHaveBeenCalledWith(KERNEL_SYSTEM_ROOT);
  });

  it('falls back to C:\\Windows (not the environment) when the kernel path cannot be read or is not a drive path', () => {
    const env = { SystemRoot: 'C:\\Users\\me\\fake' };
    const fails = () => {
      throw new Error('EPERM');
    };
    expect(windowsDirectory({ platform: 'win32', packaged: true, env, realpath: fails })).toBe(DEFAULT_WINDOWS_DIR);
    expect(windowsDirectory({ platform: 'win32', packaged: true, env, realpath: kernel('\\Device\\HarddiskVolume3\\Windows') })).toBe(DEFAULT_WINDOWS_DIR);
  });

  it('a development run on Windows honours %SystemRoot% (tests redirect it); off Windows it is C:\\Windows', () => {
    expect(windowsDirectory({ platform: 'win32', packaged: false, env: { SystemRoot: 'E:\\Win' }, realpath: kernel('\\\\?\\C:\\Windows') })).toBe('E:\\Win');
    expect(windowsDirectory({ platform: 'linux', packaged: true, env: { SystemRoot: 'E:\\Win' } })).toBe(DEFAULT_WINDOWS_DIR);
  });
});
