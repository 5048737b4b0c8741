#!/usr/bin/env bash
# Undo the Editor step: remove only what editor-tools.sh and editor-hello.sh
# recorded in ~/.local/state/go-wsl-setup/editor.manifest. A tool binary is
# removed; the project's files are removed only while their sha256 still
# matches, and the folder only when nothing else is left in it (the user's
# own work stays).
#
#   editor-undo.sh --user NAME
#
# Runs AS the user. Records: `removed PATH`, `kept PATH REASON`. Needs lib-go.sh first.
set -euo pipefail
shopt -s inherit_errexit
declare -F gws_emit >/dev/null || { echo 'editor-undo.sh: lib-go.sh must be sent first' >&2; exit 2; }

ROOT="${GWS_ROOT:-}"
user=''
while [ $# -gt 0 ]; do
  case $1 in
    --user) user=${2-}; shift 2 ;;
    *) gws_fail BAD_ARGS "unknown argument: $1" ;;
  esac
done
[[ $user =~ ^[a-z_][a-z0-9_-]{0,31}$ ]] || gws_fail BAD_ARGS "not a user name: $user"
home=$(gws_resolve_home '' "$user")
[[ $home == /* ]] || gws_fail BAD_ARGS "no home for $user"
manifest="$ROOT$home/.local/state/go-wsl-setup/editor.manifest"
[ -f "$manifest" ] || exit 0

# Only paths inside the user's home are ever acted on, whatever the manifest says.
inside() { [[ $1 == "$home"/* && $1 != *'/../'* && $1 != */.. ]]; }

# Lines: `tool NAME PATH`, `file PATH SHA256`, `project PATH`.
while IFS=$'\t' read -r kind a b; do
  if [ "$kind" = tool ]; then path=$b sum=''; else path=$a sum=$b; fi
  inside "$path" || { gws_emit kept "$path" outside-home; continue; }
  case $kind in
    tool)
      if [ -f "$ROOT$path" ]; then rm -f "$ROOT$path"; gws_emit removed "$path"; fi ;;
    file)
      if [ -f "$ROOT$path" ]; then
        if [ "$(sha256sum "$ROOT$path" | cut -d' ' -f1)" = "$sum" ]; then rm -f "$ROOT$path"; gws_emit removed "$path"
        else gws_emit kept "$path" changed; fi
      fi ;;
    project)
      if [ -d "$ROOT$path" ]; then
        if rmdir "$ROOT$path" 2>/dev/null; then gws_emit removed "$path"; else gws_emit kept "$path" not-empty; fi
      fi ;;
  esac
done <"$manifest"
rm -f "$manifest"
