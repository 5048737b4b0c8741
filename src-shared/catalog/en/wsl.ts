import type { AreaWords } from '../types';

/** WSL itself and the distributions (en). */
export const wslEn = {
  WSL_KERNEL_MISSING: {
    title: 'The WSL 2 Linux kernel is missing or outdated',
    cause: 'WSL 2 needs its Linux kernel component; it was never installed or is too old (error 0x800701bc).',
    fix: ['The wizard runs “wsl --update” for you.', 'If that is not possible, it installs the WSL kernel/MSI package from Microsoft.'],
  },
  WSL_INBOX_LEGACY: {
    title: 'This is the old built-in wsl.exe',
    cause:
      'The wsl.exe that ships inside Windows 10 does not know options such as --version, --no-distribution or --web-download; when the WSL feature is already on, “wsl --install” prints only its help text. The modern WSL comes from the Microsoft Store or its release package.',
    fix: [
      'The wizard turns on the Windows features it still needs (DISM) and installs the current WSL from its release package on GitHub (MSI), checked against the SHA-256 GitHub publishes for it.',
      'On the Preflight page, "Update WSL" runs “wsl --update”, which works once Windows has update KB5020030 or later.',
    ],
  },
  WSL_INBOX_NEEDS_UPDATE: {
    title: 'Windows needs its updates before the current WSL can run',
    cause:
      'This Windows 10 only has the built-in wsl.exe and lacks update KB5020030 (build revision 2311 or later). Without it the current WSL refuses to start ("does not support the packaged version"), and the built-in “wsl --update” only updates or rolls back the kernel.',
    fix: [
      'Open Settings > Windows Update, install all updates (KB5020030 or any later cumulative update) and restart.',
      'Then run the wizard again: it installs the current WSL.',
    ],
  },
  WSL_PACKAGE_INSTALL_FAILED: {
    title: 'Installing or updating WSL failed',
    cause: 'The WSL package (from the Store or its MSI) could not be installed: the Store or Windows Installer reported an error.',
    fix: [
      'The wizard retries with “wsl --update --web-download”, which downloads from GitHub instead of the Store.',
      'If that fails too, it installs the WSL MSI from the GitHub release page.',
      'Repair the Microsoft Store if needed: “wsreset.exe”, then restart Windows.',
    ],
  },
  WSL_DOWNLOAD_NETWORK: {
    title: 'Windows could not download WSL or the distribution',
    cause: 'The download from the Microsoft Store or GitHub failed on the network: name resolution, a timeout, a blocked connection, or a proxy that Windows services do not use.',
    fix: [
      'The wizard retries with “--web-download”, which often works where the Store is blocked.',
      'If you use a proxy, set it for Windows services too: “netsh winhttp import proxy source=ie” (administrator).',
      'Check that the PC can open github.com and raw.githubusercontent.com; try another DNS server (e.g. 223.5.5.5 or 1.1.1.1).',
    ],
  },
  WSL_FILE_NOT_FOUND: {
    title: 'A file WSL needs is missing',
    cause: 'WSL could not find one of its files (the distro disk, the kernel, or a package file): an incomplete install, a deleted folder, or a moved drive.',
    fix: ['The wizard repairs WSL with “wsl --update”.', 'If one distro is broken, back it up if possible and register it again (unregister + install).'],
  },
  WSL_SERVICE_BROKEN: {
    title: 'The WSL service is disabled or not running',
    cause: 'The Windows service behind WSL (LxssManager or WslService) or one it depends on is disabled or crashed.',
    fix: [
      'Open Services (services.msc), set "WSL Service" / "LxssManager" to Manual or Automatic and start it.',
      'Run “wsl --shutdown”, then try again; if it persists, “wsl --update” repairs the install.',
    ],
  },
  WSL_START_FAILED: {
    title: 'The Linux distribution failed to start',
    cause: 'WSL could not start the virtual machine or the distribution; the error code does not say more.',
    fix: ['Run “wsl --shutdown” and try again.', 'Update WSL: “wsl --update”.', 'Remove unusual settings from %UserProfile%\\.wslconfig and try again; if it still fails, send the report to support.'],
  },
  WSLCONFIG_INVALID: {
    title: '.wslconfig has a setting this machine cannot use',
    cause: 'A line in %UserProfile%\\.wslconfig is unknown, invalid, or needs a newer Windows (mirrored networking, dnsTunneling, autoProxy need Windows 11 22H2+; nestedVirtualization and a custom kernel path need the right hardware and file).',
    fix: ['The wizard shows the offending line and offers to remove or fix it (with a backup).', 'Then it runs “wsl --shutdown” so the change takes effect.'],
  },
  NO_DISTRO_INSTALLED: {
    title: 'WSL is installed but has no Linux distribution',
    cause: 'WSL works, but no distribution (such as Ubuntu) is registered yet.',
    fix: ['The wizard installs one for you (Ubuntu by default): “wsl --install -d Ubuntu”.'],
  },
  DISTRO_NOT_FOUND: {
    title: 'No distribution with that name',
    cause: 'A command named a distribution that is not registered (a typo, or it was removed).',
    fix: ['List the installed ones with “wsl -l -v” and use one of those names.', 'Or let the wizard install the distribution.'],
  },
  DISTRO_ALREADY_EXISTS: {
    title: 'A distribution with that name already exists',
    cause: 'The install target is already registered in WSL.',
    fix: ['Use the existing distribution: the wizard can set it up.', 'Or back it up (“wsl --export NAME backup.tar”), then remove it (“wsl --unregister NAME”) and install again.'],
  },
  DISTRO_INSTALL_FAILED: {
    title: 'Installing the Linux distribution failed',
    cause: 'Registering the distribution failed; the error code is a generic one that does not name the cause.',
    fix: ['The wizard updates WSL (“wsl --update”) and retries with “--web-download”.', 'Restart Windows and try again.', 'If it still fails, send the report to support.'],
  },
  DISTRO_IS_WSL1: {
    title: 'The distribution runs as WSL 1',
    cause: 'This distribution uses WSL version 1, which lacks a real Linux kernel: Go tools, networking and file watching behave differently.',
    fix: ['The wizard converts it: “wsl --set-version NAME 2” (takes a few minutes, your files stay).', 'It also sets WSL 2 as the default for new distributions.'],
  },
  DEFAULT_VERSION_1: {
    title: 'New distributions would be created as WSL 1',
    cause: 'The WSL default version is 1, so any distribution installed from now on would use WSL 1.',
    fix: ['The wizard runs “wsl --set-default-version 2”.'],
  },
  WSLCONF_INVALID: {
    title: '/etc/wsl.conf is malformed',
    cause: 'The distribution\'s /etc/wsl.conf has an unknown section or key, or keys whose [section] line is commented out, so WSL ignores them.',
    fix: ['The wizard rewrites its own marked block in /etc/wsl.conf (with a backup) and shows the change.', 'Then it runs “wsl --shutdown” so the distro restarts with the new settings.'],
  },
  UNKNOWN: {
    title: 'We could not identify this problem',
    cause: 'What Windows or Linux answered does not match any failure the wizard knows: it may be a new one.',
    fix: ['Try the step once more: a short network or update hiccup often goes away by itself.', 'If it fails again, open “Support report…”, copy the report and send it to whoever helps you: it holds every command the wizard ran and its output, with passwords removed.'],
  },
} satisfies AreaWords;
