import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SSH_SERVICES } from '../../../src-shared/network/git';
import { allKnownHosts, knownHostsFor, PINNED_SSH_HOSTS } from '../../../src-shared/network/ssh-host-keys';

/**
 * The pinned known_hosts parse, and OpenSSH computes exactly the fingerprints
 * the providers publish (written here from their pages, not computed by us):
 * a key copied wrong, truncated or swapped fails this test.
 */
const PUBLISHED: Record<string, string[]> = {
  // docs.github.com "GitHub's SSH key fingerprints"
  'github.com': ['SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s', 'SHA256:p2QAMXNIC1TJYWeIOttrVc98/R1BUFWu3/LiyKgUfQM', 'SHA256:+DiY3wvvV6TuJJhbpZisF/zLDA0zPMSvHdkr4UvCOqU'],
  // docs.gitlab.com "SSH host keys fingerprints"
  'gitlab.com': ['SHA256:HbW3g8zUjNSksFbqTiUWPWg2Bq1x8xdGUrliXFzSnUw', 'SHA256:eUXGGm1YGsMAS7vkcx6JOJdOGHPem5gQp4taiCfCLB8', 'SHA256:ROQFvPThGrW4RuWLoL9tq9I9zJ42fK4XywyRtbOz/EQ'],
  // help.gitee.com (ECDSA SHA256:FQGC9Kn/eye1W8icdBgrQp+KkGYoFgbVr17bmjey0Wc published, not pinned: see ssh-host-keys.ts)
  'gitee.com': ['SHA256:+ULzij2u99B9eWYFTw1Q4ErYG/aepHLbu96PAUCoV88', 'SHA256:meTsVSCgOas8fBnJyx8EPlUJr6iQ96riFmCFPfUkDtU'],
};

function keygen(args: string[]): string {
  const r = spawnSync('ssh-keygen', args, { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe('pinned SSH host keys', () => {
  it('ssh-keygen -l -f on the shipped known_hosts gives the published SHA256 fingerprints, line for line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gws-kh-'));
    try {
      const file = join(dir, 'known_hosts');
      writeFileSync(file, allKnownHosts());
      const lines = keygen(['-l', '-f', file]).trim().split('\n');
      // Every line parsed (ssh-keygen skips lines it cannot read).
      expect(lines).toHaveLength(allKnownHosts().trim().split('\n').length);
      const byHost: Record<string, string[]> = {};
      for (const l of lines) {
        const m = /^\d+ (SHA256:\S+) (\S+) \(/.exec(l);
        expect(m, l).not.toBeNull();
        const host = (m![2] ?? '').split(',')[0]!;
        (byHost[host] ??= []).push(m![1]!);
      }
      for (const [host, fps] of Object.entries(PUBLISHED)) expect([...(byHost[host] ?? [])].sort(), host).toEqual([...fps].sort());
      // The fingerprints written next to each key agree with OpenSSH too.
      for (const h of Object.values(PINNED_SSH_HOSTS)) for (const k of h.keys) expect(lines.some((l) => l.includes(k.fingerprint))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the port-443 routes carry the same keys, found under their [host]:port names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gws-kh-'));
    try {
      for (const [service, s] of Object.entries(SSH_SERVICES)) {
        const file = join(dir, `${service}_known_hosts`);
        writeFileSync(file, knownHostsFor(service as keyof typeof PINNED_SSH_HOSTS));
        const names = [s.host, ...(s.fallback ? [`[${s.fallback.host}]:${s.fallback.port}`] : [])];
        for (const name of names) expect(keygen(['-F', name, '-f', file]), name).toContain(PINNED_SSH_HOSTS[service as keyof typeof PINNED_SSH_HOSTS].keys[0].base64);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
