import type { AreaWords } from '../types';

/** 发行版中的 Go 工具链（zh-CN）。 */
export const goZh = {
  GO_NOT_FOUND: {
    title: '终端找不到 “go” 命令',
    cause: '此发行版中没有安装 Go，或者 Go 的程序目录（/usr/local/go/bin）不在当前这类终端（登录或非登录、bash 或 zsh）的 PATH 中。',
    fix: ['如果缺少 Go，向导会安装它。', '向导会在 ~/.profile、~/.bashrc 和 ~/.zshrc 中把 /usr/local/go/bin 和 $(go env GOPATH)/bin 加入 PATH（带标记的配置块，并先备份）。', '完成后请打开一个新终端。'],
  },
  GO_WRONG_VERSION: {
    title: '正在使用的 Go 版本过旧或不是预期的那个',
    cause: '实际运行的 “go” 命令不是你安装的那个：常见原因是发行版自带的旧 “golang-go” 软件包在 PATH 中排在前面，或者当前 Go 太旧，不支持项目需要的功能（模块、嵌入文件、泛型等）。',
    fix: ['用 “which -a go” 和 “go version” 检查。', '经你同意后，向导会删除该软件包（“sudo apt remove golang-go”），并把 /usr/local/go/bin 放到 PATH 最前面。', '然后打开一个新终端。'],
  },
  GO_TOOLCHAIN_DOWNLOAD: {
    title: 'go.mod 要求的 Go 工具链无法下载',
    cause: '模块的 “go” 或 “toolchain” 行要求更新的 Go；已安装的 Go 尝试自动下载（“GOTOOLCHAIN=auto”）但失败了，或者版本行无效（例如自动下载时 “go 1.22” 缺少补丁版本号）。',
    fix: ['向导会直接安装所要求的 Go 版本。', '或者继续使用已安装的 Go：设置 “export GOTOOLCHAIN=local”，并在项目允许时调低 go.mod 中的版本行。', '如果是网络导致下载失败，请设置可访问的 GOPROXY（例如 “https://goproxy.cn,direct”）。'],
  },
  GOROOT_INVALID: {
    title: 'GOROOT 指向不存在或错误的目录',
    cause: 'GOROOT 被设置为（在启动文件中或通过 “go env -w”）一个不包含当前 Go 的目录，或者 Go 程序找不到它自己的安装目录。',
    fix: ['从 ~/.bashrc 或 ~/.profile 中删除 GOROOT 的设置，并运行 “go env -u GOROOT”：Go 程序会自己找到安装目录。', '打开新终端，用 “go env GOROOT” 检查。'],
  },
  GO_WRONG_ARCH: {
    title: 'Go 程序的处理器架构不对',
    cause: '下载的 Go（或程序）是为其他架构编译的（例如在 64 位发行版上用了 386 或 arm64 版本，或在 WSL 1 上用了 32 位程序），Linux 无法运行它。',
    fix: ['向导会按照 “uname -m” 的结果下载对应的 “linux-amd64”（ARM 电脑为 “linux-arm64”）压缩包。', '先删除错误的安装：“sudo rm -rf /usr/local/go”。'],
  },
  GO_TARBALL_CORRUPT: {
    title: '下载的 Go 压缩包已损坏',
    cause: '文件不完整，或者根本不是压缩包（例如代理保存下来的错误网页），tar 或 gzip 无法解压。',
    fix: ['向导会重新下载，并在解压前用 go.dev 公布的 SHA-256 校验。', '如果一直失败，请换一个镜像（向导会推荐当前最快且可访问的镜像）。'],
  },
  GO_INSTALL_EXTRACT_OVER: {
    title: '新版 Go 被解压到了旧版目录上',
    cause: '把 Go 压缩包解压到已有的 /usr/local/go 会混合两个版本的文件，导致奇怪的编译错误。',
    fix: ['先删除旧目录：“sudo rm -rf /usr/local/go”，再解压新的压缩包。', '向导总是先安装到全新的目录，再整体替换。'],
  },
  SUDO_SECURE_PATH: {
    title: '“go” 在普通用户下可用，在 sudo 下不可用',
    cause: 'sudo 会把 PATH 换成它自己的 “secure_path”，其中不包含 /usr/local/go/bin。',
    fix: ['不要用 sudo 运行 go 命令：编译和安装工具都不需要 root 权限。', '如果必须使用，请写完整路径：“sudo /usr/local/go/bin/go ...”。', '用 sudo 运行 go 还会在模块缓存中留下属于 root 的文件。'],
  },
  GOBIN_NOT_IN_PATH: {
    title: '用 “go install” 安装的工具不在 PATH 中',
    cause: '“go install” 把程序放在 $(go env GOPATH)/bin（通常是 ~/go/bin），而该目录不在 PATH 中。',
    fix: ['向导会在终端启动文件中把 $(go env GOPATH)/bin 加入 PATH。', '打开新终端后再运行该工具。'],
  },
  MISSING_GOSUM: {
    title: 'go.sum 缺少条目',
    cause: '项目用到了某个依赖，但 go.sum 中没有记录它的校验和。',
    fix: ['在模块目录中运行 “go mod tidy”，然后重新编译。'],
  },
  GOENV_OVERRIDDEN_BY_OS_ENV: {
    title: '环境变量覆盖了 “go env -w” 的设置',
    cause: '同名变量（例如 GOPROXY）在终端启动文件中被导出；导出的环境变量优先于 “go env -w” 的设置。',
    fix: ['从 ~/.bashrc、~/.profile 或 ~/.zshrc 中删除那一行导出语句（向导会指出是哪个文件）。', '打开新终端，“go env GOPROXY” 就会显示 “go env -w” 设置的值。'],
  },
  GOPATH_MODULE_MODE: {
    title: '命令是在 Go 模块之外运行的',
    cause: '当前目录及其上级目录中都没有 go.mod，Go 不知道要编译哪个模块。',
    fix: ['进入项目目录（含有 go.mod 的目录）。', '新项目请运行 “go mod init example.com/hello”。', '安装工具请用 “go install path@latest”，而不是 “go get”。'],
  },
  CGO_NO_GCC: {
    title: 'cgo 需要的 C 编译器没有安装',
    cause: '该软件包（或 “-race” 选项）使用 cgo，需要 gcc；从 Go 1.20 起，没有 C 编译器时 cgo 会被悄悄关闭，所以错误可能到运行时才出现。',
    fix: ['向导会安装编译器：“sudo apt install build-essential”。', '然后重新编译。'],
  },
  GLIBC_MISMATCH: {
    title: '程序是针对更新的 glibc 编译的',
    cause: '这个程序是在 C 库版本比本发行版更新的系统上编译的。',
    fix: ['在本发行版中重新编译：“go build”。', '或者编译静态程序：“CGO_ENABLED=0 go build”。', '或者换用更新的发行版版本。'],
  },
  MODCACHE_PERMISSION: {
    title: 'Go 模块缓存不可写',
    cause: '模块缓存或编译缓存中的文件属于其他用户，通常是执行 “sudo go ...” 之后属于 root。',
    fix: ['把缓存交还给当前用户：“sudo chown -R "$USER": "$(go env GOMODCACHE)" "$(go env GOCACHE)"”。', '不要用 sudo 运行 go。'],
  },
} satisfies AreaWords;
