import type { AreaWords } from '../types';

/** Windows itself and virtualization (en). */
export const windowsEn = {
  WIN_BUILD_TOO_OLD: {
    title: 'This Windows version is too old for WSL 2',
    cause: 'WSL 2 and “wsl --install” need Windows 10 version 2004 (build 19041) or later, or Windows 11. Older builds lack the Virtual Machine Platform feature and the new wsl.exe options.',
    fix: [
      'Open Settings > Windows Update and install all updates, including feature updates, until winver shows build 19041 or higher.',
      'If Windows Update offers no feature update, use the Windows 10/11 Installation Assistant from microsoft.com.',
      'Run the wizard again after the update; it continues where it stopped.',
    ],
  },
  WIN_NOT_64BIT: {
    title: 'Windows is not 64-bit',
    cause: 'WSL 2 runs only on 64-bit Windows (x64 or ARM64). This system reports a 32-bit Windows.',
    fix: [
      'Check Settings > System > About: "System type" must say 64-bit operating system.',
      'If the processor is x64 but Windows is 32-bit, a clean install of 64-bit Windows is required (back up your files first).',
    ],
  },
  VIRTUALIZATION_DISABLED: {
    title: 'Virtualization is turned off in the BIOS/UEFI',
    cause: 'WSL 2 runs Linux in a small virtual machine, which needs the CPU virtualization extensions (Intel VT-x or AMD-V/SVM). They are switched off in the firmware settings, so Windows cannot start the VM.',
    fix: [
      'Restart the PC and enter the BIOS/UEFI setup: press the key shown at power-on (usually Del, F2, F10 or Esc), or use Settings > System > Recovery > Advanced startup > Troubleshoot > Advanced options > UEFI Firmware Settings.',
      'Intel CPUs: enable "Intel Virtualization Technology" (also called Intel VT-x or VMX). AMD CPUs: enable "SVM Mode" (also called AMD-V).',
      'Typical menus: ASUS: Advanced > CPU Configuration; MSI: OC > CPU Features; Gigabyte: Tweaker or Advanced CPU Settings; ASRock: Advanced > CPU Configuration; Dell: Virtualization Support; HP: Security (or Advanced) > System Options; Lenovo: Security > Virtualization (ThinkPad: Config > CPU).',
      'Save and exit (usually F10). Back in Windows, the wizard checks again and continues.',
    ],
  },
  VMP_FEATURE_MISSING: {
    title: 'The Virtual Machine Platform feature is not enabled',
    cause: 'WSL 2 needs the Windows optional feature "Virtual Machine Platform". It is off, so the WSL 2 virtual machine cannot be created.',
    fix: [
      'The wizard enables it for you (it asks for administrator permission once): “dism.exe /online /enable-feature /featurename:VirtualMachinePlatform /all /norestart”.',
      'Restart Windows when asked; the wizard resumes by itself after the restart.',
      'If it is already enabled, also make sure virtualization is on in the BIOS/UEFI.',
    ],
  },
  WSL_FEATURE_MISSING: {
    title: 'The Windows Subsystem for Linux feature is not enabled',
    cause: 'The optional component "Microsoft-Windows-Subsystem-Linux" is off or wsl.exe is missing, so no Linux distribution can be registered.',
    fix: [
      'The wizard enables it for you (with administrator permission): “dism.exe /online /enable-feature /featurename:Microsoft-Windows-Subsystem-Linux /all /norestart”.',
      'Restart Windows; the wizard resumes by itself.',
    ],
  },
  OPTIONAL_COMPONENT_ENABLE_FAILED: {
    title: 'Windows could not enable a required feature',
    cause: 'Turning on "Virtual Machine Platform" or "Windows Subsystem for Linux" failed inside Windows servicing (DISM), usually because the component store is damaged or an update is half-installed.',
    fix: [
      'Restart Windows and try again: a pending update often blocks feature changes.',
      'Repair the component store in an administrator terminal: “DISM /Online /Cleanup-Image /RestoreHealth”, then “sfc /scannow”.',
      'Install all Windows updates, then run the wizard again.',
    ],
  },
  NESTED_VIRT_UNAVAILABLE: {
    title: 'Windows runs inside a virtual machine without nested virtualization',
    cause: 'This Windows is itself a virtual machine (Hyper-V, VMware, VirtualBox, a cloud VM ...). WSL 2 needs to start another VM inside it, which works only when the host exposes virtualization to the guest.',
    fix: [
      'On the host, enable nested virtualization for this VM: Hyper-V: “Set-VMProcessor -VMName NAME -ExposeVirtualizationExtensions $true” (VM off); VMware: "Virtualize Intel VT-x/EPT or AMD-V/RVI"; VirtualBox: "Enable Nested VT-x/AMD-V".',
      'In the cloud, choose a VM size that supports nested virtualization.',
      'If that is impossible, use WSL 1 for this machine (slower file system, no full Linux kernel).',
    ],
  },
  HYPERVISOR_CONFLICT: {
    title: 'The Windows hypervisor is not starting',
    cause: 'All hardware requirements are met, but the Windows hypervisor does not launch: boot configuration has hypervisorlaunchtype set to Off (often by an older VirtualBox/VMware or a game anti-cheat), or another hypervisor holds the CPU.',
    fix: [
      'In an administrator terminal run “bcdedit /set hypervisorlaunchtype auto”.',
      'Update VirtualBox (6.1+) or VMware (15.5+) so they can run alongside Hyper-V.',
      'Restart Windows; the wizard checks again.',
    ],
  },
  BCDEDIT_QUOTING: {
    title: 'PowerShell changed the bcdedit command',
    cause: 'In PowerShell, braces are special: “bcdedit /set {current} ...” reaches bcdedit without “{current}”, so it answers "The set command specified is not valid".',
    fix: [
      "Quote the identifier: “bcdedit /set '{current}' hypervisorlaunchtype auto”, or run the command in cmd.exe.",
      'The wizard runs bcdedit itself with the right argument list.',
    ],
  },
  WINSOCK_CATALOG_BROKEN: {
    title: 'The Windows network stack (Winsock) is damaged',
    cause: 'A proxy or VPN tool installed a Winsock layer (LSP) that breaks the sockets WSL uses, so WSL fails with 0x8007273f.',
    fix: [
      'In an administrator terminal run “netsh winsock reset”, then restart Windows.',
      'If a proxifier or old VPN client is installed, update or remove it.',
    ],
  },
  WSL_GPO_BLOCKED: {
    title: 'WSL is blocked by your organization',
    cause:
      'A group policy (AllowWSL=0 under HKLM\\SOFTWARE\\Policies\\WSL) or application control (for example Device Guard / WDAC) forbids WSL or its installation on this computer.',
    fix: [
      'Ask your IT department to allow WSL (Windows Subsystem for Linux and Virtual Machine Platform) for your account.',
      'The wizard cannot and will not bypass the policy.',
    ],
  },
  WSL_ELEVATION_DENIED: {
    title: 'Administrator rights are needed for this step',
    cause: 'Enabling Windows features or registering WSL needs administrator rights; the step ran without them or the permission prompt (UAC) was cancelled.',
    fix: [
      'Run the step again and choose "Yes" in the Windows permission prompt: the wizard asks only for this one step.',
      'If your account is not an administrator, ask someone who is to approve the prompt.',
    ],
  },
  ELEVATION_STANDARD_USER: {
    title: 'This account is not an administrator',
    cause:
      'Windows lets only administrators install WSL. On a standard account the Windows permission prompt (UAC) asks for the user name and password of an administrator of this PC; "No" or a wrong password stops the step without changing anything.',
    fix: [
      'Have an administrator of this PC with you when you start the step: they type their password in the Windows prompt.',
      'On a company PC, ask IT to do this step for you or to give your account the rights for it.',
      'Your own password does not help here unless your account is an administrator.',
    ],
  },
  ELEVATION_NO_ROUTE: {
    title: 'Company policy leaves no way to ask for administrator rights',
    cause:
      'PowerShell on this PC runs in a language mode (“RestrictedLanguage” or “NoLanguage”) that runs no scripts at all. The wizard asks Windows for administrator rights through a small PowerShell script, so no administrator step can start here.',
    fix: [
      'Ask IT to install WSL for you (“wsl --install” in an administrator terminal) or to let this app run PowerShell scripts.',
      'Once WSL is installed, the wizard continues with the steps that need no administrator rights.',
    ],
  },
  ELEVATED_STILL_RUNNING: {
    title: 'The administrator command has not stopped yet',
    cause:
      'The wizard asked the command that runs with administrator rights to stop, and it has not confirmed that it ended. Another installer started now would collide with it: Windows runs one installation at a time.',
    fix: ['Wait a few minutes: the wizard starts no other administrator step until this one has ended.', 'Then press "Try again". If it never ends, restart Windows.'],
  },
  WSL_REBOOT_PENDING: {
    title: 'Windows must restart to finish',
    cause: 'A feature was enabled or an update was installed, and Windows applies it only after a restart.',
    fix: ['Save your work and restart Windows.', 'The wizard starts again after the restart and continues by itself.'],
  },
  WIN_PENDING_FILE_RENAME: {
    title: 'Windows has files to replace at the next restart (information)',
    cause:
      'Windows keeps a list of files to swap at the next start, and antivirus, browsers and printer drivers add to it all the time; it often survives a restart, so it does not mean WSL needs one. (The list is the PendingFileRenameOperations registry value.)',
    fix: ['Nothing to do: the wizard goes on without asking for a restart.'],
  },
  WIN_REBOOT_PERSISTS: {
    title: 'Windows still reports a pending restart after restarting',
    cause:
      'Windows restarted (its start time changed) but Component Based Servicing or Windows Update still says a restart is pending. That happens when an update cannot finish; asking for another restart would only repeat it.',
    fix: [
      'You can go on: the wizard no longer asks for a restart for this reason.',
      'If installing WSL fails, open Settings > Windows Update, let it finish or retry the update, then run the wizard again.',
    ],
  },
  WSL_GPO_INBOX_ONLY: {
    title: 'Your organization allows only the Store WSL (information)',
    cause:
      'The group policy AllowInboxWSL=0 (Microsoft\'s recommended setting for companies) turns off the WSL built into Windows. The WSL from the Microsoft Store or its GitHub package still works, and that is the one the wizard installs.',
    fix: ['Nothing to do: the wizard installs and uses the Store WSL.'],
  },
  WSL_GPO_INBOX_BLOCKED: {
    title: 'Only the Store WSL is allowed, and this Windows cannot run it yet',
    cause:
      'The group policy AllowInboxWSL=0 turns off the WSL built into Windows. The Store WSL needs Windows 10 19042-19045 with update KB5020030 (revision 2311 or later), or Windows 11 (21H2 with KB5019157); this Windows is older, so no WSL can run here.',
    fix: [
      'Install the Windows updates (Settings > Windows Update), including KB5020030 or any later cumulative update, and restart.',
      'Or ask your IT department to allow the built-in WSL. The wizard does not bypass the policy.',
    ],
  },
  WSL_GPO_WSL1_OFF: {
    title: 'WSL 1 is turned off by your organization (information)',
    cause: 'The group policy AllowWSL1=0 forbids WSL 1 distributions. This wizard sets up WSL 2 only, so it changes nothing here.',
    fix: ['Nothing to do.'],
  },
  WSL_GPO_NETWORKING_LOCKED: {
    title: 'Your organization sets the WSL networking mode (information)',
    cause:
      'The group policies AllowNetworkingModeUserSetting=0 or DefaultNetworkingMode choose the networking mode for you: networkingMode in .wslconfig is ignored (DefaultNetworkingMode: 0 None, 1 NAT, 3 Mirrored, 4 VirtioProxy).',
    fix: [
      'The wizard does not suggest mirrored networking when the policy ignores it.',
      'In NAT mode a Windows proxy must "allow LAN" to be reachable from Linux; the network step explains it.',
    ],
  },
  WSL_GPO_SETTINGS_RESTRICTED: {
    title: 'Some advanced WSL settings are locked by your organization (information)',
    cause: 'Group policy turns off WSL settings this wizard never uses, so the setup is not affected.',
    fix: [
      'AllowKernelUserSetting / AllowKernelCommandLineUserSetting / AllowSystemDistroUserSetting = 0: no custom kernel, kernel command line or system distribution in .wslconfig.',
      'AllowKernelDebugUserSetting / AllowDebugShell = 0: no kernel debugging and no wsl --debug-shell.',
      'AllowNestedVirtualization = 0: no virtual machines inside WSL.',
      'AllowDiskMount = 0: no wsl --mount of physical disks.',
      'AllowFirewallUserSetting = 0: the WSL firewall setting in .wslconfig is ignored.',
    ],
  },
  DISK_SPACE_LOW: {
    title: 'Not enough free disk space',
    cause: 'The Linux distribution, the Go toolchain and the module cache need several gigabytes; the drive is (almost) full.',
    fix: [
      'Free at least 5 GB on the system drive (Settings > System > Storage > Cleanup recommendations).',
      'Or move the distro to another drive later: “wsl --export NAME file.tar” then “wsl --import NAME D:\\WSL\\NAME file.tar”.',
    ],
  },
  UNATTENDED_NEEDS_CHOICE: {
    title: 'The unattended setup stopped at a choice a person makes',
    cause: 'The preset leaves this choice to the person (for example git "ask"), or names something the unattended run does not do by itself (trusting a certificate, wsl.conf options, VS Code): it did every step before it and changed nothing after it.',
    fix: [
      'Open Go on WSL Setup on this PC: the preset\'s choices are filled in and the steps already done show as done.',
      'Or, for the next PCs, complete the preset (docs/preset.md lists what the unattended run applies by itself).',
    ],
  },
} satisfies AreaWords;
