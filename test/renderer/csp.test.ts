import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src-main/app/csp';

/**
 * The renderer's CSP has one source (src-main/app/csp.ts), sent as a response
 * header by both transports (test/main/app/app-protocol.test.ts reads it from
 * an app:// response; the harness sends the same constant). index.html must
 * not carry a second, differing policy.
 */
const root = path.resolve(__dirname, '../../src-renderer');
const html = fs.readFileSync(path.join(root, 'index.html'), 'utf8');

function policy(): Map<string, string[]> {
  return new Map(
    CONTENT_SECURITY_POLICY.split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('renderer CSP (src-main/app/csp.ts)', () => {
  it('index.html has no CSP meta tag of its own (one source, no drift)', () => {
    expect(html).not.toMatch(/http-equiv\s*=\s*["']?content-security-policy/i);
  });

  it('allows scripts from our own files only: no inline, no eval, no remote origin', () => {
    const p = policy();
    expect(p.get('default-src')).toEqual(["'self'"]);
    expect(p.get('script-src')).toEqual(["'self'"]);
    expect(p.get('object-src')).toEqual(["'none'"]);
    expect(p.get('base-uri')).toEqual(["'none'"]);
    expect(p.get('frame-ancestors')).toEqual(["'none'"]);
    for (const values of p.values()) {
      expect(values).not.toContain("'unsafe-eval'");
      expect(values.filter((v) => /^(https?:|\*$)/.test(v))).toEqual([]);
    }
  });

  it('connects only to itself and the loopback harness', () => {
    expect(policy().get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:*']);
  });

  it('the page itself has no inline script (only the module entry)', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).toContain('src="./main.tsx"');
    expect(scripts[0]![2]!.trim()).toBe('');
  });

  it('zod is made jitless before any schema is built (its eval probe would be a CSP violation)', () => {
    const main = fs.readFileSync(path.join(root, 'main.tsx'), 'utf8');
    const firstImport = /^import\s+[^;]+;/m.exec(main)?.[0];
    expect(firstImport).toBe("import './zod-jitless';");
  });
});
