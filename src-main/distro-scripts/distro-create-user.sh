#!/usr/bin/env bash
# Create the first Linux user of a fresh distro (run as root).
#
#   wsl.exe -d NAME -u root --exec bash -s -- USERNAME
#
# stdin: this script's text, then ONE line: the password. Bash reads a script
# from a pipe only as far as the command it is about to run, so the `read`
# below gets the line after the last line of this file. The password never
# appears in argv (ours or any child's): it goes to chpasswd through a pipe
# from the builtin printf. The last line runs main and exits in the same
# command, so nothing after it is ever executed as code.
#
# Output: one line "GWS-RESULT <status>". Exit codes:
#   0 created   3 exists (nothing changed)   2 invalid user name
#   4 missing/invalid password   5 useradd/chpasswd missing
#   6 useradd failed   7 chpasswd failed (the new user was removed again)
#   8 GWS_ROOT is set: chpasswd has no --prefix, so a sandbox "/" cannot be
#     honoured, and writing this machine's real /etc instead is refused. Tests
#     run this script in a private mount namespace with copies of /etc and /home.
set -euo pipefail

main() {
  local user="${1-}"
  if [[ -n "${GWS_ROOT:-}" ]]; then
    echo "GWS-RESULT sandbox-unsupported"
    return 8
  fi

  # The app validated the name already; check again here, where it becomes an argument.
  if [[ ! "$user" =~ ^[a-z][-a-z0-9_]{0,31}$ ]] || [[ "$user" == "root" ]]; then
    echo "GWS-RESULT invalid-username"
    return 2
  fi

  local password=""
  IFS= read -r password || true
  if [[ -z "$password" ]] || [[ "$password" == *$'\r'* ]]; then
    echo "GWS-RESULT invalid-password"
    return 4
  fi

  if ! command -v useradd >/dev/null 2>&1 || ! command -v chpasswd >/dev/null 2>&1; then
    echo "GWS-RESULT tools-missing"
    return 5
  fi

  if awk -F: -v u="$user" '$1 == u { found = 1 } END { exit !found }' /etc/passwd; then
    echo "GWS-RESULT exists"
    return 3
  fi

  # sudo on Debian/Ubuntu, wheel on Fedora/Arch/openSUSE: whichever the image has.
  local groups=""
  local g
  for g in sudo wheel; do
    if awk -F: -v g="$g" '$1 == g { found = 1 } END { exit !found }' /etc/group; then
      groups="$g"
      break
    fi
  done

  local -a args=(--create-home --shell /bin/bash)
  if [[ -n "$groups" ]]; then args+=(--groups "$groups"); fi
  if ! useradd "${args[@]}" -- "$user"; then
    echo "GWS-RESULT useradd-failed"
    return 6
  fi

  if ! printf '%s:%s\n' "$user" "$password" | chpasswd; then
    password=""
    userdel --remove -- "$user" >/dev/null 2>&1 || true
    echo "GWS-RESULT chpasswd-failed"
    return 7
  fi
  password=""
  echo "GWS-RESULT created"
  return 0
}

main "$@"; exit "$?"
