#!/usr/bin/env bash
# Run before `npm test` (pretest) and by .ci/run: the suite uses Debian tools for
# real. One list, scripts/test-prereqs.txt, says which packages and how to prove
# each is there. Installs the missing ones (as root with apt-get), or says what is needed.
#   --list   print the package names and exit (the test that keeps .ci/run and npm test on one list uses it)
set -euo pipefail
list="$(dirname "$0")/test-prereqs.txt"
packages=()
need=()
while read -r pkg kind what _rest; do
  case "$pkg" in '' | '#'*) continue ;; esac
  packages+=("$pkg")
  case "$kind" in
    cmd) command -v "$what" >/dev/null 2>&1 || need+=("$pkg") ;;
    file) [ -e "$what" ] || need+=("$pkg") ;;
    *)
      echo "test-prereqs.txt: unknown check '$kind' for $pkg" >&2
      exit 2
      ;;
  esac
done <"$list"
if [ "${1:-}" = "--list" ]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "test prerequisites: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "The tests need these Debian packages: ${need[*]}" >&2
  echo "Install them with: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
