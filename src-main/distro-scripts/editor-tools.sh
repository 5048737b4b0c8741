#!/usr/bin/env bash
# Install the editor's Go tools (gopls, dlv, staticcheck) with `go install
# PKG@VERSION` as the distro user, through the GOPROXY/GOSUMDB the network
# step chose, and prove each with its own version command.
#
#   editor-tools.sh --user NAME --goproxy URL --gosumdb VALUE --timeout SECS \
#                   --tool NAME PKG@VERSION [--tool ...]
#
# Runs AS the user (`wsl -u USER`): the binaries land in the user's
# $(go env GOPATH)/bin and the module cache stays theirs. The proxy, which may
# carry credentials, comes in GWS_PROXY (never argv). Needs lib-go.sh first.
#
# Records (stdout): `tool NAME ok VERSION-LINE` or `tool NAME failed EXIT`;
# `gobin DIR`. The go output of a failed install streams to stderr as it
# comes (the Terminal shows it) and the caller diagnoses it. Exit 0 when every
# tool was tried (failed tools are records, not an exit code); 1 (gws_fail)
# when nothing could be tried: bad arguments, no go.
# Each tool it created (the binary did not exist before) is listed in
# ~/.local/state/go-wsl-setup/editor.manifest, so undo removes only those.
set -euo pipefail
shopt -s inherit_errexit
declare -F gws_emit >/dev/null || { echo 'editor-tools.sh: lib-go.sh must be sent first' >&2; exit 2; }

ROOT="${GWS_ROOT:-}"
user='' goproxy='' gosumdb='' secs=600
names=() specs=()
while [ $# -gt 0 ]; do
  case $1 in
    --user) user=${2-}; shift 2 ;;
    --goproxy) goproxy=${2-}; shift 2 ;;
    --gosumdb) gosumdb=${2-}; shift 2 ;;
    --timeout) secs=${2-}; shift 2 ;;
    --tool) names+=("${2-}"); specs+=("${3-}"); shift 3 ;;
    *) gws_fail BAD_ARGS "unknown argument: $1" ;;
  esac
done
[[ $user =~ ^[a-z_][a-z0-9_-]{0,31}$ ]] || gws_fail BAD_ARGS "not a user name: $user"
[[ $secs =~ ^[0-9]{1,4}$ ]] || gws_fail BAD_ARGS "not a timeout in seconds: $secs"
if [ ${#names[@]} -lt 1 ] || [ ${#names[@]} -gt 8 ]; then gws_fail BAD_ARGS '1 to 8 --tool'; fi
for i in "${!names[@]}"; do
  [[ ${names[$i]} =~ ^(gopls|dlv|staticcheck)$ ]] || gws_fail BAD_ARGS "not a tool: ${names[$i]}"
  [[ ${specs[$i]} =~ ^[a-z0-9.-]+(/[A-Za-z0-9._-]+)+@v[0-9]+\.[0-9]+\.[0-9]+$ ]] || gws_fail BAD_ARGS "not PKG@vX.Y.Z: ${specs[$i]}"
done

home=$(gws_resolve_home '' "$user")
[[ $home == /* ]] || gws_fail BAD_ARGS "no home for $user"
go="$ROOT/usr/local/go/bin/go"
[ -x "$go" ] || gws_fail GO_NOT_FOUND "no $go"

# The go process sees the user's own home (its `go env -w` file, GOPATH
# default); only the network settings are the step's choice. GOTOOLCHAIN=local:
# a pinned tool must build with the Go that is there, never fetch another.
export HOME="$ROOT$home" GOTOOLCHAIN=local
if [ -n "$goproxy" ]; then export GOPROXY="$goproxy"; fi
if [ -n "$gosumdb" ]; then export GOSUMDB="$gosumdb"; fi
unset GOBIN all_proxy ALL_PROXY HTTP_PROXY HTTPS_PROXY
if [ -n "${GWS_PROXY:-}" ]; then export http_proxy="$GWS_PROXY" https_proxy="$GWS_PROXY"; else unset http_proxy https_proxy; fi

gobin="$("$go" env GOPATH)"
gobin="${gobin%%:*}/bin"
gws_emit gobin "${gobin#"$ROOT"}"
state="$HOME/.local/state/go-wsl-setup"
manifest="$state/editor.manifest"
mkdir -p "$state"
touch "$manifest"

version_of() {
  case $1 in
    gopls) "$gobin/gopls" version ;;
    dlv) "$gobin/dlv" version ;;
    staticcheck) "$gobin/staticcheck" -version ;;
  esac
}

for i in "${!names[@]}"; do
  name=${names[$i]} spec=${specs[$i]}
  existed=no
  [ -e "$gobin/$name" ] && existed=yes
  gws_emit phase "install $name"
  printf '$ go install %s\n' "$spec" >&2
  rc=0
  timeout -k 5 "$secs" "$go" install "$spec" >&2 || rc=$?
  if [ "$rc" -ne 0 ]; then
    gws_emit tool "$name" failed "$rc"
    continue
  fi
  if [ "$existed" = no ] && ! grep -qxF "tool	$name	${gobin#"$ROOT"}/$name" "$manifest"; then
    printf 'tool\t%s\t%s\n' "$name" "${gobin#"$ROOT"}/$name" >>"$manifest"
  fi
  # The whole output, then its first line: `| head -n 1` would close the pipe
  # early, and a tool that prints a second line dies of SIGPIPE (pipefail).
  out=$(version_of "$name" 2>&1) || { gws_emit tool "$name" failed proof; continue; }
  gws_emit tool "$name" ok "${out%%$'\n'*}"
done
