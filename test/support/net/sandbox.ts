import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A sandbox root standing in for the distro's "/": scripts prefix absolute
 * paths (and HOME) with GWS_ROOT. The user's home is /home/tester inside it.
 */
export interface NetSandbox {
  readonly root: string;
  /** HOME as the distro sees it. */
  readonly home: string;
  /** The home on this machine. */
  readonly homeDir: string;
  path(p: string): string;
  write(p: string, text: string): void;
  cleanup(): void;
}

export function makeNetSandbox(): NetSandbox {
  const root = mkdtempSync(join(tmpdir(), 'gws-net-'));
  const home = '/home/tester';
  const homeDir = join(root, home);
  mkdirSync(homeDir, { recursive: true });
  mkdirSync(join(root, 'etc/apt/apt.conf.d'), { recursive: true });
  writeFileSync(join(homeDir, '.bashrc'), '# ~/.bashrc\nalias ll="ls -l"\n');
  writeFileSync(join(homeDir, '.profile'), '# ~/.profile\n');
  return {
    root,
    home,
    homeDir,
    path: (p) => join(root, p),
    write(p, text) {
      mkdirSync(join(root, p, '..'), { recursive: true });
      writeFileSync(join(root, p), text);
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
