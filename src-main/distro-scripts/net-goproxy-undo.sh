#!/usr/bin/env bash
# Undo what net-goproxy-apply.sh did: GOPROXY / GOSUMDB / GOPRIVATE go back to
# what they were before the wizard's first write (the values in the kept copy
# of Go's settings file; unset if there was no file), and init-file lines it
# commented out are active again. Other settings the user changed with
# `go env -w` since then are left as they are.
# No args. Prints CHANGE <written|removed> <file> <backup or ->, GOENV <name> <value>;
# SKIPPED GO_NOT_FOUND when Go is not installed (any more).
set -u
if [ -n "${GWS_ROOT:-}" ]; then HOME="${GWS_ROOT}${HOME}"; export HOME; fi
umask 022
mark='# disabled by go-wsl-setup (go env -w sets this now): '

fail() { echo "ERROR $*"; exit 1; }

if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then PATH="/usr/local/go/bin:$PATH"; fi
have_go=1
command -v go >/dev/null 2>&1 || have_go=0
envfile="$HOME/.config/go/env"
if [ "$have_go" = 1 ]; then envfile="$(go env GOENV 2>/dev/null)"; [ -n "$envfile" ] || envfile="$HOME/.config/go/env"; fi
kept="$envfile.go-wsl-setup.bak"
none="$envfile.go-wsl-setup.none"

# Without Go (already removed) there is no GOPROXY to restore: only the init files below.
if [ "$have_go" = 0 ]; then
  echo "SKIPPED GO_NOT_FOUND"
elif [ -f "$kept" ] || [ -e "$none" ]; then
  before=""
  [ -f "$envfile" ] && before="$(cat "$envfile")"
  for name in GOPROXY GOSUMDB GOPRIVATE; do
    line=""
    [ -f "$kept" ] && line="$(grep -m1 "^$name=" "$kept")"
    if [ -n "$line" ]; then
      go env -w "$line" >/dev/null 2>&1 || fail "go env -w $name"
    else
      go env -u "$name" >/dev/null 2>&1 || fail "go env -u $name"
    fi
  done
  if [ -f "$envfile" ] && [ "$(cat "$envfile")" != "$before" ]; then echo "CHANGE written $envfile -"; fi
  rm -f "$kept" "$none"
fi

files=("$HOME/.bashrc" "$HOME/.profile" "$HOME/.bash_profile" "$HOME/.bash_login" "$HOME/.zshrc" "$HOME/.zprofile" "$HOME/.zshenv")
for f in "${files[@]}"; do
  if ! { [ -f "$f" ] && grep -qF -- "$mark" "$f"; }; then continue; fi
  tmp="$(mktemp "$(dirname "$f")/.gws.XXXXXX")" || fail "temp file next to $f"
  awk -v m="$mark" 'index($0, m) == 1 { print substr($0, length(m) + 1); next } { print }' "$f" >"$tmp"
  cp -p "$f" "$f.go-wsl-setup.bak" || fail "backup of $f"
  chmod --reference="$f" "$tmp" 2>/dev/null || true
  mv -f "$tmp" "$f" || fail "rename into $f"
  echo "CHANGE written $f $f.go-wsl-setup.bak"
done

if [ "$have_go" = 1 ]; then
  for name in GOPROXY GOSUMDB GOPRIVATE; do
    echo "GOENV $name $(go env "$name")"
  done
fi
