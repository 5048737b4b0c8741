#!/usr/bin/env bash
# Install VS Code's Go extension (golang.go) into the WSL remote, from inside
# the distro, as the user:
#
#   editor-go-extension.sh --code 'C:\...\Microsoft VS Code\bin\code'
#
# --code is the Windows path of the VS Code install's `bin\code` (the sh
# script next to code.cmd). Run inside WSL with the WSL extension installed,
# that script hands `--install-extension` to the VS Code Server, which installs
# the extension on the WSL side (VS Code 1.53+: microsoft/vscode#86232, test
# plan microsoft/vscode-remote-release#4361); it installs the server first if
# it is missing, downloading it inside the distro. The network step's proxy
# comes in GWS_PROXY (never argv) and is exported as http(s)_proxy for this
# run only: nothing is written to the user's files or VS Code settings.
#
# Runs AS the user. Records: `goext ok LINE` (the CLI's own success line).
# Errors: NO_CODE_SH (no such script or no wslpath), GOEXT_FAILED (the CLI's
# exit code; its output is on stderr for the diagnosis). Needs lib-go.sh first.
set -euo pipefail
shopt -s inherit_errexit
declare -F gws_emit >/dev/null || { echo 'editor-go-extension.sh: lib-go.sh must be sent first' >&2; exit 2; }

ROOT="${GWS_ROOT:-}"
win=''
while [ $# -gt 0 ]; do
  case $1 in
    --code) win=${2-}; shift 2 ;;
    *) gws_fail BAD_ARGS "unknown argument: $1" ;;
  esac
done
[[ $win =~ ^[A-Za-z]:\\[^\"\<\>\|\?\*]*\\bin\\code$ ]] || gws_fail BAD_ARGS "not a VS Code bin\\code path: $win"
command -v wslpath >/dev/null || gws_fail NO_CODE_SH 'wslpath is missing (Windows interop off?)'
code_sh="$ROOT$(wslpath -u "$win")"
[ -f "$code_sh" ] || gws_fail NO_CODE_SH "no VS Code script at $code_sh"

if [ -n "${GWS_PROXY:-}" ]; then
  export http_proxy="$GWS_PROXY" https_proxy="$GWS_PROXY" HTTP_PROXY="$GWS_PROXY" HTTPS_PROXY="$GWS_PROXY"
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
set +e
sh "$code_sh" --install-extension golang.go >"$out" 2>&1
rc=$?
set -e
# The CLI's own words go to stderr (live in the Terminal), the records to stdout.
cat "$out" >&2
line=$(grep -m1 -i "golang.go.*successfully installed\|already installed" "$out" || true)
if [ "$rc" -ne 0 ] || [ -z "$line" ] || grep -qi '^Failed Installing Extensions' "$out"; then
  gws_fail GOEXT_FAILED "exit $rc"
fi
gws_emit goext ok "$line"
