import type { Context, Hit, Rule } from '../types';
import { hit } from './util';

/**
 * The Go toolchain inside the distro: finding it, its version, its files.
 * Go's own error phrases are stable across releases and never translated.
 */
interface NotFound {
  name: string;
  line: string;
  viaSudo: boolean;
}

const NOT_FOUND: RegExp[] = [
  /^(sudo): ([\w.+-]+): command not found/,
  // zsh names the command after the phrase; it must be tried before the bash form would take "zsh" for the name.
  /command not found: ([\w.+-]+)/,
  // Anchored: "server response: Not Found" (an HTTP 404 echoed by go) is not a shell saying a command is missing.
  /^\s*(?:(?:-?bash|zsh|sh|fish|dash)(?:: line \d+)?: )?([\w.+/-]+): (?:command )?not found\b/i,
  // bash and zsh in other display languages: the name stays, the phrase is translated.
  /^\s*(?:(?:-?bash|zsh|sh): )?([\w.+/-]+): (?:Befehl nicht gefunden|commande introuvable|команда не найдена|未找到命令|找不到命令|コマンドが見つかりません|comando não encontrado|orden no encontrada|no se encontró la orden|comando non trovato|nie znaleziono polecenia|komut bulunamadı)/i,
  // Ubuntu's command-not-found handler answers in bash's place.
  /The program '([\w.+-]+)' is currently not installed|Command '([\w.+-]+)' not found, but can be installed/,
  /Command '([\w.+-]+)' not found/,
  /^make(?:\[\d+\])?: ([\w.+-]+): (?:Command not found|No such file or directory)/,
  /'([\w.+-]+)' is not recognized as an internal or external command/,
  /The term '([\w.+-]+)' is not recognized/,
];

export function commandsNotFound(ctx: Context): NotFound[] {
  const out: NotFound[] = [];
  for (const line of ctx.lines) {
    for (const re of NOT_FOUND) {
      const m = re.exec(line);
      if (!m) continue;
      const viaSudo = m[1] === 'sudo';
      const name = (viaSudo ? m[2] : (m[1] ?? m[2])) ?? '';
      const base = name.split('/').pop() ?? name;
      if (base && !out.some((o) => o.name === base)) out.push({ name: base, line, viaSudo });
      break;
    }
  }
  return out;
}

const GO_TOOLS = /^(?:gopls|dlv|golangci-lint|staticcheck|goimports|gofumpt|air|protoc-gen-go|protoc-gen-go-grpc|wire|swag|mockgen|cobra-cli|migrate|templ|buf|goreleaser|gotests|impl|revive|errcheck|godoc|golint|richgo|gox|kratos|goctl|hugo)$/;

const goMissing: Rule = (ctx) => {
  const hits: Hit[] = [];
  const installed = [...ctx.commands, ...ctx.lines].filter((l) => /\bgo (?:get|install)\b/.test(l));
  for (const nf of commandsNotFound(ctx)) {
    if (nf.name === 'go' || nf.name === 'gofmt') {
      if (nf.viaSudo) {
        hits.push(hit('SUDO_SECURE_PATH', 0.95, nf.line));
        continue;
      }
      const sudoCmd = ctx.commands.find((c) => /^sudo\s/.test(c));
      if (sudoCmd) {
        // Go answers outside sudo in the same paste: only sudo's PATH lacks it.
        const works = ctx.first(/^go version go\d/);
        hits.push(hit('SUDO_SECURE_PATH', works ? 0.9 : 0.8, nf.line, sudoCmd, works));
        hits.push(hit('GO_NOT_FOUND', 0.6, nf.line));
      } else {
        hits.push(hit('GO_NOT_FOUND', 0.9, nf.line));
      }
      continue;
    }
    if (['git', 'gcc', 'cc', 'wsl', 'wsl.exe'].includes(nf.name)) continue;
    // The tool's path ends the module path: ".../gb/...", ".../ginkgo`", ".../cli@latest".
    const byThisInstall = installed.find((l) => new RegExp(`/${nf.name.replace(/[.+]/g, '\\$&')}(?:/cmd/[\\w-]+)?(?:/\\.\\.\\.)?(?:@\\S*)?(?=[\\s\`'")]|$)`).test(l));
    if (byThisInstall) hits.push(hit('GOBIN_NOT_IN_PATH', 0.9, nf.line, byThisInstall));
    else if (GO_TOOLS.test(nf.name)) hits.push(hit('GOBIN_NOT_IN_PATH', 0.72, nf.line));
    else if (installed.length > 0) hits.push(hit('GOBIN_NOT_IN_PATH', 0.62, nf.line, installed[0]));
  }
  return hits;
};

const goroot: Rule = (ctx) => {
  const line = ctx.first(/cannot find GOROOT directory|GOROOT (?:\S+ )?(?:does not exist|is not a directory)|go: cannot find GOROOT|GOROOT=\S* is not a valid/i);
  return line ? [hit('GOROOT_INVALID', 0.93, line)] : [];
};

const arch: Rule = (ctx) => {
  const exec = ctx.first(/Exec format error|cannot execute binary file/i);
  if (exec) return [hit('GO_WRONG_ARCH', 0.9, exec)];
  // The file is there but the loader for its architecture is not.
  const missing = ctx.first(/\/go\/bin\/go: (?:No such file or directory|cannot execute)/);
  return missing ? [hit('GO_WRONG_ARCH', 0.55, missing)] : [];
};

const tarball: Rule = (ctx) => {
  const line = ctx.first(/gzip: stdin: (?:not in gzip format|unexpected end of file)|tar: Child returned status|tar: Error is not recoverable|tar: Unexpected EOF|computed checksum did NOT match|sha256sum: WARNING|This does not look like a tar archive/i);
  return line ? [hit('GO_TARBALL_CORRUPT', 0.9, line)] : [];
};

const extractOver: Rule = (ctx) => {
  const line = ctx.first(/version "go[\d.]+\S*" does not match go tool version "go[\d.]+|object is \[go[\d.]+ .*\] expected \[go[\d.]+|\/usr\/local\/go\/src\/\S+: .*redeclared in this block|compile: version "go[\d.]+" does not match/);
  return line ? [hit('GO_INSTALL_EXTRACT_OVER', 0.88, line)] : [];
};

const NEW_STD_NAMES = 'embed|slices|maps|cmp|io/fs|log/slog|iter|unique|math/rand/v2|crypto/ecdh|net/netip|runtime/coverage';
const NEW_STD = new RegExp(`package (?:${NEW_STD_NAMES})(?:/\\S*)? is not in (?:GOROOT|std)`);

const wrongVersion: Rule = (ctx) => {
  const hits: Hit[] = [];
  const std = ctx.first(NEW_STD);
  if (std) hits.push(hit('GO_WRONG_VERSION', 0.88, std));
  // A standard package the installed Go predates, however the old Go words it (GOROOT lookup, GOPATH lookup, module path).
  const stdTooNew = ctx.first(new RegExp(`(?:cannot find package|cannot load|malformed module path) "?(?:${NEW_STD_NAMES})"?(?:[: ]|$)`));
  if (stdTooNew) hits.push(hit('GO_WRONG_VERSION', 0.92, stdTooNew));
  // go.mod written by a newer Go: directives or version forms an older Go (or an old x/mod in a tool) does not know.
  const directive = ctx.first(/go\.mod:\d+: unknown directive: (?:toolchain|godebug|tool|ignore)\b|invalid go version '\d+\.\d+\.\d+': must match format|go\.mod:\d+: invalid go version/);
  if (directive) hits.push(hit('GO_WRONG_VERSION', 0.86, directive));
  const requires = ctx.first(/requires go >= ?[\d.]+ \(running go [\d.]+|note: module requires Go [\d.]+/i);
  if (requires) hits.push(hit('GO_WRONG_VERSION', /running go/.test(requires) ? 0.85 : 0.75, requires));
  // GOPATH-mode lookups of a modules project: a Go without module support (apt's go-1.10 on Ubuntu 18.04).
  const gopathLookup = ctx.first(/\(from \$GOROOT\)/);
  if (gopathLookup) {
    const apt = /\/usr\/lib\/go-1\.(\d+)\//.exec(gopathLookup);
    const old = apt !== null && Number(apt[1]) < 13;
    hits.push(hit('GO_WRONG_VERSION', old ? 0.86 : 0.68, ctx.first(/cannot find package/), gopathLookup));
  }
  hits.push(...preModuleEnv(ctx));
  return hits;
};

/** A `go env` dump without any module-era variable comes from a Go older than 1.11. */
function preModuleEnv(ctx: Context): Hit[] {
  const vars = ctx.lines.filter((l) => /^\s*(?:set\s+)?GO[A-Z0-9_]*=/.test(l));
  if (vars.length < 6) return [];
  if (vars.some((l) => /^\s*(?:set\s+)?(?:GOMOD|GO111MODULE|GOPROXY|GOFLAGS|GOVERSION)=/.test(l))) return [];
  return [hit('GO_WRONG_VERSION', 0.66, ctx.first(/^go version go\d/), 'go env has no GOMOD/GOPROXY: a Go without module support')];
}

const toolchain: Rule = (ctx) => {
  const hits: Hit[] = [];
  const na = ctx.first(/toolchain not available/);
  if (na) hits.push(hit('GO_TOOLCHAIN_DOWNLOAD', 0.93, na));
  const dl = ctx.first(/^go: download go[\d.]+\S* for \S+: |golang\.org\/toolchain@\S+.*(?:error|timeout|refused|reset|not found|404)|go: switching to go[\d.]+\S*: /);
  if (dl) hits.push(hit('GO_TOOLCHAIN_DOWNLOAD', 0.9, dl));
  const invalid = ctx.first(/invalid go version '[^']*'|invalid toolchain/);
  if (invalid) hits.push(hit('GO_TOOLCHAIN_DOWNLOAD', 0.8, invalid));
  return hits;
};

const modules: Rule = (ctx) => {
  const hits: Hit[] = [];
  const sum = ctx.first(/missing go\.sum entry/);
  if (sum) hits.push(hit('MISSING_GOSUM', 0.95, sum));
  const env = ctx.first(/does not override conflicting OS environment variable/);
  if (env) hits.push(hit('GOENV_OVERRIDDEN_BY_OS_ENV', 0.95, env));
  const outside = ctx.first(/go\.mod file not found in current directory or any parent directory|cannot find main module|'go get' is no longer supported outside a module|modules disabled by GO111MODULE=off|outside main module or its selected dependencies/);
  if (outside) hits.push(hit('GOPATH_MODULE_MODE', 0.9, outside));
  return hits;
};

const cgo: Rule = (ctx) => {
  const line = ctx.first(/exec: "(?:gcc|cc|g\+\+|clang)": executable file not found|C compiler "?[\w.+-]+"? not found|requires cgo|cgo: C compiler|This is a stub|cgo: exec (?:gcc|cc)|(?:gcc|cc): (?:command )?not found/);
  return line ? [hit('CGO_NO_GCC', 0.92, line)] : [];
};

const glibc: Rule = (ctx) => {
  const line = ctx.first(/version [`'‘]GLIBC_[\d.]+['’`] not found/);
  return line ? [hit('GLIBC_MISMATCH', 0.95, line)] : [];
};

const permissions: Rule = (ctx) => {
  const hits: Hit[] = [];
  const mnt = ctx.first(/\/mnt\/[a-z]\/\S*.*(?:Operation not permitted|permission denied)/i);
  if (mnt) hits.push(hit('MNT_PERMISSION', 0.85, mnt));
  const cache = ctx.first(/(?:pkg\/mod|\.cache\/go-build)\S*: permission denied|rename \S+\.tmp-\d+\S*.*permission denied|go: (?:writing|creating) .*(?:pkg\/mod|go-build).*permission denied/i);
  if (cache) hits.push(hit('MODCACHE_PERMISSION', 0.88, cache));
  return hits;
};

export const goRules: Rule[] = [goMissing, goroot, arch, tarball, extractOver, wrongVersion, toolchain, modules, cgo, glibc, permissions];
