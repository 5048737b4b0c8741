import type { AreaWords } from '../types';

/** The Go toolchain inside the distro (en). */
export const goEn = {
  GO_NOT_FOUND: {
    title: 'The shell cannot find “go”',
    cause: 'Go is not installed in this distribution, or its bin folder (/usr/local/go/bin) is not on PATH for this kind of shell (login or not, bash or zsh).',
    fix: ['The wizard installs Go if it is missing.', 'It adds /usr/local/go/bin and $(go env GOPATH)/bin to PATH in ~/.profile, ~/.bashrc and ~/.zshrc (a marked block, with backups).', 'Open a new terminal afterwards.'],
  },
  GO_WRONG_VERSION: {
    title: 'An old or unexpected Go is being used',
    cause: 'The “go” command that runs is not the one you installed: often the distribution\'s old golang-go package comes first on PATH, or the Go in use predates what the project needs (modules, embed, generics ...).',
    fix: ['Check with “which -a go” and “go version”.', 'The wizard removes the apt package (“sudo apt remove golang-go”) if you agree, and puts /usr/local/go/bin first on PATH.', 'Open a new terminal.'],
  },
  GO_TOOLCHAIN_DOWNLOAD: {
    title: 'go.mod asks for a Go toolchain that cannot be downloaded',
    cause: 'The module\'s go or toolchain line requires a newer Go; the installed go tries to download it (GOTOOLCHAIN=auto) and fails, or the version line is not valid (e.g. “go 1.22” without a patch number for a toolchain download).',
    fix: ['The wizard installs the requested Go version directly.', 'Or keep the installed Go: “export GOTOOLCHAIN=local” and lower the go line in go.mod if the project allows it.', 'If the download failed on the network, set a reachable GOPROXY (e.g. https://goproxy.cn,direct).'],
  },
  GOROOT_INVALID: {
    title: 'GOROOT points to a missing or wrong folder',
    cause: 'GOROOT is set (in an init file or “go env -w”) to a folder that does not contain this Go, or the go binary cannot find its own tree.',
    fix: ['Remove the GOROOT export from ~/.bashrc / ~/.profile and run “go env -u GOROOT”: the go binary finds its own tree.', 'Open a new terminal and check “go env GOROOT”.'],
  },
  GO_WRONG_ARCH: {
    title: 'The Go binary is for another processor type',
    cause: 'The downloaded Go (or program) was built for a different architecture (e.g. 386 or arm64 on an x86-64 distro, or 32-bit on WSL 1), so Linux cannot run it.',
    fix: ['The wizard downloads the linux-amd64 (or linux-arm64 on ARM PCs) archive that matches “uname -m”.', 'Remove the wrong install first: “sudo rm -rf /usr/local/go”.'],
  },
  GO_TARBALL_CORRUPT: {
    title: 'The downloaded Go archive is damaged',
    cause: 'The file is incomplete or is not the archive at all (for example an HTML error page saved by a proxy), so tar/gzip cannot unpack it.',
    fix: ['The wizard downloads it again and checks its SHA-256 against go.dev before unpacking.', 'If it keeps failing, choose another mirror (the wizard offers the fastest reachable one).'],
  },
  GO_INSTALL_EXTRACT_OVER: {
    title: 'A new Go was unpacked over an old one',
    cause: 'Extracting a Go archive into an existing /usr/local/go mixes files of two versions, which produces strange compile errors.',
    fix: ['Remove the old tree first: “sudo rm -rf /usr/local/go”, then unpack the new archive.', 'The wizard always installs into a fresh folder and swaps it in.'],
  },
  SUDO_SECURE_PATH: {
    title: '“go” works for you but not under sudo',
    cause: 'sudo replaces PATH with its own secure_path, which does not include /usr/local/go/bin.',
    fix: ['Do not use sudo for go commands: Go does not need root for building or installing tools.', 'If you must, call it by full path: “sudo /usr/local/go/bin/go ...”.', 'Using sudo with go also leaves root-owned files in your module cache.'],
  },
  GOBIN_NOT_IN_PATH: {
    title: 'Tools installed with “go install” are not on PATH',
    cause: '“go install” puts programs in $(go env GOPATH)/bin (usually ~/go/bin), which is not on PATH.',
    fix: ['The wizard adds $(go env GOPATH)/bin to PATH in your shell init files.', 'Open a new terminal and run the tool again.'],
  },
  MISSING_GOSUM: {
    title: 'go.sum is missing entries',
    cause: 'A dependency is used but its checksum is not recorded in go.sum.',
    fix: ['Run “go mod tidy” in the module folder, then build again.'],
  },
  GOENV_OVERRIDDEN_BY_OS_ENV: {
    title: 'An environment variable overrides your “go env -w” setting',
    cause: 'The same variable (e.g. GOPROXY) is exported in a shell init file; exported variables win over “go env -w”.',
    fix: ['Remove the export line from ~/.bashrc, ~/.profile or ~/.zshrc (the wizard shows which file).', 'Open a new terminal; “go env GOPROXY” then shows the “go env -w” value.'],
  },
  GOPATH_MODULE_MODE: {
    title: 'The command ran outside a Go module',
    cause: 'There is no go.mod in this folder or its parents, so Go does not know which module to build.',
    fix: ['Change into the project folder (the one with go.mod).', 'For a new project run “go mod init example.com/hello”.', 'To install a tool use “go install path@latest” instead of “go get”.'],
  },
  CGO_NO_GCC: {
    title: 'cgo needs a C compiler that is not installed',
    cause: 'The package (or -race) uses cgo, which needs gcc; since Go 1.20 cgo is silently off when no C compiler exists, so the failure may show only at run time.',
    fix: ['The wizard installs the compiler: “sudo apt install build-essential”.', 'Then build again.'],
  },
  GLIBC_MISMATCH: {
    title: 'The program was built for a newer glibc',
    cause: 'The binary was compiled on a system with a newer C library than this distribution has.',
    fix: ['Build it inside this distribution: “go build”.', 'Or build a static binary: “CGO_ENABLED=0 go build”.', 'Or use a newer distribution release.'],
  },
  MODCACHE_PERMISSION: {
    title: 'The Go module cache is not writable',
    cause: 'Files in the module or build cache belong to another user, usually root after a “sudo go ...”.',
    fix: ['Give the cache back to your user: “sudo chown -R "$USER": "$(go env GOMODCACHE)" "$(go env GOCACHE)"”.', 'Avoid running go with sudo.'],
  },
} satisfies AreaWords;
