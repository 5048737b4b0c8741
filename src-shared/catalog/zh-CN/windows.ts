import type { AreaWords } from '../types';

/** Windows 本身与虚拟化（zh-CN）。产品名、代码和命令保持原文。 */
export const windowsZh = {
  WIN_BUILD_TOO_OLD: {
    title: '此 Windows 版本太旧，无法使用 WSL 2',
    cause: 'WSL 2 和 “wsl --install” 需要 Windows 10 2004 版（内部版本 19041）或更高版本，或 Windows 11。更旧的版本没有“虚拟机平台”功能，也不认识新的 “wsl.exe” 选项。',
    fix: [
      '打开“设置 > Windows 更新”，安装全部更新（包括功能更新），直到 “winver” 显示的内部版本不低于 19041。',
      '如果 Windows 更新不提供功能更新，请使用微软官网的 Windows 10/11 更新助手。',
      '更新完成后重新运行向导，它会从中断处继续。',
    ],
  },
  WIN_NOT_64BIT: {
    title: 'Windows 不是 64 位系统',
    cause: 'WSL 2 只能在 64 位 Windows（x64 或 ARM64）上运行，而此系统是 32 位 Windows。',
    fix: ['在“设置 > 系统 > 关于”中查看“系统类型”，必须是 64 位操作系统。', '如果处理器是 64 位而系统是 32 位，需要全新安装 64 位 Windows（请先备份文件）。'],
  },
  VIRTUALIZATION_DISABLED: {
    title: 'BIOS/UEFI 中的虚拟化功能已关闭',
    cause: 'WSL 2 在一个小型虚拟机中运行 Linux，需要处理器的虚拟化扩展（Intel VT-x 或 AMD-V/SVM）。这些功能在固件设置中被关闭，Windows 无法启动虚拟机。',
    fix: [
      '重启电脑并进入 BIOS/UEFI 设置：开机时按屏幕提示的按键（通常是 Del、F2、F10 或 Esc），或在“设置 > 系统 > 恢复 > 高级启动 > 疑难解答 > 高级选项 > UEFI 固件设置”中进入。',
      'Intel 处理器：启用“Intel Virtualization Technology”（也叫 Intel VT-x 或 VMX）。AMD 处理器：启用“SVM Mode”（也叫 AMD-V）。',
      '常见菜单位置：华硕 ASUS：Advanced > CPU Configuration；微星 MSI：OC > CPU Features；技嘉 Gigabyte：Tweaker 或 Advanced CPU Settings；华擎 ASRock：Advanced > CPU Configuration；戴尔 Dell：Virtualization Support；惠普 HP：Security（或 Advanced）> System Options；联想 Lenovo：Security > Virtualization（ThinkPad 为 Config > CPU）。',
      '保存并退出（通常按 F10）。回到 Windows 后，向导会重新检查并继续。',
    ],
  },
  VMP_FEATURE_MISSING: {
    title: '“虚拟机平台”功能未启用',
    cause: 'WSL 2 需要 Windows 可选功能“虚拟机平台”（“VirtualMachinePlatform”）。该功能处于关闭状态，因此无法创建 WSL 2 虚拟机。',
    fix: [
      '向导会为你启用它（只为这一步请求一次管理员权限）：“dism.exe /online /enable-feature /featurename:VirtualMachinePlatform /all /norestart”。',
      '按提示重启 Windows，重启后向导会自动继续。',
      '如果该功能已经启用，请同时确认 BIOS/UEFI 中已打开虚拟化。',
    ],
  },
  WSL_FEATURE_MISSING: {
    title: '“适用于 Linux 的 Windows 子系统”功能未启用',
    cause: '可选组件 “Microsoft-Windows-Subsystem-Linux” 处于关闭状态，或者缺少 “wsl.exe”，因此无法注册任何 Linux 发行版。',
    fix: ['向导会为你启用它（需要管理员权限）：“dism.exe /online /enable-feature /featurename:Microsoft-Windows-Subsystem-Linux /all /norestart”。', '重启 Windows，向导会自动继续。'],
  },
  OPTIONAL_COMPONENT_ENABLE_FAILED: {
    title: 'Windows 无法启用所需的功能',
    cause: '启用“虚拟机平台”或“适用于 Linux 的 Windows 子系统”时，Windows 服务组件（DISM）出错，通常是组件存储损坏或有更新只安装了一半。',
    fix: [
      '先重启 Windows 再试：未完成的更新常常会阻止功能变更。',
      '在管理员终端中修复组件存储：“DISM /Online /Cleanup-Image /RestoreHealth”，然后运行 “sfc /scannow”。',
      '安装全部 Windows 更新后，重新运行向导。',
    ],
  },
  NESTED_VIRT_UNAVAILABLE: {
    title: 'Windows 运行在未开启嵌套虚拟化的虚拟机中',
    cause: '这台 Windows 本身就是虚拟机（Hyper-V、VMware、VirtualBox 或云主机等）。WSL 2 需要在其中再启动一个虚拟机，只有宿主机向它开放虚拟化功能时才能做到。',
    fix: [
      '在宿主机上为此虚拟机开启嵌套虚拟化：Hyper-V 使用 “Set-VMProcessor -VMName NAME -ExposeVirtualizationExtensions $true”（先关闭虚拟机）；VMware 勾选“虚拟化 Intel VT-x/EPT 或 AMD-V/RVI”；VirtualBox 勾选“启用嵌套 VT-x/AMD-V”。',
      '如果是云主机，请选择支持嵌套虚拟化的规格。',
      '如果无法做到，可以在这台机器上改用 WSL 1（文件系统较慢，没有完整的 Linux 内核）。',
    ],
  },
  HYPERVISOR_CONFLICT: {
    title: 'Windows 虚拟机监控程序没有启动',
    cause: '硬件条件都满足，但 Windows 虚拟机监控程序没有启动：启动配置中的 “hypervisorlaunchtype” 被设为 “Off”（常由旧版 VirtualBox/VMware 或游戏反作弊程序修改），或者有其他虚拟化软件占用了处理器。',
    fix: ['在管理员终端中运行 “bcdedit /set hypervisorlaunchtype auto”。', '把 VirtualBox 升级到 6.1 以上、VMware 升级到 15.5 以上，使它们能与 Hyper-V 共存。', '重启 Windows，向导会重新检查。'],
  },
  BCDEDIT_QUOTING: {
    title: 'PowerShell 改写了 “bcdedit” 命令',
    cause: '在 PowerShell 中花括号有特殊含义：“bcdedit /set {current} ...” 传给 “bcdedit” 时丢失了 “{current}”，所以它提示“指定的 set 命令无效”。',
    fix: ["给标识符加上引号：“bcdedit /set '{current}' hypervisorlaunchtype auto”，或者在 “cmd.exe” 中运行该命令。", '向导自己调用 “bcdedit” 时会使用正确的参数列表。'],
  },
  WINSOCK_CATALOG_BROKEN: {
    title: 'Windows 网络组件（Winsock）已损坏',
    cause: '某个代理或 VPN 工具安装了 Winsock 分层服务（LSP），破坏了 WSL 使用的网络接口，导致错误 “0x8007273f”。',
    fix: ['在管理员终端中运行 “netsh winsock reset”，然后重启 Windows。', '如果装有旧版代理转发工具或 VPN 客户端，请升级或卸载它。'],
  },
  WSL_GPO_BLOCKED: {
    title: 'WSL 被你所在的组织禁止',
    cause: '组策略或应用程序控制（例如 Device Guard / WDAC）禁止在这台电脑上使用或安装 WSL。',
    fix: ['请联系 IT 部门，为你的账户允许 WSL（适用于 Linux 的 Windows 子系统和虚拟机平台）。', '向导不能也不会绕过这项策略。'],
  },
  WSL_ELEVATION_DENIED: {
    title: '这一步需要管理员权限',
    cause: '启用 Windows 功能或注册 WSL 需要管理员权限；这一步在没有权限的情况下运行，或者权限提示（UAC）被取消了。',
    fix: ['重新运行这一步，并在 Windows 权限提示中选择“是”：向导只为这一步请求权限。', '如果你的账户不是管理员，请让管理员来确认提示。'],
  },
  ELEVATION_STANDARD_USER: {
    title: '此账户不是管理员',
    cause: '只有管理员才能安装 WSL。在标准账户下，Windows 权限提示（UAC）会要求输入这台电脑管理员的用户名和密码；选择“否”或密码错误时，这一步会停止，不做任何更改。',
    fix: ['开始这一步时请这台电脑的管理员在场：由他们在 Windows 提示中输入密码。', '如果是公司电脑，请联系 IT 代你完成这一步，或为你的账户开通相应权限。', '除非你的账户是管理员，否则输入你自己的密码没有用。'],
  },
  ELEVATION_NO_ROUTE: {
    title: '公司策略使向导无法请求管理员权限',
    cause: '这台电脑上的 PowerShell 运行在完全不允许脚本的语言模式（“RestrictedLanguage” 或 “NoLanguage”）下。向导通过一个小的 PowerShell 脚本向 Windows 请求管理员权限，所以这里无法开始任何需要管理员权限的步骤。',
    fix: ['请 IT 为你安装 WSL（在管理员终端中运行 “wsl --install”），或允许此应用运行 PowerShell 脚本。', '安装好 WSL 后，向导会继续完成不需要管理员权限的步骤。'],
  },
  ELEVATED_STILL_RUNNING: {
    title: '管理员命令还没有停止',
    cause: '向导已要求以管理员权限运行的命令停止，但它还没有确认已经结束。现在再启动另一个安装程序会与它冲突：Windows 同一时间只运行一个安装。',
    fix: ['请等几分钟：在这个命令结束之前，向导不会开始其他需要管理员权限的步骤。', '然后点击“重试”。如果它一直不结束，请重启 Windows。'],
  },
  WSL_REBOOT_PENDING: {
    title: '需要重启 Windows 才能完成',
    cause: '刚启用了功能或安装了更新，Windows 只有在重启后才会生效。',
    fix: ['保存工作后重启 Windows。', '重启后向导会自动启动并继续。'],
  },
  WIN_PENDING_FILE_RENAME: {
    title: 'Windows 有文件要在下次重启时替换（仅供参考）',
    cause:
      'Windows 有一份下次启动时要替换的文件清单，杀毒软件、浏览器和打印机驱动随时会往里添加；重启后它也常常还在，所以它并不表示 WSL 需要重启。（这份清单是注册表值 “PendingFileRenameOperations”。）',
    fix: ['无需操作：向导会继续，不会要求重启。'],
  },
  WIN_REBOOT_PERSISTS: {
    title: '重启之后 Windows 仍然报告需要重启',
    cause:
      'Windows 已经重启过（启动时间变了），但组件服务或 Windows 更新仍然报告需要重启。这通常是某个更新无法完成；再要求重启只会重复同样的情况。',
    fix: ['你可以继续：向导不会再因为这个原因要求重启。', '如果安装 WSL 失败，请打开“设置 > Windows 更新”，让更新完成或重试，然后再运行向导。'],
  },
  WSL_GPO_INBOX_ONLY: {
    title: '你的组织只允许应用商店版 WSL（仅供参考）',
    cause:
      '组策略 “AllowInboxWSL=0”（微软为企业推荐的设置）关闭了 Windows 自带的 WSL。来自 Microsoft Store 或 GitHub 安装包的 WSL 仍然可用，向导安装的正是这个版本。',
    fix: ['无需操作：向导会安装并使用应用商店版 WSL。'],
  },
  WSL_GPO_INBOX_BLOCKED: {
    title: '只允许应用商店版 WSL，但这台 Windows 还无法运行它',
    cause:
      '组策略 “AllowInboxWSL=0” 关闭了 Windows 自带的 WSL。应用商店版 WSL 需要安装了 “KB5020030” 更新（修订号 2311 或更高）的 Windows 10 19042-19045，或 Windows 11（21H2 需要 “KB5019157”）；这台 Windows 版本更旧，因此这里无法运行任何 WSL。',
    fix: ['安装 Windows 更新（“设置 > Windows 更新”），包括 “KB5020030” 或之后的任意累积更新，然后重启。', '或者请 IT 部门允许 Windows 自带的 WSL。向导不会绕过组策略。'],
  },
  WSL_GPO_WSL1_OFF: {
    title: '你的组织关闭了 WSL 1（仅供参考）',
    cause: '组策略 “AllowWSL1=0” 禁止 WSL 1 发行版。本向导只配置 WSL 2，所以没有影响。',
    fix: ['无需操作。'],
  },
  WSL_GPO_NETWORKING_LOCKED: {
    title: '你的组织规定了 WSL 的网络模式（仅供参考）',
    cause:
      '组策略 “AllowNetworkingModeUserSetting=0” 或 “DefaultNetworkingMode” 替你选定了网络模式：.wslconfig 里的 “networkingMode” 会被忽略（“DefaultNetworkingMode”：0 无网络，1 为 “NAT”，3 为镜像，4 为 “VirtioProxy”）。',
    fix: ['组策略忽略该设置时，向导不会建议镜像网络。', '“NAT” 模式下，Windows 上的代理需要开启“允许局域网连接”，Linux 才能访问；网络这一步会说明。'],
  },
  WSL_GPO_SETTINGS_RESTRICTED: {
    title: '你的组织锁定了部分 WSL 高级设置（仅供参考）',
    cause: '组策略关闭了一些本向导从不使用的 WSL 设置，所以安装不受影响。',
    fix: [
      '“AllowKernelUserSetting” / “AllowKernelCommandLineUserSetting” / “AllowSystemDistroUserSetting” = 0：不能在 .wslconfig 中使用自定义内核、内核命令行或系统发行版。',
      '“AllowKernelDebugUserSetting” / “AllowDebugShell” = 0：不能进行内核调试，也不能使用 “wsl --debug-shell”。',
      '“AllowNestedVirtualization” = 0：不能在 WSL 里运行虚拟机。',
      '“AllowDiskMount” = 0：不能用 “wsl --mount” 挂载物理磁盘。',
      '“AllowFirewallUserSetting” = 0：.wslconfig 里的 WSL 防火墙设置会被忽略。',
    ],
  },
  DISK_SPACE_LOW: {
    title: '磁盘空间不足',
    cause: 'Linux 发行版、Go 工具链和模块缓存需要几 GB 的空间，而磁盘已经（几乎）满了。',
    fix: ['在系统盘上至少释放 5 GB 空间（“设置 > 系统 > 存储 > 清理建议”）。', '也可以稍后把发行版移到其他磁盘：先 “wsl --export NAME file.tar”，再 “wsl --import NAME D:\\WSL\\NAME file.tar”。'],
  },
  UNATTENDED_NEEDS_CHOICE: {
    title: '无人值守安装停在了需要人来决定的一步',
    cause: '预设把这项选择留给了使用者（例如 git 设为“询问”），或者写了无人值守运行不会自行完成的事（信任证书、“wsl.conf” 选项、“VS Code”）：它之前的步骤都已完成，之后的什么都没有改动。',
    fix: [
      '在这台电脑上打开本向导：预设的选择已经填好，已完成的步骤显示为完成。',
      '或者为后面的电脑补全预设（“docs/preset.md” 列出了无人值守运行能自行完成的内容）。',
    ],
  },
} satisfies AreaWords;
