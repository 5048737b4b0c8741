#!/usr/bin/env bash
# Put Go on PATH for every kind of shell, or take it off again.
#
#   go-path.sh apply  --user NAME [--zsh auto|yes|no]
#   go-path.sh remove --user NAME
#
# Needs lib-go.sh prepended. Runs as root; files in the home keep its owner.
#  - /etc/profile.d/go.sh: login shells (bash -l, sh -l) via /etc/profile;
#  - a marked block in ~/.bashrc: interactive non-login bash (every new tab of
#    Windows Terminal after the first, `bash -i`, VS Code terminals);
#  - the same block in ~/.zshrc when zsh is installed (zsh never reads
#    /etc/profile.d).
# /usr/local/go/bin goes first so it beats an apt golang-go (/usr/bin/go) the
# user chose to keep; $(go env GOPATH)/bin goes last so tools installed with
# `go install` run. No GOROOT export: the go binary finds its own tree, and a
# stale GOROOT is the usual cause of "cannot find GOROOT directory".
set -euo pipefail
shopt -s inherit_errexit
declare -F gws_emit >/dev/null || { echo 'go-path.sh: lib-go.sh must be sent first' >&2; exit 2; }

ROOT="${GWS_ROOT:-}"
action=${1-}
shift || true
home='' user='' zsh_mode=auto
while [ $# -gt 0 ]; do
  case $1 in
    --home) home=${2-}; shift 2 ;;
    --user) user=${2-}; shift 2 ;;
    --zsh) zsh_mode=${2-}; shift 2 ;;
    *) gws_fail BAD_ARGS "unknown argument: $1" ;;
  esac
done
home=$(gws_resolve_home "$home" "$user")
[[ $home == /* ]] || gws_fail BAD_ARGS 'need --user NAME: a user with a home in the passwd database (--home DIR only in a test sandbox)'
[[ $zsh_mode =~ ^(auto|yes|no)$ ]] || gws_fail BAD_ARGS '--zsh must be auto, yes or no'
home_dir="$ROOT$home"
[ -d "$home_dir" ] || gws_fail BAD_ARGS "home directory not found: $home"
owner=$(gws_owner_of "$home_dir")
profile_d="$ROOT/etc/profile.d/go.sh"
# Temp files of an earlier run that was killed mid-write (see gws_atomic_write).
rm -f -- "$home_dir"/.gws-tmp.* "$ROOT/etc/profile.d"/.gws-tmp.* 2>/dev/null || true

# POSIX sh on purpose: /etc/profile.d is read by dash too.
block_body() {
  cat <<'BLOCK'
# Go from go-wsl-setup. Remove this block (or run the wizard's uninstall) to undo.
case ":$PATH:" in *:/usr/local/go/bin:*) ;; *) PATH="/usr/local/go/bin:$PATH" ;; esac
if command -v go >/dev/null 2>&1; then
  __gws_gopath=$(go env GOPATH 2>/dev/null) || __gws_gopath=
  __gws_gopath=${__gws_gopath%%:*}
  if [ -n "$__gws_gopath" ]; then
    case ":$PATH:" in *:"$__gws_gopath/bin":*) ;; *) PATH="$PATH:$__gws_gopath/bin" ;; esac
  fi
  unset __gws_gopath
fi
export PATH
BLOCK
}

want_zsh() {
  case $zsh_mode in
    yes) return 0 ;;
    no) return 1 ;;
  esac
  command -v zsh >/dev/null 2>&1 || [ -x "$ROOT/usr/bin/zsh" ] || [ -x "$ROOT/bin/zsh" ] || [ -f "$home_dir/.zshrc" ]
}

case $action in
  apply)
    gws_phase profile
    # profile.d/go.sh is ours entirely; a go.sh someone else wrote is left alone.
    if [ -e "$profile_d" ] && ! head -n 1 -- "$profile_d" | grep -qxF -- "$GWS_OWNED_MARK"; then
      gws_emit skipped "$profile_d" 'exists and is not ours'
    else
      new=$(printf '%s\n' "$GWS_OWNED_MARK"; block_body)
      if [ -f "$profile_d" ] && [ "$(cat -- "$profile_d")" = "$new" ]; then
        gws_emit file unchanged /etc/profile.d/go.sh
      else
        printf '%s\n' "$new" | gws_atomic_write "$profile_d" '' 0644
        gws_emit file changed /etc/profile.d/go.sh
      fi
    fi
    r=$(block_body | gws_block_apply "$home_dir/.bashrc" "$owner")
    gws_emit file "$r" "$home/.bashrc"
    if want_zsh; then
      r=$(block_body | gws_block_apply "$home_dir/.zshrc" "$owner")
      gws_emit file "$r" "$home/.zshrc"
    fi
    ;;
  remove)
    gws_phase unprofile
    gws_path_remove "$ROOT" "$home"
    ;;
  *) gws_fail BAD_ARGS 'first argument must be apply or remove' ;;
esac
