#!/usr/bin/env bash
# git for Go: installed (apt, as root) and configured (as the user).
# Args: install                        (root) apt-get install git if missing
#       config NAME EMAIL BASE PREFIX  (user) empty values are left alone
#       unrewrite                      (user) remove the insteadOf rewrites `config` set
# Values are arguments to git config: never parsed by a shell.
# Prints GIT_VERSION, GIT_NAME, GIT_EMAIL, INSTEADOF <base> <prefix>, APT_ERR <text>, INSTALLED,
# REMOVED_INSTEADOF <base> <prefix>, CHANGE removed <record file> -.
set -u
# In a sandbox (tests) the home lives under GWS_ROOT like every other absolute path.
if [ -n "${GWS_ROOT:-}" ]; then HOME="${GWS_ROOT}${HOME}"; export HOME; fi
action="${1:?action}"
# The rewrites this wizard set, one "BASE<TAB>PREFIX" per line, so undo removes exactly those.
record="$HOME/.config/go-wsl-setup/git-insteadof"

# An ERE matching exactly $1: git config takes value patterns as regexes.
exact_pattern() {
  printf '^%s$' "$(printf '%s' "$1" | sed 's/[][\.*^$+?(){}|]/\\&/g')"
}

show() {
  if command -v git >/dev/null 2>&1; then
    echo "GIT_VERSION $(git --version | head -n1)"
  else
    echo "GIT_VERSION"
  fi
}

case "$action" in
  install)
    if command -v git >/dev/null 2>&1; then show; exit 0; fi
    [ "$(id -u)" = 0 ] || { echo "APT_ERR needs root"; exit 1; }
    export DEBIAN_FRONTEND=noninteractive
    # A held dpkg lock (unattended-upgrades) is reported, not waited out forever.
    out="$(timeout 600 apt-get -o DPkg::Lock::Timeout=30 install -y --no-install-recommends git 2>&1)"
    rc=$?
    if [ "$rc" -ne 0 ]; then
      printf '%s\n' "$out" | grep -E '^(E:|W:|Err)' | head -n6 | sed 's/^/APT_ERR /'
      show
      exit "$rc"
    fi
    echo "INSTALLED"
    show
    ;;
  config)
    name="${2:-}" email="${3:-}" base="${4:-}" prefix="${5:-}"
    command -v git >/dev/null 2>&1 || { show; exit 1; }
    [ -n "$name" ] && git config --global user.name "$name"
    [ -n "$email" ] && git config --global user.email "$email"
    if [ -n "$base" ] && [ -n "$prefix" ]; then
      # --replace-all with the value as pattern keeps one entry however often this runs, and
      # leaves the user's other rewrites for the same base alone (without it, all are replaced).
      git config --global --replace-all "url.$base.insteadOf" "$prefix" "$(exact_pattern "$prefix")"
      line="$(printf '%s\t%s' "$base" "$prefix")"
      if ! { [ -f "$record" ] && grep -qxF -- "$line" "$record"; }; then
        mkdir -p "$(dirname "$record")" && printf '%s\n' "$line" >>"$record"
      fi
    fi
    show
    echo "GIT_NAME $(git config --global --get user.name)"
    echo "GIT_EMAIL $(git config --global --get user.email)"
    git config --global --get-regexp '^url\..*\.insteadof$' 2>/dev/null | head -n8 | sed 's/^/INSTEADOF /'
    ;;
  unrewrite)
    # Nothing recorded, or no git to ask (the record stays for a later undo).
    [ -f "$record" ] || exit 0
    command -v git >/dev/null 2>&1 || exit 0
    while IFS=$'\t' read -r base prefix; do
      if [ -z "$base" ] || [ -z "$prefix" ]; then continue; fi
      # Only the exact value the wizard set.
      if git config --global --get-all "url.$base.insteadOf" 2>/dev/null | grep -qxF -- "$prefix"; then
        git config --global --unset-all "url.$base.insteadOf" "$(exact_pattern "$prefix")" && echo "REMOVED_INSTEADOF $base $prefix"
      fi
    done <"$record"
    rm -f -- "$record" && echo "CHANGE removed $record -"
    ;;
  *) echo "ERROR unknown action"; exit 2 ;;
esac
exit 0
