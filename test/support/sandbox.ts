import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A sandbox root that stands in for a distro's "/": the scripts prefix every
 * absolute path with it (GWS_ROOT). The home starts like a fresh Debian user's
 * (the skeleton's .bashrc and .profile).
 */
export interface Sandbox {
  readonly root: string;
  /** The home as the distro sees it. */
  readonly home: string;
  /** The same directory on this machine. */
  readonly homeDir: string;
  file(p: string): string;
  write(p: string, text: string, mode?: number): void;
  read(p: string): string;
  exists(p: string): boolean;
  cleanup(): void;
}

export function makeSandbox(prefix = 'gws-sbx-'): Sandbox {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const home = '/home/tester';
  const homeDir = path.join(root, home);
  for (const d of [homeDir, path.join(root, 'usr/local'), path.join(root, 'etc/profile.d'), path.join(root, 'var/lib/dpkg')]) fs.mkdirSync(d, { recursive: true });
  for (const f of ['.bashrc', '.profile']) {
    const skel = path.join('/etc/skel', f);
    fs.writeFileSync(path.join(homeDir, f), fs.existsSync(skel) ? fs.readFileSync(skel) : `# ${f}\n`);
  }
  // The sandbox's passwd: the scripts look the user's home up there (the product asks getent).
  fs.mkdirSync(path.join(root, 'etc'), { recursive: true });
  fs.writeFileSync(path.join(root, 'etc/passwd'), `root:x:0:0:root:/root:/bin/bash\ntester:x:1000:1000:Tester,,,:${home}:/bin/bash\n`);
  const file = (p: string) => path.join(root, p);
  return {
    root,
    home,
    homeDir,
    file,
    write(p, text, mode) {
      fs.mkdirSync(path.dirname(file(p)), { recursive: true });
      fs.writeFileSync(file(p), text, mode !== undefined ? { mode } : {});
    },
    read: (p) => fs.readFileSync(file(p), 'utf8'),
    exists: (p) => fs.existsSync(file(p)),
    cleanup: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

/** Why the fresh-shell checks cannot run here, or null when they can (root + unshare). */
export function freshShellsUnavailable(): string | null {
  if (process.getuid?.() !== 0) return 'needs root for a private mount namespace (unshare --mount)';
  if (!['/usr/bin/unshare', '/bin/unshare'].some((p) => fs.existsSync(p))) return 'unshare not installed';
  return null;
}
