#!/usr/bin/env bash
# Set GOPROXY / GOSUMDB / GOPRIVATE with `go env -w`, and find the init-file
# exports that would silently beat it (Go only warns on `go env -w` itself,
# and only when the variable is in that very process's environment).
# Args: GOPROXY GOSUMDB GOPRIVATE FIX_OVERRIDES(0|1)
# Prints OVERRIDE <file> <line> <name>, CHANGE ..., GOENV_W_ERR <text>, GOENV <name> <value>.
# Before the first write it keeps Go's settings file as it was (FILE.go-wsl-setup.bak, or
# FILE.go-wsl-setup.none when there was none), for net-goproxy-undo.sh.
set -u
# In a sandbox (tests) the home lives under GWS_ROOT like every other absolute path.
if [ -n "${GWS_ROOT:-}" ]; then HOME="${GWS_ROOT}${HOME}"; export HOME; fi
umask 022
goproxy="${1:?GOPROXY}"
gosumdb="${2:?GOSUMDB}"
goprivate="${3:-}"
fix="${4:-0}"
mark='# disabled by go-wsl-setup (go env -w sets this now): '

fail() { echo "ERROR $*"; exit 1; }
# Re-check what the wizard validated: plain data, no list tricks, no option-looking values.
# (`]` first in a bracket expression is a literal; `[` needs no escape.)
proxy_re='^https?://[][A-Za-z0-9.:/_~%-]+,direct$'
private_re='^[][A-Za-z0-9.*?_~/,-]*$'
[[ "$goproxy" =~ $proxy_re ]] || fail "GOPROXY rejected"
[[ "$gosumdb" = sum.golang.org || "$gosumdb" = sum.golang.google.cn ]] || fail "GOSUMDB rejected"
[[ "$goprivate" =~ $private_re ]] || fail "GOPRIVATE rejected"

if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then PATH="/usr/local/go/bin:$PATH"; fi
command -v go >/dev/null 2>&1 || { echo "GOENV_W_ERR go: command not found"; exit 1; }

files=("$HOME/.bashrc" "$HOME/.profile" "$HOME/.bash_profile" "$HOME/.bash_login" "$HOME/.zshrc" "$HOME/.zprofile" "$HOME/.zshenv")
pattern='^[[:space:]]*(export[[:space:]]+)?(GOPROXY|GOSUMDB|GOPRIVATE|GONOPROXY|GONOSUMDB)='
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  grep -nE "$pattern" "$f" | while IFS=: read -r line text; do
    name="$(printf '%s' "$text" | sed -E 's/^[[:space:]]*(export[[:space:]]+)?([A-Z]+)=.*/\2/')"
    echo "OVERRIDE $f $line $name"
  done
  if [ "$fix" = 1 ] && grep -qE "$pattern" "$f"; then
    tmp="$(mktemp "$(dirname "$f")/.gws.XXXXXX")" || fail "temp file next to $f"
    # Comment out rather than delete: the user can see what was there and why.
    awk -v m="$mark" -v p="$pattern" '$0 ~ p { print m $0; next } { print }' "$f" >"$tmp"
    cp -p "$f" "$f.go-wsl-setup.bak" || fail "backup of $f"
    chmod --reference="$f" "$tmp" 2>/dev/null || true
    mv -f "$tmp" "$f" || fail "rename into $f"
    echo "CHANGE written $f $f.go-wsl-setup.bak"
  fi
done

# Keep what the user had before the wizard's first write, once (undo restores it:
# net-goproxy-undo.sh): a copy of Go's settings file, or a note that there was none.
envfile="$(go env GOENV 2>/dev/null)"
[ -n "$envfile" ] || envfile="$HOME/.config/go/env"
before=""
if [ ! -e "$envfile.go-wsl-setup.bak" ] && [ ! -e "$envfile.go-wsl-setup.none" ]; then
  mkdir -p "$(dirname "$envfile")" || fail "cannot create $(dirname "$envfile")"
  if [ -f "$envfile" ]; then cp -p "$envfile" "$envfile.go-wsl-setup.bak" || fail "backup of $envfile"
  else : >"$envfile.go-wsl-setup.none" || fail "note next to $envfile"; fi
fi
[ -f "$envfile" ] && before="$(cat "$envfile")"

err="$(go env -w "GOPROXY=$goproxy" "GOSUMDB=$gosumdb" "GOPRIVATE=$goprivate" 2>&1)"
rc=$?
if [ -f "$envfile" ] && [ "$(cat "$envfile")" != "$before" ]; then
  if [ -e "$envfile.go-wsl-setup.bak" ]; then echo "CHANGE written $envfile $envfile.go-wsl-setup.bak"; else echo "CHANGE written $envfile -"; fi
fi
if [ -n "$err" ]; then printf '%s\n' "$err" | head -n5 | sed 's/^/GOENV_W_ERR /'; fi
for name in GOPROXY GOSUMDB GOPRIVATE; do
  echo "GOENV $name $(go env "$name")"
done
exit "$rc"
