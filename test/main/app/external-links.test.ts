import { describe, expect, it } from 'vitest';
import { allowedExternalUrl } from '../../../src-main/app/external-links';

describe('external links', () => {
  it('opens https documentation links on the allowlist', () => {
    expect(allowedExternalUrl('https://learn.microsoft.com/windows/wsl/install')).toBe('https://learn.microsoft.com/windows/wsl/install');
    expect(allowedExternalUrl('https://go.dev/dl/')).toBe('https://go.dev/dl/');
  });
  it.each([
    'http://go.dev/dl/',
    'file:///C:/Windows/System32/cmd.exe',
    'javascript:alert(1)',
    'ms-settings:windowsupdate',
    'https://go.dev.evil.example/',
    'https://evil.example/?https://go.dev',
    'https://user:pass@github.com/',
    'https://github.com:8443/',
    'not a url',
    '\\\\server\\share\\x.exe',
  ])('refuses %s', (url) => {
    expect(allowedExternalUrl(url)).toBeNull();
  });
});
