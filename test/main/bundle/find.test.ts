import { describe, expect, it } from 'vitest';
import { bundleCandidates, findBundle } from '../../../src-main/services/bundle/find';

describe('finding a bundle', () => {
  it('looks at --bundle DIR, then next to the app, then the roots of D: to Z:', () => {
    const c = bundleCandidates({ argument: 'F:\\class\\bundle', exeDir: 'C:\\Program Files\\go-wsl-setup' }, 'win32');
    expect(c.slice(0, 3)).toEqual([
      { dir: 'F:\\class\\bundle', place: 'argument' },
      { dir: 'C:\\Program Files\\go-wsl-setup\\go-wsl-setup-bundle', place: 'next-to-app' },
      { dir: 'D:\\go-wsl-setup-bundle', place: 'drive' },
    ]);
    expect(c.at(-1)).toEqual({ dir: 'Z:\\go-wsl-setup-bundle', place: 'drive' });
    expect(c.some((x) => x.dir.startsWith('C:\\go-wsl'))).toBe(false);
  });

  it('takes the first place with a manifest.json (a USB stick on E:)', async () => {
    const asked: string[] = [];
    const found = await findBundle({ exeDir: 'C:\\App', exists: async (f) => (asked.push(f), f === 'E:\\go-wsl-setup-bundle\\manifest.json') }, 'win32');
    expect(found).toEqual({ dir: 'E:\\go-wsl-setup-bundle', place: 'drive' });
    expect(asked).toEqual(['C:\\App\\go-wsl-setup-bundle\\manifest.json', 'D:\\go-wsl-setup-bundle\\manifest.json', 'E:\\go-wsl-setup-bundle\\manifest.json']);
  });

  it('takes a folder the person named as given (its check then says what is wrong), and finds nothing elsewhere', async () => {
    expect(await findBundle({ argument: 'G:\\nothing-here', exists: async () => false }, 'win32')).toEqual({ dir: 'G:\\nothing-here', place: 'argument' });
    expect(await findBundle({ exeDir: 'C:\\App', exists: async () => false }, 'win32')).toBeNull();
  });
});
