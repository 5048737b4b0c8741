#!/usr/bin/env bash
# Create the first project ~/hello-go (go.mod, main.go, main_test.go) unless
# the folder already exists: a folder of the user's own is never touched.
#
#   editor-hello.sh --user NAME
#
# Runs AS the user. Records: `project PATH created` or `project PATH exists`.
# A created project is listed in ~/.local/state/go-wsl-setup/editor.manifest
# with each file's sha256, so undo removes it only while it is unchanged.
# Needs lib-go.sh first.
set -euo pipefail
shopt -s inherit_errexit
declare -F gws_emit >/dev/null || { echo 'editor-hello.sh: lib-go.sh must be sent first' >&2; exit 2; }

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

dir="$ROOT$home/hello-go"
if [ -e "$dir" ]; then
  gws_emit project "$home/hello-go" exists
  exit 0
fi
tmp=$(mktemp -d "$ROOT$home/.hello-go.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/go.mod" <<'GOMOD'
module example.com/hello-go

go 1.18
GOMOD
cat >"$tmp/main.go" <<'MAIN'
package main

import "fmt"

// Greeting is what main prints; main_test.go checks it.
func Greeting(name string) string {
	return "Hello, " + name + "!"
}

func main() {
	fmt.Println(Greeting("Go"))
}
MAIN
cat >"$tmp/main_test.go" <<'TEST'
package main

import "testing"

func TestGreeting(t *testing.T) {
	if got := Greeting("Go"); got != "Hello, Go!" {
		t.Fatalf("Greeting(\"Go\") = %q", got)
	}
}
TEST
chmod 755 "$tmp"
mv -T "$tmp" "$dir"
trap - EXIT
state="$ROOT$home/.local/state/go-wsl-setup"
mkdir -p "$state"
for f in go.mod main.go main_test.go; do
  printf 'file\t%s\t%s\n' "$home/hello-go/$f" "$(sha256sum "$dir/$f" | cut -d' ' -f1)" >>"$state/editor.manifest"
done
printf 'project\t%s\n' "$home/hello-go" >>"$state/editor.manifest"
gws_emit project "$home/hello-go" created
