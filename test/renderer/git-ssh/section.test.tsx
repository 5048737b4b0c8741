import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { GitSetupResult } from '../../../src-shared/contract/network';
import type { Lang } from '../../../src-shared/contract/define';
import { createI18n } from '../../../src-renderer/i18n';
import { GitSshSection } from '../../../src-renderer/pages/network/GitSshSection';
import { createStores, StoresProvider } from '../../../src-renderer/store';
import { createGitSshStore, type GitSshState, type SshTest } from '../../../src-renderer/store/git-ssh';
import { fakeApi } from '../fake-api';

type Git = z.infer<typeof GitSetupResult>;
const target = { distro: 'Ubuntu', user: 'mei' };
const PUB = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK0wmN/Cr3JXqmLW7u+g9pTh+wyqDHpSQEIQczXkVx9q mei@example.com';
const FP = '256 SHA256:q7mh5m2m8C8w1m0z2nY9t3k8n4r5s6t7u8v9w0x1y2z mei@example.com (ED25519)';
const git = (over: Partial<Git> = {}): Git => ({ gitVersion: 'git version 2.43.0', installed: false, name: 'Mei Chen', email: 'mei@example.com', insteadOf: [], findings: [], ...over });
const key = { publicKey: PUB, fingerprint: FP, created: false };
const noKey = { publicKey: null, fingerprint: null, created: false };

/**
 * Server render of the section for a given store state (no DOM here): what
 * the user reads and which controls exist. The state is set as if the reads
 * had answered; the store's actions are covered in store.test.ts.
 */
function render(state: Partial<GitSshState>, lang: Lang = 'en'): string {
  const f = fakeApi({});
  const store = createGitSshStore(f.api);
  // loadedFor matches the target, as after the automatic read (effects do not run in a server render anyway).
  store.setState({ loadedFor: 'Ubuntu/mei', ...state });
  // A server render reads getInitialState; let it be the state set here.
  (store as { getInitialState: () => unknown }).getInitialState = store.getState;
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(lang)}>
      <StoresProvider stores={createStores(f.api)}>
        <GitSshSection target={target} store={store} />
      </StoresProvider>
    </I18nextProvider>,
  );
}

/** The text a reader sees: tags dropped, entities decoded, spaces collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The opening tag of the button whose text is given (attributes included). */
function button(html: string, text: string): string | null {
  const m = new RegExp(`<button([^>]*)>${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</button>`).exec(html);
  return m ? (m[1] ?? '') : null;
}

describe('Git and SSH section: git', () => {
  it('git missing: says so, offers Install git, explains GIT_MISSING from the catalog, and hides the identity form', () => {
    const html = render({ git: git({ gitVersion: null, name: null, email: null, findings: ['GIT_MISSING'] }), sshKey: noKey });
    const text = textOf(html);
    expect(text).toContain('git is not installed in this distribution.');
    expect(button(html, 'Install git')).not.toBeNull();
    expect(button(html, 'Install git')).not.toContain('disabled');
    expect(html).toContain('data-finding-id="GIT_MISSING"');
    expect(text).toContain('git is not installed');
    expect(text).not.toContain('Name (git user.name)');
    expect(button(html, 'Save name and email')).toBeNull();
    // The rewrite needs git: not offered either.
    expect(text).not.toContain('Use SSH for github.com');
  });

  it('git present: shows the version, and labelled name/email fields prefilled from git config', () => {
    const html = render({ git: git({ installed: true }), sshKey: key, name: 'Mei Chen', email: 'mei@example.com' });
    const text = textOf(html);
    expect(text).toContain('Installed: git version 2.43.0. git was installed just now.');
    expect(button(html, 'Install git')).toBeNull();
    const name = /<label for="([^"]+)">Name \(git user\.name\)<\/label><input id="([^"]+)"[^>]*value="Mei Chen"/.exec(html);
    expect(name?.[1]).toBe(name?.[2]);
    const email = /<label for="([^"]+)">Email \(git user\.email\)<\/label><input id="([^"]+)"[^>]*type="email"[^>]*value="mei@example\.com"/.exec(html);
    expect(email?.[1]).toBe(email?.[2]);
    expect(html).toMatch(/aria-invalid="false"/);
    expect(button(html, 'Save name and email')).toContain('type="submit"');
  });

  it('refused fields are marked invalid and point at the message that says why', () => {
    const html = render({ git: git(), sshKey: key, name: 'Mei\nChen', email: '', problems: { name: 'invalid', email: 'empty' } });
    for (const [label, message] of [
      ['Name \\(git user\\.name\\)', 'A name must not contain line breaks or other control characters and can be at most 100 characters long.'],
      ['Email \\(git user\\.email\\)', 'Enter an email address.'],
    ] as const) {
      const m = new RegExp(`<label for="[^"]+">${label}</label><input [^>]*aria-invalid="true" aria-describedby="([^"]+)"`).exec(html);
      expect(m, label).not.toBeNull();
      expect(html).toContain(`<p id="${m?.[1]}" class="note note--error">${message}</p>`);
    }
  });

  it('after saving, confirms the identity git now uses (zh-CN)', () => {
    const text = textOf(render({ git: git(), sshKey: key, saved: true }, 'zh-CN'));
    expect(text).toContain('已保存：git 现在以 Mei Chen <mei@example.com> 的身份记录你的提交。');
    expect(text).toContain('姓名（git user.name）');
  });
});

describe('Git and SSH section: the key', () => {
  it('no key: offers to create one, and the test waits for a key', () => {
    const html = render({ git: git(), sshKey: noKey });
    const text = textOf(html);
    expect(text).toContain('There is no SSH key (~/.ssh/id_ed25519) in the distribution yet.');
    expect(button(html, 'Create an SSH key')).not.toBeNull();
    expect(html).not.toContain('<textarea');
    const test = button(html, 'Test the SSH connection');
    expect(test).toContain('disabled');
    const needs = /aria-describedby="([^"]+)"/.exec(test ?? '')?.[1];
    expect(html).toContain(`<p id="${needs}" class="muted">Create an SSH key first.</p>`);
  });

  it('a key: the public key in a labelled read-only box, the fingerprint, Copy, and where to paste it (link text only)', () => {
    const html = render({ git: git(), sshKey: { ...key, created: true } });
    const text = textOf(html);
    expect(text).toContain('The SSH key was created.');
    const box = /<label for="([^"]+)">Your public key \(safe to share\)<\/label><textarea id="([^"]+)"[^>]*readOnly=""[^>]*>([^<]*)<\/textarea>/.exec(html);
    expect(box?.[1]).toBe(box?.[2]);
    expect(box?.[3]).toBe(PUB);
    expect(text).toContain(`Fingerprint: ${FP}`);
    expect(button(html, 'Copy the public key')).not.toBeNull();
    expect(text).toContain('GitHub: Settings → SSH and GPG keys → New SSH key (github.com/settings/keys)');
    expect(text).toContain('GitLab: Preferences → SSH Keys → Add new key (gitlab.com/-/user_settings/ssh_keys)');
    // Named, never linked: the app does not navigate.
    expect(html).not.toContain('<a ');
    expect(button(html, 'Create an SSH key')).toBeNull();
  });

  it('says so when Create brought back no key', () => {
    const text = textOf(render({ git: git(), sshKey: noKey, keyNotCreated: true }));
    expect(text).toContain('No key was created. ssh-keygen may be missing');
  });
});

describe('Git and SSH section: the test', () => {
  const cases: { test: SshTest; says: string; finding: string | null }[] = [
    { test: { service: 'github', status: 'authenticated', account: 'mei-chen', via: 'github.com:22', finding: null }, says: 'It works: GitHub knows this key as mei-chen.', finding: null },
    { test: { service: 'github', status: 'denied', account: null, via: 'github.com:22', finding: 'GIT_AUTH' }, says: "GitHub refused the key: it is not added to your account yet.", finding: 'GIT_AUTH' },
    { test: { service: 'github', status: 'refused', account: null, via: 'ssh.github.com:443', finding: 'CONN_REFUSED_REMOTE' }, says: 'The connection was refused or closed.', finding: 'CONN_REFUSED_REMOTE' },
    { test: { service: 'github', status: 'timeout', account: null, via: 'ssh.github.com:443', finding: 'NET_TIMEOUT' }, says: 'GitHub did not answer in time on port 22 or 443.', finding: 'NET_TIMEOUT' },
    { test: { service: 'github', status: 'dns', account: null, via: 'ssh.github.com:443', finding: 'DNS_FAILURE' }, says: 'The name github.com could not be resolved inside the distribution.', finding: 'DNS_FAILURE' },
    { test: { service: 'github', status: 'host-key', account: null, via: 'github.com:22', finding: null }, says: 'The server did not present the host key GitHub publishes', finding: null },
    { test: { service: 'github', status: 'unknown', account: null, via: null, finding: 'UNKNOWN' }, says: 'The test did not give a clear answer.', finding: 'UNKNOWN' },
  ];
  for (const c of cases) {
    it(`${c.test.status}: says what it means${c.finding ? ` and explains ${c.finding}` : ''}`, () => {
      const html = render({ git: git(), sshKey: key, test: c.test });
      const text = textOf(html);
      expect(text).toContain(c.says);
      if (c.test.via) expect(text).toContain(`Tested through ${c.test.via}.`);
      else expect(text).not.toContain('Tested through');
      const ids = [...html.matchAll(/data-finding-id="([A-Z_]+)"/g)].map((m) => m[1]);
      expect(ids).toEqual(c.finding ? [c.finding] : []);
      // A failure is announced as an alert, success as a status.
      expect(html).toContain(c.test.status === 'authenticated' ? 'class="note" role="status"' : 'role="alert"');
      expect(button(html, 'Test again')).not.toBeNull();
    });
  }

  it('names the service tested: Gitee and GitLab, and a Gitee timeout (port 22 only)', () => {
    const gitee = textOf(render({ git: git(), sshKey: key, service: 'gitee', test: { service: 'gitee', status: 'authenticated', account: 'zhang-san', via: 'gitee.com:22', finding: null } }));
    expect(gitee).toContain('It works: Gitee knows this key as zhang-san.');
    const denied = textOf(render({ git: git(), sshKey: key, service: 'gitlab', test: { service: 'gitlab', status: 'denied', account: null, via: 'altssh.gitlab.com:443', finding: 'GIT_AUTH' } }));
    expect(denied).toContain("GitLab refused the key: it is not added to your account yet. Use “Copy the public key”, paste it into GitLab's settings, then test again.");
    const slow = textOf(render({ git: git(), sshKey: key, service: 'gitee', test: { service: 'gitee', status: 'timeout', account: null, via: 'gitee.com:22', finding: 'NET_TIMEOUT' } }, 'zh-CN'));
    expect(slow).toContain('Gitee 在 22 端口没有及时响应');
    expect(slow).not.toContain('22 和 443');
    const dns = textOf(render({ git: git(), sshKey: key, service: 'gitee', test: { service: 'gitee', status: 'dns', account: null, via: 'gitee.com:22', finding: 'DNS_FAILURE' } }));
    expect(dns).toContain('The name gitee.com could not be resolved');
  });

  it('offers the three services in a labelled picker, the chosen one selected, disabled while busy', () => {
    const html = render({ git: git(), sshKey: key, service: 'gitee' });
    const select = /<select id="([^"]+)" class="input"[^>]*>(.*?)<\/select>/s.exec(html);
    expect(select).not.toBeNull();
    expect(html).toContain(`<label for="${select?.[1]}">Service</label>`);
    expect([...(select?.[2] ?? '').matchAll(/<option value="(\w+)"( selected="")?>([^<]+)<\/option>/g)].map((m) => [m[1], !!m[2], m[3]])).toEqual([
      ['github', false, 'GitHub (github.com)'],
      ['gitee', true, 'Gitee (gitee.com)'],
      ['gitlab', false, 'GitLab (gitlab.com)'],
    ]);
    expect(render({ git: git(), sshKey: key, busy: 'test', taskId: 't' })).toMatch(/<select [^>]*disabled=""/);
    expect(textOf(render({ git: git(), sshKey: key, service: 'gitlab', busy: 'test', taskId: 't' }))).toContain('Testing the SSH connection to GitLab…');
  });

  it('reads in Chinese for zh-CN', () => {
    const text = textOf(render({ git: git(), sshKey: key, test: { service: 'github', status: 'denied', account: null, via: 'github.com:22', finding: 'GIT_AUTH' } }, 'zh-CN'));
    expect(text).toContain('GitHub 拒绝了这个密钥：它还没有添加到你的账号里。');
    expect(text).toContain('本次测试经由 github.com:22。');
    expect(text).toContain('测试连接');
  });
});

describe('Git and SSH section: busy, cancel, failures', () => {
  it('a running test is announced in the live region, can be cancelled, and blocks every other action', () => {
    const html = render({ git: git(), sshKey: noKey, busy: 'test', taskId: 'gitssh-test-3' });
    expect(html).toMatch(/<p class="toolbar__status" role="status" aria-live="polite">Testing the SSH connection to GitHub…<\/p>/);
    expect(button(html, 'Cancel')).not.toBeNull();
    expect(button(html, 'Create an SSH key')).toContain('disabled');
    expect(button(html, 'Save name and email')).toContain('disabled');
    expect(button(html, 'Check git and SSH again')).toBeNull();
    expect(html).toMatch(/<input [^>]*disabled=""[^>]*aria-invalid/);
  });

  it('installing git shows its progress text but no Cancel (apt is not killed half-way)', () => {
    const html = render({ git: git({ gitVersion: null }), sshKey: noKey, busy: 'install', taskId: null });
    expect(textOf(html)).toContain('Installing git (apt-get install git). This can take a few minutes…');
    expect(button(html, 'Installing git…')).toContain('disabled');
    expect(button(html, 'Cancel')).toBeNull();
  });

  it('idle: the live region is empty and Check again is offered', () => {
    const html = render({ git: git(), sshKey: key });
    expect(html).toContain('<p class="toolbar__status" role="status" aria-live="polite"></p>');
    expect(button(html, 'Check git and SSH again')).not.toBeNull();
  });

  it('a failed action says what to do first; the message and its code follow under Details; a cancel says so plainly', () => {
    const failed = textOf(render({ git: git(), sshKey: key, error: { code: 'TIMEOUT', message: 'net.git-install ran past 660000 ms', catalogId: null }, failedAction: 'install' }));
    expect(failed).toContain('It did not work, and the wizard cannot tell why yet. Try once more; if it fails again, open “Support report…”');
    expect(failed.indexOf('Support report…')).toBeLessThan(failed.indexOf('net.git-install ran past 660000 ms'));
    expect(failed).toContain('Details What the wizard was told: net.git-install ran past 660000 ms (TIMEOUT)');
    const cancelled = textOf(render({ git: git(), sshKey: key, error: { code: 'CANCELLED', message: 'x', catalogId: null }, failedAction: 'test' }));
    expect(cancelled).toContain('Cancelled.');
  });

  it('before the first read answers, only the heading, intro and status are there', () => {
    const html = render({ busy: 'probe', taskId: 'gitssh-probe-1' });
    const text = textOf(html);
    expect(text).toContain('Git and SSH (optional)');
    expect(text).toContain('Looking for git and an SSH key in the distribution…');
    expect(text).not.toContain('SSH key (');
    expect(html).not.toContain('<form');
  });
});

describe('Git and SSH section: SSH instead of https', () => {
  it('for Gitee after a passing Gitee test: the texts and the rule name gitee.com', () => {
    const test: SshTest = { service: 'gitee', status: 'authenticated', account: 'zhang-san', via: 'gitee.com:22', finding: null };
    const html = render({ git: git(), sshKey: key, service: 'gitee', test }, 'zh-CN');
    expect(textOf(html)).toContain('让 git 用你的 SSH 密钥访问 https://gitee.com/… 开头的地址。');
    expect(button(html, '访问 gitee.com 时使用 SSH')).not.toBeNull();
  });
});

describe('Git and SSH section: SSH for github.com', () => {
  it('waits for a passing test', () => {
    const html = render({ git: git(), sshKey: key, test: { service: 'github', status: 'denied', account: null, via: 'github.com:22', finding: 'GIT_AUTH' } });
    expect(textOf(html)).toContain('Available once the SSH test says your key works.');
    expect(button(html, 'Use SSH for github.com')).toBeNull();
  });

  it('after a passing test offers it; once set, says so and shows how to undo for the tested route', () => {
    const test: SshTest = { service: 'github', status: 'authenticated', account: 'mei-chen', via: 'ssh.github.com:443', finding: null };
    expect(button(render({ git: git(), sshKey: key, test }), 'Use SSH for github.com')).not.toBeNull();
    const on = render({ git: git({ insteadOf: ['url.ssh://git@ssh.github.com:443/.insteadof https://github.com/'] }), sshKey: key, test });
    const text = textOf(on);
    expect(button(on, 'Use SSH for github.com')).toBeNull();
    expect(text).toContain('git already uses SSH for github.com.');
    expect(text).toContain('url.ssh://git@ssh.github.com:443/.insteadof https://github.com/');
    expect(text).toContain('git config --global --unset-all url.ssh://git@ssh.github.com:443/.insteadOf');
  });
});
