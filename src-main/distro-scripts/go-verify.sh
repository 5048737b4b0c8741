#!/usr/bin/env bash
# Prove Go works in fresh shells of every kind the user will open.
#
#   go-verify.sh --user NAME [--hello]
#
# Needs lib-go.sh prepended. Runs as root so it can start the shells as the
# user (runuser) and read sudoers. Shells: `bash -lc` (login: /etc/profile ->
# /etc/profile.d), `bash -ic` (interactive: ~/.bashrc), `zsh -ic` when zsh is
# installed. Each prints what `go` resolves to, its version and GOROOT, whether
# $(go env GOPATH)/bin is on PATH, and with --hello the output of `go run` of a
# fresh hello-world module.
#
# With GWS_ROOT set (tests), the shells run in a private mount namespace where
# ROOT/usr/local, ROOT/etc/profile.d and ROOT/home are bind-mounted over the
# real ones, so the real /etc/profile and bash read the sandbox's files.
set -euo pipefail
shopt -s inherit_errexit nullglob
declare -F gws_emit >/dev/null || { echo 'go-verify.sh: lib-go.sh must be sent first' >&2; exit 2; }

ROOT="${GWS_ROOT:-}"
home='' user='' hello=no
while [ $# -gt 0 ]; do
  case $1 in
    --home) home=${2-}; shift 2 ;;
    --user) user=${2-}; shift 2 ;;
    --hello) hello=yes; shift ;;
    *) gws_fail BAD_ARGS "unknown argument: $1" ;;
  esac
done
home=$(gws_resolve_home "$home" "$user")
[[ $home == /* ]] || gws_fail BAD_ARGS 'need --user NAME: a user with a home in the passwd database (--home DIR only in a test sandbox)'
[ -n "$ROOT" ] || [ -n "$user" ] || gws_fail BAD_ARGS '--user is required on a real distro'
[ -z "$user" ] || [[ $user =~ ^[a-z_][a-z0-9_-]{0,31}$ ]] || gws_fail BAD_ARGS "not a user name: $user"

# What runs inside each fresh shell. Fixed text: data reaches it only through
# the environment (GWS_HELLO).
# shellcheck disable=SC2016
probe='p=$(command -v go) || { echo "GWSV nogo"; exit 0; }
printf "GWSV path %s\n" "$p"
printf "GWSV version %s\n" "$(go version 2>&1)"
printf "GWSV goroot %s\n" "$(go env GOROOT 2>&1)"
gp=$(go env GOPATH 2>/dev/null); gp=${gp%%:*}
case ":$PATH:" in *":$gp/bin:"*) echo "GWSV gobin yes" ;; *) echo "GWSV gobin no" ;; esac
if [ -n "${GWS_HELLO:-}" ]; then
  out=$(cd "$GWS_HELLO" && go run . 2>&1); rc=$?
  printf "GWSV hello %s %s\n" "$rc" "$(printf "%s" "$out" | tail -n 1)"
fi'

# Enter the sandbox view of the filesystem, then exec the shell. Fixed text;
# the root comes in as $1.
# shellcheck disable=SC2016
enter='set -e; r=$1; shift
mount --bind "$r/usr/local" /usr/local
mount --bind "$r/etc/profile.d" /etc/profile.d
mount --bind "$r/home" /home
exec "$@"'

# PATH the shells start from: what this process got (in WSL that includes the
# appended Windows PATH), minus anything Go-related, so only init files can add Go.
base_path=''
IFS=: read -r -a dirs <<<"${PATH:-/usr/bin:/bin}"
for d in "${dirs[@]}"; do
  case $d in /usr/local/go/bin | */go/bin | '') continue ;; esac
  base_path+="${base_path:+:}$d"
done

hello_dir=''
cleanup() { [ -z "$hello_dir" ] || rm -rf -- "$hello_dir"; }
trap cleanup EXIT
if [ "$hello" = yes ]; then
  hello_dir=$(mktemp -d /tmp/gws-hello.XXXXXX)
  printf 'module example.com/hello\n\ngo 1.16\n' >"$hello_dir/go.mod"
  printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello from go-wsl-setup") }\n' >"$hello_dir/main.go"
  [ -z "$user" ] || [ -n "$ROOT" ] || chown -R "$user" "$hello_dir"
fi

run_shell() {
  local env_args=(HOME="$home" USER="${user:-root}" LOGNAME="${user:-root}" PATH="$base_path" TERM=dumb LANG=C.UTF-8 GWS_HELLO="$hello_dir")
  if [ -n "$ROOT" ]; then
    mkdir -p -- "$ROOT/usr/local" "$ROOT/etc/profile.d" "$ROOT/home"
    timeout 180 unshare --mount --propagation private -- bash -c "$enter" gws-enter "$ROOT" \
      env -i "${env_args[@]}" "$@" "$probe" </dev/null 2>/dev/null
  else
    # WSL_* variables keep interop (and so the Windows PATH) working for the user.
    timeout 180 runuser -u "$user" -- env -i "${env_args[@]}" \
      WSL_DISTRO_NAME="${WSL_DISTRO_NAME:-}" WSL_INTEROP="${WSL_INTEROP:-}" "$@" "$probe" </dev/null 2>/dev/null
  fi
}

check_shell() {
  local name=$1 out rc=0 path='' version='' goroot='' gobin='' hello_rc='' hello_out='' line
  shift
  out=$(run_shell "$@") || rc=$?
  while IFS= read -r line; do
    case $line in
      'GWSV path '*) path=${line#GWSV path } ;;
      'GWSV version '*) version=${line#GWSV version } ;;
      'GWSV goroot '*) goroot=${line#GWSV goroot } ;;
      'GWSV gobin '*) gobin=${line#GWSV gobin } ;;
      'GWSV hello '*)
        line=${line#GWSV hello }
        hello_rc=${line%% *}
        hello_out=${line#* }
        ;;
    esac
  done <<<"$out"
  gws_emit shell "$name" "$rc" "$path" "$version" "$goroot" "$gobin" "$hello_rc" "$hello_out"
}

gws_phase verify-shells
check_shell bash-login bash -lc
check_shell bash-interactive bash -ic
if command -v zsh >/dev/null 2>&1; then
  check_shell zsh-interactive zsh -ic
else
  gws_emit shell-missing zsh
fi

# sudo resets PATH to secure_path, which never holds /usr/local/go/bin.
if command -v sudo >/dev/null 2>&1 || [ -f "$ROOT/etc/sudoers" ]; then
  sp=$(cat -- "$ROOT/etc/sudoers" "$ROOT"/etc/sudoers.d/* 2>/dev/null |
    sed -n 's/^[[:space:]]*Defaults[[:space:]]\{1,\}secure_path[[:space:]]*=[[:space:]]*//p' | tail -n 1 | tr -d '"')
  has=no
  case ":$sp:" in *:/usr/local/go/bin:*) has=yes ;; esac
  gws_emit sudo "${sp:-unset}" "$has"
fi
gws_emit end verify
