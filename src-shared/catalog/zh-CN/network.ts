import type { AreaWords } from '../types';

/** 网络、模块、git 与发行版工具（zh-CN）。 */
export const networkZh = {
  DNS_FAILURE: {
    title: 'WSL 中的域名解析失败',
    cause: '发行版无法把主机名解析为地址：自动生成的 /etc/resolv.conf 指向一个不响应的 DNS 服务器（使用 VPN 时常见），或者该文件被改动过。',
    fix: [
      '向导会测试 DNS，必要时写入可用的 /etc/resolv.conf，并在 /etc/wsl.conf 中设置 “generateResolvConf=false”（都会先备份）。',
      '在 Windows 11 22H2 及以上版本中，在 .wslconfig 中设置 “dnsTunneling=true” 通常能解决 VPN 下的 DNS 问题。',
      '然后运行 “wsl --shutdown” 使更改生效。',
    ],
  },
  NET_TIMEOUT: {
    title: '连接 Go 或 git 服务器超时',
    cause: '当前网络无法访问这些服务器（例如 “proxy.golang.org”、“golang.org”、“github.com”），或者只能通过 WSL 没有使用的网络代理（如 Clash）访问。',
    fix: ['向导会测量可访问的模块镜像并设置最快的一个，例如 “go env -w GOPROXY=https://goproxy.cn,direct”。', '如果你在 Windows 上使用网络代理（如 Clash），向导会让 WSL 也能访问它。'],
  },
  CONN_REFUSED_REMOTE: {
    title: '远程服务器拒绝或重置了连接',
    cause: '公网服务器（或中间的网络设备）拒绝或切断了连接；在某些网络中，谷歌托管的服务器会以这种方式被屏蔽。',
    fix: ['换用其他模块镜像：向导会测量后设置 GOPROXY（例如 “https://goproxy.cn,direct”）。', '或者让流量经过你的网络代理（如 Clash）。'],
  },
  PROXY_REFUSED: {
    title: '为 Linux 设置的网络代理没有响应',
    cause: 'Linux 被设置为使用一个网络代理，但那个地址上没有程序在监听。在 WSL 2 中，127.0.0.1 指的是发行版自己而不是 Windows，所以在 Windows 上运行的代理软件（如 Clash）并不在那里。这个设置保存在 “http_proxy” 和 “https_proxy” 变量中。',
    fix: [
      '在 Windows 上的代理软件中允许局域网连接（“允许来自局域网的连接”）。',
      '向导会让 WSL 通过 Windows 主机地址（取自默认路由）和代理端口访问代理；在 Windows 11 上也可以启用 “networkingMode=mirrored” 和 “autoProxy”。',
      '如果你并不使用网络代理，向导会删除残留的代理变量。',
    ],
  },
  PROXY_BAD_RESPONSE: {
    title: '网络代理设置指向的不是 HTTP 代理',
    cause: '网络代理返回的不是 HTTP 代理应有的响应：端口不对（例如填成了 SOCKS 端口），或者对普通 HTTP 代理使用了 “https://”。',
    fix: ['使用代理软件的 HTTP 端口，并写成 “http://” 形式，例如 “http://HOST:7890”。', '向导会在保存前测试这个设置。'],
  },
  WIN_PROXY_REFUSED: {
    title: 'Windows 的网络代理没有响应向导的下载',
    cause: 'Windows 为这个地址指定了一个代理（手动设置的代理，或代理软件提供的自动配置脚本），但那里没有任何程序应答：代理软件已关闭，或者它设置的系统代理在它退出后仍然保留。下载会像浏览器一样走这个代理，所以也失败了。',
    fix: [
      '重新启动代理软件，或者关闭它设置的系统代理（Windows 设置 > 网络 > 代理）。',
      '然后重试：向导会为每次下载重新询问 Windows 应使用哪个代理。',
    ],
  },
  WIN_PROXY_LOOPBACK: {
    title: '这台电脑上运行着网络代理软件（如 Clash）',
    cause: 'Windows 把网络流量交给本机 127.0.0.1 上的网络代理。在 WSL 2 里，127.0.0.1 指的是 Linux 自己，所以 Linux 不能直接使用这个地址。目前没有出错：这是给“Go 的网络设置”这一步的提示。',
    fix: [
      '“Go 的网络设置”这一步会把这个网络代理带进 Linux：让 Linux 通过 Windows 的地址和代理端口连接，或在 Windows 11 上开启镜像网络模式。',
      '如果代理软件询问，请允许局域网连接（“允许来自局域网的连接”）。',
    ],
  },
  TLS_UNTRUSTED: {
    title: '服务器证书不受信任',
    cause: '网络中的某个环节（公司代理、杀毒软件的 HTTPS 扫描）用自己的证书替换了原证书，而发行版不信任这个证书颁发机构。',
    fix: ['向 IT 部门索取公司或杀毒软件的根证书（.crt 文件）。', '向导会安装它：复制到 /usr/local/share/ca-certificates/ 并运行 “sudo update-ca-certificates”。', '不要关闭证书校验。'],
  },
  GOSUMDB_FAILURE: {
    title: 'Go 校验和数据库出错',
    cause: '无法访问 “sum.golang.org”，或者下载的模块与记录的校验和不一致。',
    fix: ['如果无法访问：“go env -w GOSUMDB=sum.golang.google.cn”（或通过你的 GOPROXY 访问它）。', '如果校验和不一致：运行 “go clean -modcache” 后再试；若仍不一致，说明作者改动了该版本，请向作者反馈，切勿悄悄关闭校验。'],
  },
  MODULE_NOT_FOUND: {
    title: '模块或版本不存在',
    cause: '服务器上没有所请求的模块路径或版本（标签、提交），或者它已被删除。',
    fix: ['检查导入路径和版本号的拼写。', '列出可用版本：“go list -m -versions MODULE”。', '使用已有的版本，或使用 “@latest”。'],
  },
  PRIVATE_MODULE: {
    title: '通过公共模块代理获取了私有模块',
    cause: '公共模块代理无法读取私有仓库，因此对它们返回“未找到”。',
    fix: ['告诉 Go 哪些路径是私有的：“go env -w GOPRIVATE=git.example.com/yourorg/*”。', '确保 git 能在该主机上完成身份验证（SSH 密钥或凭据）。'],
  },
  GIT_AUTH: {
    title: 'git 无法完成身份验证',
    cause: '该仓库需要登录，但 Go 禁止了交互式提示，而且没有可用的 SSH 密钥或已保存的凭据。',
    fix: ['向导可以生成 SSH 密钥，并显示需要添加到账户中的公钥。', '然后对该主机使用 SSH：“git config --global url."git@github.com:".insteadOf "https://github.com/"”。', '或者用 git 凭据助手保存访问令牌。'],
  },
  GIT_MISSING: {
    title: '没有安装 git',
    cause: 'Go 直接从代码仓库下载模块时需要 git，而本发行版中没有安装 git。',
    fix: ['向导会安装它：“sudo apt install git”。'],
  },
  MNT_PERMISSION: {
    title: '/mnt/c 上的 Linux 权限设置无效',
    cause: 'Windows 磁盘挂载时没有启用 Linux 元数据，所以在那里 “chmod” 和 “chown” 不起作用。',
    fix: ['在 Linux 主目录（~/）中工作，速度也快得多。', '或者启用元数据：向导会在 /etc/wsl.conf 的 “[automount]” 下加入 “options = "metadata"”，然后运行 “wsl --shutdown”。'],
  },
  APT_LOCKED: {
    title: '另一个软件包管理程序正在运行',
    cause: '另一个程序正在安装软件包，通常是发行版刚启动时自动运行的更新程序；apt 和 dpkg 同一时间只允许一个程序安装。',
    fix: ['等几分钟再试；向导会自己等待锁释放。', '不要删除锁文件。'],
  },
} satisfies AreaWords;
