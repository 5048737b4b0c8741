import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { makeDistroSandbox, type DistroSandbox } from '../../../src-main/harness/distro-sandbox';

/**
 * The demo's and the journeys' sandbox distro: its getent shim answers user
 * lookups from the sandbox's passwd and leaves every other database to this
 * machine, so the DNS check (net-dns.sh: `getent ahosts`) sees a working
 * network instead of "no answer" on every name.
 */
let sandbox: DistroSandbox | null = null;
afterEach(() => {
  sandbox?.cleanup();
  sandbox = null;
});

const SCRIPT = 'src-main/distro-scripts/net-dns.sh';

describe('distro sandbox', () => {
  it('getent passwd answers from the sandbox; getent ahosts from this machine, as the DNS script needs', () => {
    sandbox = makeDistroSandbox({});
    const env = { ...process.env, ...sandbox.env, GWS_ROOT: sandbox.root };
    const shim = sandbox.file('shims/getent');
    expect(execFileSync(shim, ['passwd', 'tester'], { env, encoding: 'utf8' })).toContain(':/home/tester:');
    expect(execFileSync(shim, ['ahosts', 'localhost'], { env, encoding: 'utf8' })).toMatch(/^(127\.0\.0\.1|::1)\s/m);
    const dns = execFileSync('/bin/bash', [SCRIPT, '5', 'localhost'], { env, encoding: 'utf8' });
    expect(dns).toMatch(/^RESOLVE localhost 0 \d+ \S+/m);
  });
});
