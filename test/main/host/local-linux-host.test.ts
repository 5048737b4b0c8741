import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src-shared/contract';
import { distroScriptSpec } from '../../../src-main/host/commands/distro';
import { wslCommands } from '../../../src-main/host/commands/wsl';
import { LocalLinuxHost } from '../../../src-main/host/local-linux-host';

describe('LocalLinuxHost', () => {
  it('runs a distro script the way wsl.exe would: script on stdin, data as arguments, root prefix in GWS_ROOT', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-root-'));
    const host = new LocalLinuxHost({ root });
    const script = 'set -eu\nmkdir -p "$GWS_ROOT/etc"\nprintf "%s\\n" "$1" > "$GWS_ROOT/etc/written"\necho "user=$GWS_USER distro=$GWS_DISTRO"\n';
    const hostile = '$(touch /tmp/gws-pwned); `id`';
    const spec = distroScriptSpec('test.write', { name: 'Ubuntu', user: 'root', script: 'x.sh', args: [hostile] }, script);
    const r = await host.run(spec);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('user=root distro=Ubuntu\n');
    expect(fs.readFileSync(path.join(root, 'etc/written'), 'utf8')).toBe(`${hostile}\n`);
    expect(fs.existsSync('/tmp/gws-pwned')).toBe(false);
  });

  it('refuses Windows commands: it only plays the distro', async () => {
    const host = new LocalLinuxHost({ root: '/nonexistent' });
    await expect(host.run(wslCommands.status())).rejects.toSatisfy((e: unknown) => e instanceof ApiError && e.code === 'UNSUPPORTED');
  });
});
