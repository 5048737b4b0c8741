import { describe, expect, it } from 'vitest';
import { distroScriptPath } from '../../../src-main/distro-scripts';

describe('distro script lookup', () => {
  it('refuses names that could escape the scripts folder', () => {
    expect(() => distroScriptPath('../../etc/passwd')).toThrow(/not a distro script name/);
    expect(() => distroScriptPath('x.sh; rm -rf /')).toThrow(/not a distro script name/);
  });
  it('reports a missing script by name', () => {
    expect(() => distroScriptPath('no-such-script.sh')).toThrow(/no-such-script\.sh not found/);
  });
});
