import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distroScriptPath, loadDistroScript } from '../../../src-main/distro-scripts';

const ROOT = path.resolve(__dirname, '../../..');
/** What electron-builder.yml ships as resources/distro-scripts and scripts/build.mjs copies next to each bundle. */
const SHIPPED = path.join(ROOT, 'src-main', 'distro-scripts');
const read = (name: string) => fs.readFileSync(path.join(SHIPPED, name), 'utf8');

describe('the one distro script loader', () => {
  it('reads the shipped copy: the folder electron-builder packages', () => {
    const builder = fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
    expect(builder).toMatch(/from: src-main\/distro-scripts\s+to: distro-scripts/);
    expect(distroScriptPath('net-dns.sh')).toBe(path.join(SHIPPED, 'net-dns.sh'));
    expect(loadDistroScript('net-dns.sh')).toBe(read('net-dns.sh'));
  });

  it('sends lib-go.sh ahead of a go-*.sh script in the same payload (there is no `source` over stdin)', () => {
    const payload = loadDistroScript('go-install.sh');
    const lib = read('lib-go.sh');
    expect(payload.startsWith(lib)).toBe(true);
    expect(payload.endsWith(read('go-install.sh'))).toBe(true);
    expect(payload.length).toBe(lib.length + read('go-install.sh').length);
    // Scripts without libraries travel alone.
    expect(loadDistroScript('distro-create-user.sh')).not.toContain('gws_emit()');
  });

  it('is the only code in src-main that reads script files', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts') && p !== path.join(SHIPPED, 'index.ts')) {
          const text = fs.readFileSync(p, 'utf8');
          // A second loader would name the library or build a path into the scripts folder.
          if (/lib-go\.sh|['"]distro-scripts['"]|distroScriptPath\(/.test(text)) offenders.push(path.relative(ROOT, p));
        }
      }
    };
    walk(path.join(ROOT, 'src-main'));
    expect(offenders).toEqual([]);
  });
});
