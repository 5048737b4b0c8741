import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../../src-renderer/pages/network/GitSshClipboard';

describe('copying the public key', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('writes exactly the text given and says copied', async () => {
    const written: string[] = [];
    vi.stubGlobal('navigator', { clipboard: { writeText: async (s: string) => void written.push(s) } });
    expect(await copyText('ssh-ed25519 AAAA mei@example.com')).toBe('copied');
    expect(written).toEqual(['ssh-ed25519 AAAA mei@example.com']);
  });

  it('a refused write (permission denied) or no Clipboard API asks the user to copy by hand', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    expect(await copyText('k')).toBe('copyFailed');
    vi.stubGlobal('navigator', {});
    expect(await copyText('k')).toBe('copyFailed');
  });
});
