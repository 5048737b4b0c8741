#!/usr/bin/env bash
# The proof: a fresh module in the Linux home (not under /mnt/c, where the
# 9P file system makes builds slow and Linux permissions do not stick), then
# go run, go get of a real module through the configured GOPROXY, go test,
# and optionally a cgo build. Args: MODULE_TO_GET CGO(0|1)
# Prints STEP_BEGIN <name> / output / STEP_END <name> <exit> <ms>, WORKDIR <dir>.
set -u
# In a sandbox (tests) the home lives under GWS_ROOT like every other absolute path.
if [ -n "${GWS_ROOT:-}" ]; then HOME="${GWS_ROOT}${HOME}"; export HOME; fi
module="${1:?module}"
cgo="${2:-0}"
[[ "$module" =~ ^[a-z0-9.-]+\.[a-z]{2,}(/[A-Za-z0-9._~-]+)+$ ]] || { echo "ERROR module rejected"; exit 2; }

if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then PATH="/usr/local/go/bin:$PATH"; fi
case "$HOME" in /mnt/*) echo "WARN home is under /mnt: the proof needs the Linux file system" ;; esac

dir="$HOME/go-wsl-setup-proof"
# Only ever remove a folder this script made (it carries our marker).
if [ -e "$dir" ]; then
  [ -f "$dir/.go-wsl-setup-proof" ] || { echo "ERROR $dir exists and is not ours"; exit 1; }
  rm -rf "$dir"
fi
if ! mkdir -p "$dir" || ! touch "$dir/.go-wsl-setup-proof" || ! cd "$dir"; then echo "ERROR cannot create $dir"; exit 1; fi
echo "WORKDIR $dir"

step() {
  local name="$1" start rc
  shift
  echo "STEP_BEGIN $name"
  start="$(date +%s%N)"
  timeout 300 "$@" </dev/null 2>&1 | tail -n 40
  rc="${PIPESTATUS[0]}"
  echo "STEP_END $name $rc $((($(date +%s%N) - start) / 1000000))"
  return "$rc"
}

cat >main.go <<'GO'
package main

import "fmt"

func greeting() string { return "hello from Go in WSL" }

func main() { fmt.Println(greeting()) }
GO
cat >main_test.go <<'GO'
package main

import "testing"

func TestGreeting(t *testing.T) {
	if greeting() != "hello from Go in WSL" {
		t.Fatal("unexpected greeting")
	}
}
GO

step init go mod init example.com/proof || exit 0
step run go run . || exit 0
step get go get "$module@latest" || exit 0
step test go test ./... || exit 0
if [ "$cgo" = 1 ]; then
  mkdir -p cgocheck
  cat >cgocheck/main.go <<'GO'
package main

// int add(int a, int b) { return a + b; }
import "C"

import "fmt"

func main() { fmt.Println(C.add(1, 2)) }
GO
  export CGO_ENABLED=1
  step cgo go build -o /dev/null ./cgocheck
fi
exit 0
