import type { AreaWords } from '../types';

/** Network, modules, git and the distro's tools (en). */
export const networkEn = {
  DNS_FAILURE: {
    title: 'Name resolution fails inside WSL',
    cause: 'The distribution cannot turn host names into addresses: the generated /etc/resolv.conf points to a DNS server that does not answer (often with a VPN), or the file was changed.',
    fix: [
      'The wizard tests DNS and, if needed, writes a working /etc/resolv.conf and sets generateResolvConf=false in /etc/wsl.conf (with backups).',
      'On Windows 11 22H2+, dnsTunneling=true in .wslconfig usually fixes DNS with VPNs.',
      'Then it runs “wsl --shutdown” so the change takes effect.',
    ],
  },
  NET_TIMEOUT: {
    title: 'Connections to the Go or git servers time out',
    cause: 'The servers (e.g. proxy.golang.org, golang.org, github.com) cannot be reached from this network, or only through a network proxy (such as Clash) that WSL does not use.',
    fix: ['The wizard measures the reachable module mirrors and sets the fastest one, e.g. “go env -w GOPROXY=https://goproxy.cn,direct”.', 'If you use a network proxy on Windows (such as Clash), the wizard makes it reachable from WSL.'],
  },
  CONN_REFUSED_REMOTE: {
    title: 'The remote server refused or reset the connection',
    cause: 'A public server (or something in between) refused or cut the connection; on some networks Google-hosted servers are blocked this way.',
    fix: ['Use another module mirror: the wizard measures them and sets GOPROXY (e.g. https://goproxy.cn,direct).', 'Or send the traffic through your network proxy (such as Clash).'],
  },
  PROXY_REFUSED: {
    title: 'The network proxy set for Linux does not answer',
    cause: 'Linux is set to use a network proxy at an address where nothing listens. From WSL 2, 127.0.0.1 is the distribution itself, not Windows, so a proxy app running on Windows (such as Clash) is not there. The setting lives in the “http_proxy” and “https_proxy” variables.',
    fix: [
      'In the proxy app on Windows, allow connections from the LAN ("Allow LAN").',
      'The wizard points WSL at the Windows host address (from the default route) and the proxy port, or enables networkingMode=mirrored with autoProxy on Windows 11.',
      'If you do not use a network proxy, the wizard removes the stale proxy variables.',
    ],
  },
  PROXY_BAD_RESPONSE: {
    title: 'The network proxy setting does not point to an HTTP proxy',
    cause: 'The network proxy answered with something that is not an HTTP proxy response: wrong port (e.g. a SOCKS port), or https:// used for a plain HTTP proxy.',
    fix: ['Use the HTTP port of your proxy app with an http:// URL, e.g. “http://HOST:7890”.', 'The wizard tests the setting before saving it.'],
  },
  WIN_PROXY_REFUSED: {
    title: 'The Windows network proxy does not answer the wizard\'s downloads',
    cause: 'Windows names a proxy for this address (the manual proxy, or the PAC script of a proxy app such as Clash or v2rayN), but nothing answers there: the proxy app is closed, or its system-proxy setting outlived it. Downloads follow that proxy like your browser does, so they fail too.',
    fix: [
      'Start the proxy app again, or turn its system proxy off (Windows Settings > Network & internet > Proxy).',
      'Then retry: the wizard asks Windows again which proxy to use for each download.',
    ],
  },
  WIN_PROXY_LOOPBACK: {
    title: 'A network proxy app runs on this PC (such as Clash)',
    cause: 'Windows sends web traffic to a network proxy at 127.0.0.1, on this PC. Inside WSL 2, 127.0.0.1 is Linux itself, so Linux cannot use that address as it is. Nothing is wrong yet: this is a note for the Network for Go step.',
    fix: [
      'The Network for Go step carries this network proxy into Linux: it points Linux at the Windows address and the proxy port, or turns on mirrored networking on Windows 11.',
      'If the proxy app asks, allow connections from the LAN ("Allow LAN").',
    ],
  },
  TLS_UNTRUSTED: {
    title: 'The server certificate is not trusted',
    cause: 'Something on the network (a company proxy, antivirus HTTPS scanning) replaces certificates with its own, and the distribution does not trust that certificate authority.',
    fix: ['Get the company/antivirus root certificate (.crt) from IT.', 'The wizard installs it: copy to /usr/local/share/ca-certificates/ and run “sudo update-ca-certificates”.', 'Do not turn off verification.'],
  },
  GOSUMDB_FAILURE: {
    title: 'The Go checksum database failed',
    cause: 'sum.golang.org could not be reached, or a downloaded module does not match its recorded checksum.',
    fix: ['If it cannot be reached: “go env -w GOSUMDB=sum.golang.google.cn” (or reach it through your GOPROXY).', 'On a checksum mismatch: run “go clean -modcache” and try again; if it persists, the module version was changed by its author: report it, never switch checking off silently.'],
  },
  MODULE_NOT_FOUND: {
    title: 'The module or version does not exist',
    cause: 'The requested module path or version (tag, commit) is unknown to the server, or was removed.',
    fix: ['Check the import path and the version spelling.', 'List available versions: “go list -m -versions MODULE”.', 'Use an existing version, or “@latest”.'],
  },
  PRIVATE_MODULE: {
    title: 'A private module was fetched through a public module proxy',
    cause: 'The public module proxy cannot read private repositories, so it reports "not found" for them.',
    fix: ['Tell Go which paths are private: “go env -w GOPRIVATE=git.example.com/yourorg/*”.', 'Make sure git can authenticate to that host (SSH key or credentials).'],
  },
  GIT_AUTH: {
    title: 'git cannot authenticate',
    cause: 'git needs a login for this repository, but Go disables interactive prompts and no SSH key or stored credential is available.',
    fix: ['The wizard can create an SSH key and show the public key to add to your account.', 'Then use SSH for that host: “git config --global url."git@github.com:".insteadOf "https://github.com/"”.', 'Or store an access token with a git credential helper.'],
  },
  GIT_MISSING: {
    title: 'git is not installed',
    cause: 'Go uses git to download modules directly from repositories, and git is missing in this distribution.',
    fix: ['The wizard installs it: “sudo apt install git”.'],
  },
  MNT_PERMISSION: {
    title: 'Linux permissions on /mnt/c do not stick',
    cause: 'Windows drives are mounted without Linux metadata, so chmod/chown have no effect there.',
    fix: ['Work inside the Linux home folder (~/), which is also much faster.', 'Or enable metadata: the wizard adds “options = "metadata"” under [automount] in /etc/wsl.conf, then runs “wsl --shutdown”.'],
  },
  APT_LOCKED: {
    title: 'Another package manager is running',
    cause: 'Another program is installing packages right now, usually the automatic updates that run right after a distribution starts; apt and dpkg let only one at a time.',
    fix: ['Wait a few minutes and try again; the wizard waits for the lock itself.', 'Do not delete the lock files.'],
  },
} satisfies AreaWords;
