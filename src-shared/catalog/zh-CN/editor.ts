import type { AreaWords } from '../types';

/** 编辑器步骤的 Windows 部分：VS Code、winget 和 VS Code 命令行（zh-CN）。 */
export const editorZh = {
  VSCODE_NO_WINGET: {
    title: '没有安装 VS Code，也没有可用的 “winget”',
    cause: '这台 Windows 上没有 “winget”（Windows 程序包管理器，属于“应用安装程序”）：Windows 10 LTSC 和 Windows Server 不带它，有些公司的系统镜像也会删掉它。所以向导无法自动安装 VS Code。',
    fix: ['从 https://code.visualstudio.com/Download 下载 Windows 的“用户安装程序”并运行（不需要管理员权限）。', '安装完回到这里，点“重新检查”：向导会自动找到新装的 VS Code。'],
  },
  VSCODE_WINGET_NETWORK: {
    title: '“winget” 无法下载 VS Code',
    cause: '“winget” 既没能下载它的软件包列表，也没能下载 VS Code：网络、Windows 不知道的代理或防火墙挡住了它（错误码如 0x80072efd “InternetOpenUrl() failed” 或 0x8a15000f “Data required by the source is missing”）。',
    fix: ['在浏览器里确认这台电脑能打开 https://code.visualstudio.com；如果用代理软件，请打开它的“系统代理”选项。', '再点一次“安装 VS Code”：这种错误常常是暂时的。', '或者从 https://code.visualstudio.com/Download 下载用户安装程序并运行，然后点“重新检查”。'],
  },
  VSCODE_WINGET_FAILED: {
    title: '“winget” 安装 VS Code 失败',
    cause: '“winget” 找到了 VS Code，但安装过程以错误结束（显示的几行是 “winget” 自己的输出）。',
    fix: ['关闭所有 VS Code 窗口后再试一次。', '或者从 https://code.visualstudio.com/Download 下载用户安装程序并运行，然后点“重新检查”。'],
  },
  VSCODE_MARKETPLACE_UNREACHABLE: {
    title: 'VS Code 连不上扩展市场（Marketplace）',
    cause: 'VS Code 命令行自己从 “marketplace.visualstudio.com” 下载扩展，但没有连上：域名解析失败、连接超时，或者被代理挡住。除非在 VS Code 的 “http.proxy” 设置里写明代理，命令行不会走代理。',
    fix: ['如果需要代理，在 VS Code 里设置：文件 > 首选项 > 设置，搜索 “http.proxy”，填入网络步骤找到的代理地址。', '或者在 VS Code 里安装扩展：打开扩展视图，搜索 WSL，点“安装”。'],
  },
  VSCODE_CLI_FAILED: {
    title: 'VS Code 命令没有成功',
    cause: 'VS Code 命令行以错误结束（显示的几行是它自己的输出）。',
    fix: ['关闭所有 VS Code 窗口，再点一次按钮。', '如果 VS Code 刚刚更新过，请重启一次 Windows，然后点“重新检查”。'],
  },
} satisfies AreaWords;
