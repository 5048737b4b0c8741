#!/usr/bin/env bash
# Find Go installs and leftovers the new install could collide with.
#
#   go-detect.sh --user NAME
#
# Needs lib-go.sh prepended. Read-only: it changes nothing. Every finding is a
# record `GWS finding KIND PATH VERSION DETAIL` (src-shared/go/findings.ts turns
# them into data for the UI).
set -euo pipefail
shopt -s inherit_errexit nullglob
declare -F gws_emit >/dev/null || { echo 'go-detect.sh: lib-go.sh must be sent first' >&2; exit 2; }

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
home_dir="$ROOT$home"

gws_emit arch "$(uname -m)"

# apt: golang-go and the versioned golang-X.Y-go packages it pulls in.
status="$ROOT/var/lib/dpkg/status"
if [ -f "$status" ]; then
  awk '
    /^Package: / { pkg = $2 }
    /^Status: / { st = substr($0, 9) }
    /^Version: / { ver = $2 }
    /^$/ { if (pkg ~ /^golang(-[0-9.]+)?-go$/ && st == "install ok installed") print pkg "\t" ver; pkg = st = ver = "" }
    END { if (pkg ~ /^golang(-[0-9.]+)?-go$/ && st == "install ok installed") print pkg "\t" ver }
  ' "$status" | while IFS=$'\t' read -r pkg ver; do
    path=/usr/bin/go
    [[ $pkg =~ ^golang-([0-9.]+)-go$ ]] && path="/usr/lib/go-${BASH_REMATCH[1]}"
    gws_emit finding apt "$path" "$ver" "$pkg"
  done
fi

# snap
if [ -d "$ROOT/snap/go" ] || [ -e "$ROOT/snap/bin/go" ]; then
  v=''
  [ -f "$ROOT/snap/go/current/VERSION" ] && v=$(head -n 1 "$ROOT/snap/go/current/VERSION")
  gws_emit finding snap /snap/go "$v" 'snap package go'
fi

# /usr/local/go: ours (the manifest says so) or someone else's.
if [ -e "$ROOT/usr/local/go" ]; then
  v=$(gws_tree_version "$ROOT/usr/local/go" || true)
  if [ -z "$v" ] && [ -f "$ROOT/usr/local/go/VERSION" ]; then v=$(head -n 1 "$ROOT/usr/local/go/VERSION"); fi
  ours=$(gws_manifest_get "$(gws_manifest_path "$ROOT")" version || true)
  if [ -n "$ours" ] && [ "$ours" = "$v" ]; then
    gws_emit finding usr-local /usr/local/go "$v" ours
  else
    gws_emit finding usr-local /usr/local/go "$v" foreign
  fi
fi

# Version managers.
if [ -d "$home_dir/.gvm" ]; then
  gos=$(find "$home_dir/.gvm/gos" -mindepth 1 -maxdepth 1 -printf '%f ' 2>/dev/null || true)
  gws_emit finding gvm "$home/.gvm" '' "${gos% }"
fi
if [ -d "$home_dir/.goenv" ]; then
  gos=$(find "$home_dir/.goenv/versions" -mindepth 1 -maxdepth 1 -printf '%f ' 2>/dev/null || true)
  gws_emit finding goenv "$home/.goenv" '' "${gos% }"
fi

# ~/go: the user's GOPATH (module cache, installed tools, maybe their code).
# Reported, never removed without an explicit yes.
if [ -d "$home_dir/go" ]; then
  kb=$(timeout 10 du -sk -- "$home_dir/go" 2>/dev/null | cut -f1 || true)
  gws_emit finding gopath "$home/go" '' "${kb:-?}"
fi

# A Windows go.exe on PATH through appendWindowsPath.
append=true
if [ -f "$ROOT/etc/wsl.conf" ]; then
  v=$(awk -F= '
    /^[[:space:]]*\[/ { sect = tolower($0); gsub(/[[:space:]\[\]]/, "", sect) }
    sect == "interop" && tolower($1) ~ /^[[:space:]]*appendwindowspath[[:space:]]*$/ { val = tolower($2); gsub(/[[:space:]]/, "", val); print val }
  ' "$ROOT/etc/wsl.conf" | tail -n 1)
  [ "$v" = false ] && append=false
fi
declare -A seen=()
candidates=()
IFS=: read -r -a path_dirs <<<"${PATH:-}"
for d in "${path_dirs[@]}"; do
  [[ $d == /mnt/* ]] && candidates+=("$d/go.exe")
done
candidates+=("/mnt/c/Program Files/Go/bin/go.exe" /mnt/c/Go/bin/go.exe)
for exe in "${candidates[@]}"; do
  [ -n "${seen[$exe]:-}" ] && continue
  seen[$exe]=1
  [ -f "$ROOT$exe" ] && gws_emit finding windows-go "$exe" '' "appendWindowsPath=$append"
done

# Init-file lines: stale GOROOT exports and version-manager hooks.
while IFS= read -r f; do
  shown=${f#"$ROOT"}
  while IFS=$'\t' read -r n text; do
    gws_emit finding goroot-export "$shown" '' "$n:$text"
  done < <(gws_grep_outside_block "$f" "$GWS_RE_GOROOT")
  while IFS=$'\t' read -r n text; do
    gws_emit finding gvm-init "$shown" '' "$n:$text"
  done < <(gws_grep_outside_block "$f" "$GWS_RE_GVM")
  while IFS=$'\t' read -r n text; do
    gws_emit finding goenv-init "$shown" '' "$n:$text"
  done < <(gws_grep_outside_block "$f" "$GWS_RE_GOENV")
done < <(gws_init_files "$ROOT" "$home")

gws_emit end detect
