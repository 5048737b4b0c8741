#!/usr/bin/env bash
# Print /etc/wsl.conf exactly, for the app's INI editor (run as root).
#
#   wsl.exe -d NAME -u root --exec bash -s
#
# The bytes travel base64-encoded so no terminal, code page or wsl.exe
# decoding can change them. Output, two lines:
#   GWS-STATUS present|absent
#   GWS-B64 <base64 of the file, empty when absent>
# GWS_ROOT (tests only): a sandbox standing in for "/".
set -euo pipefail

main() {
  local file="${GWS_ROOT:-}/etc/wsl.conf"
  if [[ -f "$file" ]]; then
    echo "GWS-STATUS present"
    printf 'GWS-B64 %s\n' "$(base64 -w0 -- "$file")"
  else
    echo "GWS-STATUS absent"
    echo "GWS-B64 "
  fi
}

main "$@"; exit "$?"
