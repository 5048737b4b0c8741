#!/usr/bin/env bash
# Remove what go-install.sh and go-path.sh put in place, and nothing else.
#
#   go-uninstall.sh --user NAME
#
# Needs lib-go.sh prepended. Runs as root. /usr/local/go is removed only when
# the manifest says we installed it and the tree there still is that version
# (a Go the user put there since is theirs). ~/go is never touched.
set -euo pipefail
shopt -s inherit_errexit nullglob
declare -F gws_emit >/dev/null || { echo 'go-uninstall.sh: lib-go.sh must be sent first' >&2; exit 2; }

ROOT="${GWS_ROOT:-}"
home='' user=''
while [ $# -gt 0 ]; do
  case $1 in
    --home) home=${2-}; shift 2 ;;
    --user) user=${2-}; shift 2 ;;
    *) gws_fail BAD_ARGS "unknown argument: $1" ;;
  esac
done
home=$(gws_resolve_home "$home" "$user")
[[ $home == /* ]] || gws_fail BAD_ARGS 'need --user NAME: a user with a home in the passwd database (--home DIR only in a test sandbox)'
parent="$ROOT/usr/local"
target="$parent/go"
manifest=$(gws_manifest_path "$ROOT")

gws_phase uninstall
exec 9>"$parent/.go-wsl-setup.lock"
flock -w 60 9 || gws_fail INSTALL_BUSY 'a Go install is running'

# Leftovers of an interrupted install are ours by construction.
for d in "$parent"/.go-stage.* "$parent"/.go-old.*; do
  rm -rf -- "$d"
  gws_emit removed leftover "${d#"$ROOT"}" ''
done

ours=$(gws_manifest_get "$manifest" version || true)
if [ -n "$ours" ] && [ -e "$target" ]; then
  have=$(gws_tree_version "$target" || true)
  if [ "$have" = "$ours" ]; then
    trash="$parent/.go-trash.$$"
    mv -- "$target" "$trash"
    rm -rf -- "$trash"
    gws_emit removed goroot /usr/local/go "$ours"
  else
    gws_emit kept goroot /usr/local/go "holds '$have', we installed $ours"
  fi
elif [ -e "$target" ]; then
  gws_emit kept goroot /usr/local/go 'not installed by go-wsl-setup'
fi

gws_path_remove "$ROOT" "$home"

rm -f -- "$manifest"
gws_emit end uninstall
