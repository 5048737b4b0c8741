/**
 * The SSH host keys GitHub, GitLab and Gitee publish, pinned: the SSH test runs
 * with StrictHostKeyChecking=yes against exactly these, so a network that
 * intercepts SSH (the attack `accept-new` would have recorded on first contact)
 * is refused and shown as the interception warning. The port-443 routes use the
 * same keys (ssh.github.com:443, altssh.gitlab.com:443).
 *
 * Sources (each fingerprint below is what `ssh-keygen -l` prints for its line;
 * test/shared/network/ssh-host-keys.test.ts checks that with ssh-keygen):
 *  - GitHub: docs.github.com "GitHub's SSH key fingerprints"
 *    (https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/githubs-ssh-key-fingerprints),
 *    the same keys as https://api.github.com/meta "ssh_keys".
 *  - GitLab: docs.gitlab.com "GitLab.com settings: SSH host keys fingerprints"
 *    (https://docs.gitlab.com/user/gitlab_com/#ssh-host-keys-fingerprints) and its known_hosts entries.
 *  - Gitee: help.gitee.com "Gitee 的 SSH 公钥指纹" (https://help.gitee.com/account/gitees-ssh-key-fingerprints):
 *    ED25519 +ULzij2u…, RSA meTsVSCg…, ECDSA FQGC9Kn…. The ECDSA known_hosts line we found
 *    quoted from that page does not decode to a valid key, so only ED25519 and RSA are pinned
 *    for Gitee (the client then asks the server for those types; Gitee offers both).
 * A provider that rotates its keys makes the test say "host key changed": update this file
 * from the provider's page, never from what a network presents.
 */
export interface PinnedHost {
  /** known_hosts host patterns: the name, and [name]:port for non-22 routes. */
  readonly patterns: readonly string[];
  readonly keys: readonly { readonly type: string; readonly base64: string; readonly fingerprint: string }[];
  readonly source: string;
}

export const PINNED_SSH_HOSTS = {
  github: {
    patterns: ['github.com', '[ssh.github.com]:443'],
    source: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/githubs-ssh-key-fingerprints',
    keys: [
      { type: 'ssh-ed25519', base64: 'AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl', fingerprint: 'SHA256:+DiY3wvvV6TuJJhbpZisF/zLDA0zPMSvHdkr4UvCOqU' },
      {
        type: 'ecdsa-sha2-nistp256',
        base64: 'AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9nkt5YRrYMjNuG5N87uRgg6CLrbo5wAdT/y6v0mKV0U2w0WZ2YB/++Tpockg=',
        fingerprint: 'SHA256:p2QAMXNIC1TJYWeIOttrVc98/R1BUFWu3/LiyKgUfQM',
      },
      {
        type: 'ssh-rsa',
        base64:
          'AAAAB3NzaC1yc2EAAAADAQABAAABgQCj7ndNxQowgcQnjshcLrqPEiiphnt+VTTvDP6mHBL9j1aNUkY4Ue1gvwnGLVlOhGeYrnZaMgRK6+PKCUXaDbC7qtbW8gIkhL7aGCsOr/C56SJMy/BCZfxd1nWzAOxSDPgVsmerOBYfNqltV9/hWCqBywINIR+5dIg6JTJ72pcEpEjcYgXkE2YEFXV1JHnsKgbLWNlhScqb2UmyRkQyytRLtL+38TGxkxCflmO+5Z8CSSNY7GidjMIZ7Q4zMjA2n1nGrlTDkzwDCsw+wqFPGQA179cnfGWOWRVruj16z6XyvxvjJwbz0wQZ75XK5tKSb7FNyeIEs4TT4jk+S4dhPeAUC5y+bDYirYgM4GC7uEnztnZyaVWQ7B381AK4Qdrwt51ZqExKbQpTUNn+EjqoTwvqNj4kqx5QUCI0ThS/YkOxJCXmPUWZbhjpCg56i+2aB6CmK2JGhn57K5mj0MNdBXA4/WnwH6XoPWJzK5Nyu2zB3nAZp+S5hpQs+p1vN1/wsjk=',
        fingerprint: 'SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s',
      },
    ],
  },
  gitlab: {
    patterns: ['gitlab.com', '[altssh.gitlab.com]:443'],
    source: 'https://docs.gitlab.com/user/gitlab_com/#ssh-host-keys-fingerprints',
    keys: [
      { type: 'ssh-ed25519', base64: 'AAAAC3NzaC1lZDI1NTE5AAAAIAfuCHKVTjquxvt6CM6tdG4SLp1Btn/nOeHHE5UOzRdf', fingerprint: 'SHA256:eUXGGm1YGsMAS7vkcx6JOJdOGHPem5gQp4taiCfCLB8' },
      {
        type: 'ecdsa-sha2-nistp256',
        base64: 'AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBFSMqzJeV9rUzU4kWitGjeR4PWSa29SPqJ1fVkhtj3Hw9xjLVXVYrU9QlYWrOLXBpQ6KWjbjTDTdDkoohFzgbEY=',
        fingerprint: 'SHA256:HbW3g8zUjNSksFbqTiUWPWg2Bq1x8xdGUrliXFzSnUw',
      },
      {
        type: 'ssh-rsa',
        base64:
          'AAAAB3NzaC1yc2EAAAADAQABAAABAQCsj2bNKTBSpIYDEGk9KxsGh3mySTRgMtXL583qmBpzeQ+jqCMRgBqB98u3z++J1sKlXHWfM9dyhSevkMwSbhoR8XIq/U0tCNyokEi/ueaBMCvbcTHhO7FcwzY92WK4Yt0aGROY5qX2UKSeOvuP4D6TPqKF1onrSzH9bx9XUf2lEdWT/ia1NEKjunUqu1xOB/StKDHMoX4/OKyIzuS0q/T1zOATthvasJFoPrAjkohTyaDUz2LN5JoH839hViyEG82yB+MjcFV5MU3N1l1QL3cVUCh93xSaua1N85qivl+siMkPGbO5xR/En4iEY6K2XPASUEMaieWVNTRCtJ4S8H+9',
        fingerprint: 'SHA256:ROQFvPThGrW4RuWLoL9tq9I9zJ42fK4XywyRtbOz/EQ',
      },
    ],
  },
  gitee: {
    patterns: ['gitee.com'],
    source: 'https://help.gitee.com/account/gitees-ssh-key-fingerprints',
    keys: [
      { type: 'ssh-ed25519', base64: 'AAAAC3NzaC1lZDI1NTE5AAAAIEKxHSJ7084RmkJ4YdEi5tngynE8aZe2uEoVVsB/OvYN', fingerprint: 'SHA256:+ULzij2u99B9eWYFTw1Q4ErYG/aepHLbu96PAUCoV88' },
      {
        type: 'ssh-rsa',
        base64:
          'AAAAB3NzaC1yc2EAAAADAQABAAABAQDMzG3r+88lWSDK9fyjcZmYsWGDBDmGoAasKMAmjoFloGt9HRQX2Qp4f9FY2XK/hsHYinvoh5Xytl9iaUNUWMfYR8q6VEMtOO87DgoAFcfKZHt0/nbAg9RoNTKYt6v8tPwYpr7N0JP/01nE4LFsNDnstr6H0bXSAzbKWCETLZfdPV4l2uSpRn3bU0ugoZ0aSKz5Dc/IloBfGCTvkSsxUydMRd/Chpjt6VxncDbp+Fa6pzsseK8OQzrg6Fgc5783EN3EQqZ2skqyCwExtx95BJlfx1B3luZnWfpkwNDnrZRT/Qx0OrWqyf0q6f9uQr+UG1S8qDcUn3e/9onq3rwBri8/',
        fingerprint: 'SHA256:meTsVSCgOas8fBnJyx8EPlUJr6iQ96riFmCFPfUkDtU',
      },
    ],
  },
} as const satisfies Record<'github' | 'gitlab' | 'gitee', PinnedHost>;

/** known_hosts text for one service: one line per key, all its routes' patterns on each. */
export function knownHostsFor(service: keyof typeof PINNED_SSH_HOSTS): string {
  const h: PinnedHost = PINNED_SSH_HOSTS[service];
  return h.keys.map((k) => `${h.patterns.join(',')} ${k.type} ${k.base64}\n`).join('');
}

/** Every pinned service's lines: the file the test checks with ssh-keygen. */
export function allKnownHosts(): string {
  return (Object.keys(PINNED_SSH_HOSTS) as (keyof typeof PINNED_SSH_HOSTS)[]).map(knownHostsFor).join('');
}
