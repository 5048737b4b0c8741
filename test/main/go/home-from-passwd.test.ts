import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadDistroScript } from '../../../src-main/distro-scripts';

/**
 * The Go scripts run as root and remove "$home/go" trees, so whose home they
 * use must not come from outside: on a real system (no GWS_ROOT, as in a
 * distro) they read it from the passwd database with getent, refuse a --home
 * path, and refuse a user name that is not one (src-shared/names' pattern).
 * Run for real here with go-detect.sh, which only reads.
 */
async function detect(args: string[]) {
  // The payload the product sends (lib-go.sh, then the script).
  const payload = loadDistroScript('go-detect.sh');
  // No GWS_ROOT: the real system, as the product runs it inside a distro.
  const r = spawnSync('bash', ['-s', '--', ...args], { input: payload, encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8' }, timeout: 60_000 });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe('go scripts: the home comes from passwd', () => {
  it('a real user\'s home is found with getent (root here)', async () => {
    const home = spawnSync('getent', ['passwd', 'root'], { encoding: 'utf8' }).stdout.split(':')[5];
    expect(home).toMatch(/^\//);
    const r = await detect(['--user', 'root']);
    expect(r.err).not.toContain('BAD_ARGS');
    expect(r.status, r.err).toBe(0);
  });

  it.each([
    ['--home outside a sandbox', ['--home', '/tmp/elsewhere']],
    ['--home with a user', ['--home', '/', '--user', 'root']],
    ['no user', []],
    ['a user that does not exist', ['--user', 'no_such_user_gws']],
    ['a leading dash', ['--user', '-x']],
    ['a space', ['--user', 'a b']],
    ['a quote', ['--user', "a'b"]],
    ['$(...)', ['--user', '$(id)']],
    ['very long', ['--user', 'a'.repeat(40)]],
    ['unicode', ['--user', 'tëster']],
  ])('refuses %s with BAD_ARGS, before touching anything', async (_label, args) => {
    const r = await detect(args);
    expect(r.status).toBe(1);
    expect(r.err).toContain('error: BAD_ARGS');
  });
});
