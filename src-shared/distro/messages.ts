/**
 * The words for the Distro step's reason keys, in both languages, with
 * i18next-style {{placeholders}}. The renderer merges these into its i18n
 * resources; a test checks that every key the logic can emit exists in both.
 */
type Messages = Readonly<Record<string, string>>;

export const distroMessagesEn: Messages = {
  'distro.reason.reuseHealthy': '{{name}} is already installed and healthy: your files stay, nothing to download.',
  'distro.reason.ltsSupported': '{{name}} is a long-term-support release with security updates until {{until}} (glibc {{glibc}}).',
  'distro.reason.supportEnded': "{{name}}'s free security updates ended in {{until}} (paid Ubuntu Pro until {{proUntil}}). Prefer a newer release.",
  'distro.reason.ubuntuRolling': '{{name}} is the Store\'s "latest Ubuntu LTS" image; we read its exact version after setup.',
  'distro.reason.notUbuntu': '{{name}} is not Ubuntu. It can work, but our instructions and fixes are tested on Ubuntu.',
  'distro.reason.isDefault': '{{name}} is your default distro: `wsl` with no name opens it.',
  'distro.reason.needsV2': '{{name}} runs as WSL 1. Go tools need WSL 2; we can convert it (it takes a few minutes).',
  'distro.reason.busy': '{{name}} is {{state}} right now; try again when it is done.',
  'distro.reason.internal': '{{name}} belongs to another tool (Docker, Rancher, Podman) and must not be used for your work.',
  'distro.reason.recommendedDefault': 'We recommend {{name}}: the newest Ubuntu LTS, the best-tested choice for Go on WSL.',
  'distro.reason.onlineListUnavailable': 'The online list of distros could not be read; this is the usual name.',
  'distro.reason.alreadyInstalledFixable': '{{name}} is already installed, so installing it again would fail; we will repair and use it instead.',
  'distro.note.versions':
    'The number is the release date: {{n24}} = April 2024. Newer releases have newer system libraries: glibc {{g24}} in {{n24}}, {{g22}} in {{n22}}, {{g20}} in {{n20}}.',
  'distro.note.cgoMoves':
    'A Go program built with cgo runs on the same or a newer Ubuntu, not an older one ("GLIBC_2.xx not found"). Build on the oldest system you ship to, or use CGO_ENABLED=0.',
  'distro.advice.systemdUnsupported': 'Your WSL ({{found}}) is older than {{min}} and cannot run systemd; update WSL to get it.',
  'distro.advice.appendWindowsPath':
    'Windows folders are added to your Linux PATH. That is handy (code ., explorer.exe) but a Windows go.exe could run where you expect Linux Go; you can turn it off.',
  'distro.advice.networkingPolicy':
    'Your organization sets the WSL networking mode by group policy (AllowNetworkingModeUserSetting=0), so the wizard does not suggest mirrored networking.',
  'distro.advice.natGuidance':
    'This Windows ({{build}}) or WSL ({{wsl}}) cannot use mirrored networking (needs build {{minBuild}}+ and WSL {{minWsl}}+). In the default NAT mode a Windows proxy on 127.0.0.1 is not reachable from Linux: let it "allow LAN" and use the Windows host address.',
  'distro.user.problem.empty': 'Enter a user name.',
  'distro.user.problem.too-long': 'At most 32 characters.',
  'distro.user.problem.uppercase': 'Linux user names are lower case.',
  'distro.user.problem.bad-start': 'Start with a lower-case letter a-z.',
  'distro.user.problem.bad-char': 'Use only a-z, 0-9, "-" and "_".',
  'distro.user.problem.reserved': 'That name is taken by the system. Choose another one.',
  'distro.password.problem.empty': 'Enter a password.',
  'distro.password.problem.too-long': 'At most 256 characters.',
  'distro.password.problem.control-char': 'The password cannot contain line breaks or control characters.',
  'distro.password.problem.unencodable': 'The password contains a broken character; type it again.',
  'distro.password.warning.short': 'Short passwords are easy to guess; 8 or more characters are better.',
  'distro.password.warning.same-as-username': 'The password is the same as the user name.',
  'distro.user.sudoExplain':
    'This is the password `sudo` asks for when a command needs administrator rights inside Linux. Nothing is shown while you type it there; that is normal. It is not your Windows password and is never stored by this app.',
  'distro.restart.terminate': 'The change takes effect after {{name}} restarts. Stop it now (wsl --terminate {{name}})? Open Linux windows will close.',
  'distro.restart.shutdown': 'The change takes effect after WSL restarts. Stop all distros now (wsl --shutdown)? Every open Linux window will close.',
  'distro.unregister.confirm': 'This deletes {{name}} and every file in it. Type {{name}} to confirm.',
  'distro.config.refused.encoding': 'This file is not plain UTF-8 text, so we will not edit it (we could not keep your bytes exactly). Save it as UTF-8 or let us start it anew.',
  'distro.config.refused.markers': "Our markers in this file are damaged ({{kind}} at line {{line}}); we will not guess. Fix or remove the '# >>> go-wsl-setup' lines.",
  'distro.config.refused.badSetting': 'A planned setting is not valid for this file; nothing was changed.',
  'distro.change.wslconf': 'Settings in /etc/wsl.conf',
  'distro.change.defaultUser': 'Default user in /etc/wsl.conf',
  'distro.change.wslconfig': 'Networking in .wslconfig',
};

export const distroMessagesZhCN: Messages = {
  'distro.reason.reuseHealthy': '{{name}} 已经安装且状态良好：你的文件都在，无需下载。',
  'distro.reason.ltsSupported': '{{name}} 是长期支持版，安全更新到 {{until}}（glibc {{glibc}}）。',
  'distro.reason.supportEnded': '{{name}} 的免费安全更新已于 {{until}} 结束（付费 Ubuntu Pro 到 {{proUntil}}）。建议换用更新的版本。',
  'distro.reason.ubuntuRolling': '{{name}} 是应用商店的“最新 Ubuntu LTS”镜像；安装后我们会读取它的具体版本。',
  'distro.reason.notUbuntu': '{{name}} 不是 Ubuntu。它也能用，但我们的步骤和修复都在 Ubuntu 上测试过。',
  'distro.reason.isDefault': '{{name}} 是你的默认发行版：直接运行 `wsl` 就会打开它。',
  'distro.reason.needsV2': '{{name}} 以 WSL 1 运行。Go 工具需要 WSL 2；我们可以帮你转换（需要几分钟）。',
  'distro.reason.busy': '{{name}} 当前状态为 {{state}}；请等它完成后再试。',
  'distro.reason.internal': '{{name}} 属于其他工具（Docker、Rancher、Podman），不要用它来工作。',
  'distro.reason.recommendedDefault': '推荐 {{name}}：最新的 Ubuntu LTS，在 WSL 上运行 Go 测试最充分。',
  'distro.reason.onlineListUnavailable': '无法读取在线发行版列表；这是常用的名称。',
  'distro.reason.alreadyInstalledFixable': '{{name}} 已经安装，再次安装会失败；我们会修复并直接使用它。',
  'distro.note.versions': '版本号就是发布日期：{{n24}} = 2024 年 4 月。越新的版本系统库越新：{{n24}} 带 glibc {{g24}}，{{n22}} 带 {{g22}}，{{n20}} 带 {{g20}}。',
  'distro.note.cgoMoves': '用 cgo 编译的 Go 程序只能在相同或更新的 Ubuntu 上运行，不能在更旧的版本上运行（“GLIBC_2.xx not found”）。请在要部署的最旧系统上编译，或使用 CGO_ENABLED=0。',
  'distro.advice.systemdUnsupported': '你的 WSL（{{found}}）早于 {{min}}，无法运行 systemd；更新 WSL 即可。',
  'distro.advice.appendWindowsPath': 'Windows 的文件夹会加入 Linux 的 PATH。这很方便（code .、explorer.exe），但可能会运行到 Windows 的 go.exe 而不是 Linux 的 Go；你可以关闭它。',
  'distro.advice.networkingPolicy': '你的组织通过组策略（AllowNetworkingModeUserSetting=0）规定了 WSL 的网络模式，所以向导不建议镜像网络。',
  'distro.advice.natGuidance':
    '此 Windows（{{build}}）或 WSL（{{wsl}}）不支持镜像网络（需要内部版本 {{minBuild}}+ 且 WSL {{minWsl}}+）。默认的 NAT 模式下，Linux 访问不到 Windows 上 127.0.0.1 的代理：请在代理软件中开启“允许局域网连接”，并使用 Windows 主机地址。',
  'distro.user.problem.empty': '请输入用户名。',
  'distro.user.problem.too-long': '最多 32 个字符。',
  'distro.user.problem.uppercase': 'Linux 用户名需要小写。',
  'distro.user.problem.bad-start': '请以小写字母 a-z 开头。',
  'distro.user.problem.bad-char': '只能使用 a-z、0-9、“-” 和 “_”。',
  'distro.user.problem.reserved': '这个名字已被系统占用，请换一个。',
  'distro.password.problem.empty': '请输入密码。',
  'distro.password.problem.too-long': '最多 256 个字符。',
  'distro.password.problem.control-char': '密码不能包含换行或控制字符。',
  'distro.password.problem.unencodable': '密码里有无法识别的字符，请重新输入。',
  'distro.password.warning.short': '密码太短容易被猜到，建议 8 个字符以上。',
  'distro.password.warning.same-as-username': '密码和用户名相同。',
  'distro.user.sudoExplain': '这是在 Linux 中执行需要管理员权限的命令时 `sudo` 要求输入的密码。在那里输入时屏幕上不会显示任何字符，这是正常的。它不是你的 Windows 密码，本应用也不会保存它。',
  'distro.restart.terminate': '重启 {{name}} 后更改才会生效。现在停止它吗（wsl --terminate {{name}}）？已打开的 Linux 窗口会被关闭。',
  'distro.restart.shutdown': '重启 WSL 后更改才会生效。现在停止所有发行版吗（wsl --shutdown）？所有已打开的 Linux 窗口都会被关闭。',
  'distro.unregister.confirm': '这会删除 {{name}} 及其中的所有文件。请输入 {{name}} 以确认。',
  'distro.config.refused.encoding': '此文件不是纯 UTF-8 文本，我们不会修改它（否则无法原样保留你的内容）。请另存为 UTF-8，或让我们重新创建。',
  'distro.config.refused.markers': "文件中我们的标记已损坏（第 {{line}} 行：{{kind}}），我们不会猜测。请修复或删除 '# >>> go-wsl-setup' 这些行。",
  'distro.config.refused.badSetting': '计划写入的某项设置对此文件无效；没有做任何更改。',
  'distro.change.wslconf': '/etc/wsl.conf 中的设置',
  'distro.change.defaultUser': '/etc/wsl.conf 中的默认用户',
  'distro.change.wslconfig': '.wslconfig 中的网络设置',
};
