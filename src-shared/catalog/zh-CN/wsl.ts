import type { AreaWords } from '../types';

/** WSL 本身与发行版（zh-CN）。 */
export const wslZh = {
  WSL_KERNEL_MISSING: {
    title: 'WSL 2 的 Linux 内核缺失或过旧',
    cause: 'WSL 2 需要它的 Linux 内核组件，但该组件从未安装或版本过旧（错误 “0x800701bc”）。',
    fix: ['向导会为你运行 “wsl --update”。', '如果无法这样做，它会从微软下载并安装 WSL 内核或安装包。'],
  },
  WSL_INBOX_LEGACY: {
    title: '这是旧版系统自带的 “wsl.exe”',
    cause:
      'Windows 10 自带的 “wsl.exe” 不认识 “--version”、“--no-distribution”、“--web-download” 等选项；如果 WSL 功能已经开启，“wsl --install” 只会打印帮助文本。新版 WSL 需要从 Microsoft Store 或 WSL 发布包安装。',
    fix: [
      '向导会用 DISM 开启仍未开启的 Windows 功能，再从 GitHub 下载新版 WSL 的发布包（MSI）进行安装，并用 GitHub 公布的 SHA-256 校验。',
      '在“检查电脑”页面，“更新 WSL”会运行 “wsl --update”；Windows 装了 “KB5020030” 或之后的更新后才有效。',
    ],
  },
  WSL_INBOX_NEEDS_UPDATE: {
    title: '需要先安装 Windows 更新，才能运行新版 WSL',
    cause:
      '这台 Windows 10 只有系统自带的 “wsl.exe”，而且缺少 “KB5020030” 更新（修订号 2311 或更高）。没有它，新版 WSL 会拒绝启动（提示不支持打包版本），自带的 “wsl --update” 也只能更新或回滚内核。',
    fix: ['打开“设置 > Windows 更新”，安装全部更新（“KB5020030” 或之后的任意累积更新），然后重启。', '然后再次运行向导：它会安装新版 WSL。'],
  },
  WSL_PACKAGE_INSTALL_FAILED: {
    title: '安装或更新 WSL 失败',
    cause: '无法安装 WSL 软件包（来自 Microsoft Store 或 MSI 安装包）：应用商店或 Windows 安装程序报告了错误。',
    fix: ['向导会使用 “wsl --update --web-download” 重试，改从 GitHub 而不是应用商店下载。', '如果仍然失败，向导会从 GitHub 发布页安装 WSL 的 MSI 安装包。', '必要时修复 Microsoft Store：运行 “wsreset.exe”，然后重启 Windows。'],
  },
  WSL_DOWNLOAD_NETWORK: {
    title: 'Windows 无法下载 WSL 或发行版',
    cause: '从 Microsoft Store 或 GitHub 下载时网络出错：域名解析失败、连接超时、连接被拦截，或者代理设置没有被 Windows 系统服务使用。',
    fix: [
      '向导会使用 “--web-download” 重试，在应用商店被屏蔽的网络中通常可行。',
      '如果你使用代理，请同时为 Windows 系统服务设置代理：以管理员身份运行 “netsh winhttp import proxy source=ie”。',
      '确认这台电脑能打开 “github.com” 和 “raw.githubusercontent.com”；可以换一个 DNS 服务器试试（例如 223.5.5.5 或 1.1.1.1）。',
    ],
  },
  WSL_FILE_NOT_FOUND: {
    title: 'WSL 缺少所需的文件',
    cause: 'WSL 找不到它的某个文件（发行版磁盘、内核或安装包文件）：安装不完整、文件夹被删除，或者磁盘被移动。',
    fix: ['向导会用 “wsl --update” 修复 WSL。', '如果只是某个发行版损坏，请尽量先备份，然后重新注册它（注销后再安装）。'],
  },
  WSL_SERVICE_BROKEN: {
    title: 'WSL 服务被禁用或没有运行',
    cause: 'WSL 背后的 Windows 服务（LxssManager 或 WslService）或它依赖的服务被禁用或已崩溃。',
    fix: ['打开“服务”（“services.msc”），把 WSL 服务设为“手动”或“自动”并启动它。', '运行 “wsl --shutdown” 后再试；如果仍有问题，运行 “wsl --update” 修复安装。'],
  },
  WSL_START_FAILED: {
    title: 'Linux 发行版启动失败',
    cause: 'WSL 无法启动虚拟机或发行版，错误代码本身没有给出更多信息。',
    fix: ['运行 “wsl --shutdown” 后再试。', '更新 WSL：“wsl --update”。', '删除 %UserProfile%\\.wslconfig 中不常见的设置后再试；如果仍然失败，请把报告发给技术支持。'],
  },
  WSLCONFIG_INVALID: {
    title: '.wslconfig 中有这台电脑无法使用的设置',
    cause: '%UserProfile%\\.wslconfig 中某一行是未知或无效的设置，或者需要更新的 Windows（镜像网络、“dnsTunneling”、“autoProxy” 需要 Windows 11 22H2 以上；嵌套虚拟化和自定义内核路径需要相应的硬件和文件）。',
    fix: ['向导会指出有问题的那一行，并提供删除或修正（会先备份）。', '然后运行 “wsl --shutdown” 使更改生效。'],
  },
  NO_DISTRO_INSTALLED: {
    title: 'WSL 已安装，但没有任何 Linux 发行版',
    cause: 'WSL 可以正常工作，但还没有注册任何发行版（例如 Ubuntu）。',
    fix: ['向导会为你安装一个（默认是 Ubuntu）：“wsl --install -d Ubuntu”。'],
  },
  DISTRO_NOT_FOUND: {
    title: '找不到该名称的发行版',
    cause: '命令中指定的发行版没有注册（名称拼写错误，或者已被删除）。',
    fix: ['用 “wsl -l -v” 列出已安装的发行版，并使用其中的名称。', '或者让向导安装该发行版。'],
  },
  DISTRO_ALREADY_EXISTS: {
    title: '已存在同名的发行版',
    cause: '要安装的发行版名称已经在 WSL 中注册。',
    fix: ['直接使用现有的发行版：向导可以为它完成配置。', '或者先备份（“wsl --export NAME backup.tar”），再删除（“wsl --unregister NAME”），然后重新安装。'],
  },
  DISTRO_INSTALL_FAILED: {
    title: '安装 Linux 发行版失败',
    cause: '注册发行版时出错，错误代码是通用代码，没有指明原因。',
    fix: ['向导会更新 WSL（“wsl --update”），并使用 “--web-download” 重试。', '重启 Windows 后再试。', '如果仍然失败，请把报告发给技术支持。'],
  },
  DISTRO_IS_WSL1: {
    title: '该发行版以 WSL 1 方式运行',
    cause: '这个发行版使用 WSL 1，没有真正的 Linux 内核：Go 工具、网络和文件监视的行为都会不同。',
    fix: ['向导会转换它：“wsl --set-version NAME 2”（需要几分钟，文件会保留）。', '同时把 WSL 2 设为新发行版的默认版本。'],
  },
  DEFAULT_VERSION_1: {
    title: '新安装的发行版会使用 WSL 1',
    cause: 'WSL 的默认版本是 1，此后安装的发行版都会以 WSL 1 运行。',
    fix: ['向导会运行 “wsl --set-default-version 2”。'],
  },
  WSLCONF_INVALID: {
    title: '/etc/wsl.conf 格式有误',
    cause: '发行版中的 /etc/wsl.conf 含有未知的节或键，或者某些键所在的节标题被注释掉了，因此 WSL 会忽略它们。',
    fix: ['向导会重写它在 /etc/wsl.conf 中带标记的配置块（会先备份）并显示改动。', '然后运行 “wsl --shutdown”，让发行版以新设置重新启动。'],
  },
  UNKNOWN: {
    title: '无法识别这个问题',
    cause: 'Windows 或 Linux 返回的内容与向导已知的任何故障都不匹配，可能是新问题。',
    fix: ['再试一次这一步：短暂的网络或更新问题常常会自己消失。', '如果仍然失败，请打开“支持报告…”，复制报告并发给帮助你的人：报告包含向导运行的每条命令及其输出，密码已去除。'],
  },
} satisfies AreaWords;
