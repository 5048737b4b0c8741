import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: {} }));
const { parseAppArgs } = await import('../../../src-main/app/electron-runtime');

/** The app's own command line (main reads it; the renderer never sees it). */
describe('app arguments', () => {
  it('reads --smoke (Windows CI: exit once the window has loaded) and nothing else from it', () => {
    expect(parseAppArgs(['--smoke'])).toEqual({ replay: null, machine: null, resume: false, smoke: true, bundle: null });
    expect(parseAppArgs([])).toEqual({ replay: null, machine: null, resume: false, smoke: false, bundle: null });
  });

  it('keeps the other flags as they were', () => {
    expect(parseAppArgs(['--replay', 'r.json', '--resume'])).toMatchObject({ replay: 'r.json', resume: true, smoke: false });
    expect(parseAppArgs(['--machine', 'win10-virt-off-zh', '--smoke'])).toMatchObject({ machine: 'win10-virt-off-zh', smoke: true });
  });

  it('reads --bundle DIR (an offline bundle folder)', () => {
    expect(parseAppArgs(['--bundle', 'E:\\go-wsl-setup-bundle'])).toMatchObject({ bundle: 'E:\\go-wsl-setup-bundle', smoke: false });
  });
});
