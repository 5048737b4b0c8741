import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_MACHINE, demoDefault, sandboxUnavailable } from '../../../src-main/harness/demo-default';
import { parseArgs } from '../../../src-main/harness/cli';

describe("npm run demo's default start", () => {
  it('plain: the journey machine with a new sandbox whose user is the distro default', () => {
    const d = demoDefault(parseArgs([]), null)!;
    try {
      expect(d.machine).toBe(DEMO_MACHINE);
      expect(d.sandbox).not.toBeNull();
      expect(fs.readFileSync(d.sandbox!.file('etc/wsl.conf'), 'utf8')).toContain('default=tester');
      expect(d.sandbox!.env.GOCACHE?.startsWith(d.sandbox!.root)).toBe(true);
      expect(d.sandbox!.env).not.toHaveProperty('GONOSUMDB');
      expect(d.message).toContain(d.sandbox!.root);
    } finally {
      d.sandbox?.cleanup();
    }
    expect(fs.existsSync(d.sandbox!.root)).toBe(false);
  });

  it('any explicit choice keeps its meaning: no sandbox made', () => {
    for (const argv of [['--machine', 'win11-healthy'], ['--replay', 'r.json'], ['--local-distro', '/tmp/x'], ['--recorded']]) {
      expect(demoDefault(parseArgs(argv), null), argv.join(' ')).toBeNull();
    }
  });

  it('where the distro side cannot run, the recording alone, and it says why', () => {
    const d = demoDefault(parseArgs([]), 'there is no /bin/bash')!;
    expect(d.sandbox).toBeNull();
    expect(d.machine).toBe(DEMO_MACHINE);
    expect(d.message).toMatch(/cannot run here \(there is no \/bin\/bash\).*recording only/);
    expect(sandboxUnavailable('win32', () => true)).toMatch(/Windows/);
    expect(sandboxUnavailable('linux', () => false)).toMatch(/bash/);
    expect(sandboxUnavailable('linux', () => true)).toBeNull();
  });
});
