import fs from 'node:fs';
import path from 'node:path';
import { Transcript, type TranscriptEntry } from '../../../src-shared/transcript/schema';
import type { CommandSpec } from '../../../src-main/host/types';
import { winProxySpec } from '../../../src-main/services/network/win-proxy';

/** Personal data and secrets planted in recorded machines; none may reach a redacted report. */
export const SEEDS = {
  personal: {
    windowsUser: 'alice.chen',
    cjkUser: '张伟',
    linuxUser: 'bobdev',
    host: 'DESKTOP-Q7W2E9R',
    customHost: 'alice-workstation',
    email: 'alice.chen@contoso-mail.com',
    gitName: 'Alicia Chenoweth',
    githubAccount: 'alicechen-gh',
    publicKey: 'AAAAC3NzaC1lZDI1NTE5AAAAISEEDEDPUBLICKEYzz',
    // What a company PAC names: internal hosts and networks.
    pacInternalDomain: 'intranet.contoso-corp.example',
    pacInternalHost: 'build-srv-07',
    pacInternalNet: '10.42.128.0',
  },
  secret: {
    proxyUser: 'pxuser',
    proxyPassword: 'Tr0ub4dor&3x',
    token: 'ghp_SEEDEDtoken0123456789abcdefghijABCDE',
    privateKey: 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUSEEDEDPRIVATE',
    userPassword: 'Zebra-Horse-42',
    // Unreserved characters only, so the percent-encoded URL carries them as they are and a leak is visible.
    encodedProxyPassword: 'Enc0dedPw42x',
    doubleEncodedProxyPassword: 'Dbl3ncPw77y',
  },
} as const;

const S = SEEDS.personal;
const X = SEEDS.secret;

/**
 * A company PAC in the documented form (MDN, "Proxy Auto-Configuration (PAC) file"):
 * internal names and networks direct, Go's and GitHub's hosts through the company proxy.
 */
export const COMPANY_PAC = [
  'function FindProxyForURL(url, host) {',
  `  if (dnsDomainIs(host, ".${S.pacInternalDomain}") || shExpMatch(host, "${S.pacInternalHost}*")) return "DIRECT";`,
  `  if (isInNet(host, "${S.pacInternalNet}", "255.255.192.0")) return "DIRECT";`,
  '  if (dnsDomainIs(host, "golang.org") || dnsDomainIs(host, "go.dev") || dnsDomainIs(host, "github.com")) return "PROXY proxy.contoso.example:8080";',
  '  return "PROXY proxy.contoso.example:8080; DIRECT";',
  '}',
].join('\n');

/** The proxy probe's JSON with the company PAC in it. */
const winProxyJson = (pac: string) =>
  `${JSON.stringify({ schema: 1, proxyEnable: 0, proxyServer: null, autoConfigUrl: 'http://127.0.0.1:10810/pac/', pacScript: pac })}\r\n`;

/** Runs the session makes after the preflight: distro-side output full of names and secrets. */
export const SEEDED_RUNS: { spec: CommandSpec; entry: TranscriptEntry }[] = [
  {
    spec: { id: 'go.verify-shells', key: 'Ubuntu', argv: ['wsl.exe'], distro: { name: 'Ubuntu', user: S.linuxUser, args: [] } },
    entry: {
      probe: 'go.verify-shells',
      exitCode: 1,
      stdout: { text: `${S.linuxUser}@${S.customHost}:~$ go version\nGOPATH=/home/${S.linuxUser}/go\nbash: go: command not found\n`, encoding: 'utf8' },
    },
  },
  {
    spec: { id: 'net.git-config', argv: ['wsl.exe'] },
    entry: { probe: 'net.git-config', exitCode: 0, stdout: { text: `user.name=${S.gitName}\nuser.email=${S.email}\n`, encoding: 'utf8' } },
  },
  {
    spec: { id: 'net.ssh-key', argv: ['wsl.exe'] },
    entry: {
      probe: 'net.ssh-key',
      exitCode: 0,
      stdout: {
        text: `-----BEGIN OPENSSH PRIVATE KEY-----\n${X.privateKey}\n-----END OPENSSH PRIVATE KEY-----\nssh-ed25519 ${S.publicKey} ${S.email}\nHi ${S.githubAccount}! You've successfully authenticated, but GitHub does not provide shell access.\n`,
        encoding: 'utf8',
      },
    },
  },
  {
    spec: { id: 'net.facts', argv: ['wsl.exe'], env: { GWS_PROXY: `http://${X.proxyUser}:${encodeURIComponent(X.proxyPassword)}@proxy.contoso.example:8080` } },
    entry: {
      probe: 'net.facts',
      exitCode: 0,
      stdout: {
        text: `HTTPS_PROXY=http://${X.proxyUser}:${encodeURIComponent(X.proxyPassword)}@proxy.contoso.example:8080\nGITHUB_TOKEN=${X.token}\n/mnt/c/Users/${S.cjkUser}/Downloads\n\\\\wsl.localhost\\Ubuntu\\home\\${S.linuxUser}\nnameserver 10.255.255.254\n`,
        encoding: 'utf8',
      },
    },
  },
  {
    // The Windows proxy probe with the PAC it fetched (network/win-proxy.ts).
    spec: winProxySpec(),
    entry: { probe: 'net.win-proxy', exitCode: 0, stdout: { text: winProxyJson(COMPANY_PAC), encoding: 'utf8' } },
  },
  {
    // A PAC URL whose query carries a redirect URL with credentials, percent-encoded once and twice.
    spec: { id: 'net.pac-url', argv: ['wsl.exe'] },
    entry: {
      probe: 'net.pac-url',
      exitCode: 0,
      stdout: {
        text:
          `AutoConfigURL=http://127.0.0.1:10809/pac/?t=1&next=http%3A%2F%2Fpxuser2%3A${X.encodedProxyPassword}%40proxy.contoso.example%3A8080#r=\n` +
          `redirect=https%253A%252F%252Fpxuser3%253A${X.doubleEncodedProxyPassword}%2540proxy.contoso.example%253A8080%252Fproxy.pac\n`,
        encoding: 'utf8',
      },
    },
  },
  {
    // wsl.exe answering in UTF-16LE with the computer's name and the Windows profile path in it.
    spec: { id: 'wsl.status', argv: ['wsl.exe', '--status'], decode: 'auto' },
    entry: { probe: 'wsl.status', exitCode: 0, stdout: { text: `Default Distribution: Ubuntu\r\nLog: C:\\Users\\${S.windowsUser}\\AppData\\Local\\wsl.log on ${S.host}\r\n`, encoding: 'utf16le' } },
  },
  {
    // A hostile distro that echoes what it read on stdin: the user's password must still not be kept.
    spec: {
      id: 'distro.create-user',
      key: 'Ubuntu',
      argv: ['wsl.exe'],
      stdin: `#!/bin/bash\nread -r pw\n${X.userPassword}\n`,
      mutates: true,
      distro: { name: 'Ubuntu', user: 'root', args: [S.linuxUser] },
    },
    entry: { probe: 'distro.create-user', exitCode: 0, stdout: { text: `created ${S.linuxUser}; read ${X.userPassword}\n`, encoding: 'utf8' } },
  },
];

/** A recorded machine with names in its facts, a proxy with a password, and the runs above. */
export function seededTranscript(file: string): Transcript {
  const t = Transcript.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const entries = t.entries.map((e) => {
    // A machine that recorded its own PAC gets the company's, whichever run the replay hands out.
    if (e.probe === 'net.win-proxy') return { ...e, stdout: { text: winProxyJson(COMPANY_PAC), encoding: 'utf8' as const } };
    if (e.probe !== 'win.facts' || !e.stdout || !('text' in e.stdout)) return e;
    const facts = JSON.parse(e.stdout.text.trim()) as Record<string, unknown>;
    Object.assign(facts, {
      userName: S.windowsUser,
      computerName: S.host,
      profile: `C:\\Users\\${S.cjkUser}`,
      proxy: { wininetEnabled: 1, wininetServer: `http://${X.proxyUser}:${X.proxyPassword}@proxy.contoso.example:8080` },
    });
    return { ...e, stdout: { ...e.stdout, text: `${JSON.stringify(facts)}\r\n` } };
  });
  return { ...t, entries: [...entries, ...SEEDED_RUNS.map((r) => r.entry)] };
}

export const MACHINES_DIR = path.resolve(__dirname, '..', '..', '..', 'assets', 'machines');
export const machineFiles = () => fs.readdirSync(MACHINES_DIR).filter((f) => f.endsWith('.json')).sort();
