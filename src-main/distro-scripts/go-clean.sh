#!/usr/bin/env bash
# Remove the old installs the user agreed to remove, and nothing else.
#
#   go-clean.sh --user NAME [--remove KIND]... [--confirm-gopath]
#
# KIND: apt snap usr-local gvm goenv gopath goroot-exports
# Needs lib-go.sh prepended. Runs as root. Every KIND is re-detected here
# instead of trusting paths from the caller. Init-file lines are commented out
# (never deleted) with a backup, so the user can see and restore them. ~/go is
# removed only with --remove gopath AND --confirm-gopath: it may hold the
# user's own code.
set -euo pipefail
shopt -s inherit_errexit nullglob
declare -F gws_emit >/dev/null || { echo 'go-clean.sh: lib-go.sh must be sent first' >&2; exit 2; }

ROOT="${GWS_ROOT:-}"
home='' user='' confirm_gopath=no
kinds=()
while [ $# -gt 0 ]; do
  case $1 in
    --home) home=${2-}; shift 2 ;;
    --user) user=${2-}; shift 2 ;;
    --remove) kinds+=("${2-}"); shift 2 ;;
    --confirm-gopath) confirm_gopath=yes; shift ;;
    *) gws_fail BAD_ARGS "unknown argument: $1" ;;
  esac
done
home=$(gws_resolve_home "$home" "$user")
[[ $home == /* ]] || gws_fail BAD_ARGS 'need --user NAME: a user with a home in the passwd database (--home DIR only in a test sandbox)'
home_dir="$ROOT$home"

# Comment out the lines of every init file that match ERE.
disable_lines() {
  local re=$1 label=$2 f shown n
  while IFS= read -r f; do
    n=$(gws_grep_outside_block "$f" "$re" | wc -l)
    [ "$n" -gt 0 ] || continue
    gws_backup_once "$f"
    awk -v b="$GWS_BLOCK_BEGIN" -v e="$GWS_BLOCK_END" -v re="$re" '
      $0 == b { skip = 1; print; next }
      skip && $0 == e { skip = 0; print; next }
      !skip && $0 ~ re { print "# disabled by go-wsl-setup: " $0; next }
      { print }
    ' "$f" | gws_atomic_write "$f" '' 0644
    shown=${f#"$ROOT"}
    gws_emit removed "$label" "$shown" "$n lines commented out"
  done < <(gws_init_files "$ROOT" "$home")
}

# Move a tree aside (one rename, so it vanishes at once), then delete it.
remove_tree() {
  local dir=$1 label=$2 trash
  [ -e "$dir" ] || return 0
  trash="$(dirname -- "$dir")/.gws-trash.$$.$(basename -- "$dir")"
  mv -- "$dir" "$trash"
  rm -rf -- "$trash"
  gws_emit removed "$label" "${dir#"$ROOT"}" ''
}

for kind in "${kinds[@]}"; do
  case $kind in
    apt)
      pkgs=$(awk '/^Package: /{p=$2} /^Status: install ok installed/{ if (p ~ /^golang(-[0-9.]+)?-go$/) print p }' \
        "$ROOT/var/lib/dpkg/status" 2>/dev/null | tr '\n' ' ')
      [ -n "$pkgs" ] || continue
      if [ -n "$ROOT" ]; then
        # apt cannot act on a sandbox root; the real distro is never touched from a test.
        gws_emit skipped apt "$pkgs" 'sandbox root: apt not run'
        continue
      fi
      read -r -a pkg_list <<<"$pkgs"
      if ! out=$(DEBIAN_FRONTEND=noninteractive apt-get remove -y "${pkg_list[@]}" 2>&1); then
        case $out in
          *'Could not get lock'*) gws_fail APT_LOCKED "$(printf '%s' "$out" | tail -n 3)" ;;
          *) gws_fail APT_FAILED "$(printf '%s' "$out" | tail -n 3)" ;;
        esac
      fi
      gws_emit removed apt "$pkgs" ''
      ;;
    snap)
      [ -d "$ROOT/snap/go" ] || continue
      if [ -n "$ROOT" ]; then
        gws_emit skipped snap /snap/go 'sandbox root: snap not run'
        continue
      fi
      snap remove go >/dev/null 2>&1 || gws_fail SNAP_FAILED 'snap remove go failed'
      gws_emit removed snap /snap/go ''
      ;;
    usr-local) remove_tree "$ROOT/usr/local/go" usr-local ;;
    gvm)
      remove_tree "$home_dir/.gvm" gvm
      disable_lines "$GWS_RE_GVM" gvm-init
      ;;
    goenv)
      remove_tree "$home_dir/.goenv" goenv
      disable_lines "$GWS_RE_GOENV" goenv-init
      ;;
    gopath)
      [ "$confirm_gopath" = yes ] || gws_fail BAD_ARGS "$home/go is removed only with --confirm-gopath"
      remove_tree "$home_dir/go" gopath
      ;;
    goroot-exports) disable_lines "$GWS_RE_GOROOT" goroot-export ;;
    *) gws_fail BAD_ARGS "unknown kind: $kind" ;;
  esac
done
gws_emit end clean
