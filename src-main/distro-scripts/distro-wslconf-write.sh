#!/usr/bin/env bash
# Replace (or remove) /etc/wsl.conf atomically, only if it still holds the
# bytes the app previewed (run as root).
#
#   wsl.exe -d NAME -u root --exec bash -s -- MODE EXPECTED NEWSHA
#     MODE      write | remove
#     EXPECTED  sha256 of the current file, or "absent" (it must not exist)
#     NEWSHA    sha256 of the new content ("-" for remove)
#
# stdin: this script's text, then ONE line: the new content in base64.
#
# Why the editing is not done here: the app's INI editor (src-shared/ini)
# computes the new bytes, shows them as a diff, and is property-tested for
# idempotence and byte preservation; this script only does the part that
# must happen inside the distro: compare-and-swap, temp file in /etc, fsync,
# rename. The hashes make what was previewed exactly what is written.
#
# Output: "GWS-RESULT written|removed|conflict|corrupt". Exit codes:
#   0 done   20 the file changed since the preview   21 content did not arrive intact   22 usage
# GWS_ROOT (tests only): a sandbox standing in for "/".
set -euo pipefail

sha_of() {
  sha256sum -- "$1" | cut -d' ' -f1
}

main() {
  local mode="${1-}" expected="${2-}" newsha="${3-}"
  local dir="${GWS_ROOT:-}/etc"
  local file="$dir/wsl.conf"
  if [[ "$mode" != "write" && "$mode" != "remove" ]] || [[ ! "$expected" =~ ^([0-9a-f]{64}|absent)$ ]]; then
    echo "GWS-RESULT usage"
    return 22
  fi

  local current="absent"
  if [[ -e "$file" ]]; then current="$(sha_of "$file")"; fi
  if [[ "$current" != "$expected" ]]; then
    echo "GWS-RESULT conflict"
    return 20
  fi

  if [[ "$mode" == "remove" ]]; then
    rm -f -- "$file"
    sync -- "$dir" 2>/dev/null || sync
    echo "GWS-RESULT removed"
    return 0
  fi

  if [[ ! "$newsha" =~ ^[0-9a-f]{64}$ ]]; then
    echo "GWS-RESULT usage"
    return 22
  fi
  local b64=""
  IFS= read -r b64 || true

  local tmp
  tmp="$(mktemp "$dir/.wsl.conf.gws-XXXXXX")"
  # shellcheck disable=SC2064 # expand $tmp now: it is the file to clean up
  trap "rm -f -- '$tmp'" EXIT
  if ! printf '%s' "$b64" | base64 -d > "$tmp" 2>/dev/null || [[ "$(sha_of "$tmp")" != "$newsha" ]]; then
    echo "GWS-RESULT corrupt"
    return 21
  fi
  chmod 0644 -- "$tmp"
  if [[ "$(id -u)" == "0" ]]; then chown 0:0 -- "$tmp"; fi
  sync -- "$tmp" 2>/dev/null || sync
  mv -f -- "$tmp" "$file"
  trap - EXIT
  sync -- "$dir" 2>/dev/null || sync
  echo "GWS-RESULT written"
  return 0
}

main "$@"; exit "$?"
