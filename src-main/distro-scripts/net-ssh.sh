#!/usr/bin/env bash
# SSH for git: an ed25519 key on request (never overwriting one), and a test
# login to the git host, falling back to its port-443 host (if it has one)
# when port 22 is blocked. Args:
#   key COMMENT   create the key if there is none, then show it
#   show          show the key, if any
#   test HOST PORT FALLBACK_HOST FALLBACK_PORT TIMEOUT_S USER KNOWN_HOSTS_B64
#        (empty FALLBACK_HOST: no fallback; USER is git for every real service, another one only
#        in tests against a local sshd; KNOWN_HOSTS_B64: the pinned host keys, base64 of known_hosts
#        lines, empty = none: every key is then unknown and refused)
# Prints PUBKEY <line>, FINGERPRINT <line>, CREATED, SSH_TRY <host> <port> <exit>, SSH_OUT <text>.
set -u
# In a sandbox (tests) the home lives under GWS_ROOT like every other absolute path.
if [ -n "${GWS_ROOT:-}" ]; then HOME="${GWS_ROOT}${HOME}"; export HOME; fi
action="${1:?action}"
key="$HOME/.ssh/id_ed25519"

case "$action" in
  key | show)
    comment="${2:-}"
    [[ "$comment" =~ ^[A-Za-z0-9._@+-]*$ ]] || { echo "ERROR comment rejected"; exit 2; }
    if [ "$action" = key ] && [ ! -f "$key" ]; then
      mkdir -p "$HOME/.ssh" && chmod 700 "$HOME/.ssh"
      # No passphrase: go get runs git non-interactively; the user may add one with ssh-keygen -p.
      ssh-keygen -q -t ed25519 -N '' -C "$comment" -f "$key" </dev/null >/dev/null || { echo "ERROR ssh-keygen failed"; exit 1; }
      echo "CREATED"
    fi
    if [ -f "$key.pub" ]; then
      echo "PUBKEY $(head -n1 "$key.pub")"
      echo "FINGERPRINT $(ssh-keygen -lf "$key.pub" | head -n1)"
    fi
    ;;
  test)
    timeout_s="${6:-10}"
    [[ "$timeout_s" =~ ^[0-9]{1,2}$ ]] || { echo "ERROR bad timeout"; exit 2; }
    login="${7:-git}"
    # The same pattern as src-shared/names (LINUX_USER_RE).
    [[ "$login" =~ ^[a-z_][a-z0-9_-]{0,31}$ ]] || { echo "ERROR bad user"; exit 2; }
    pins="${8:-}"
    [[ "$pins" =~ ^[A-Za-z0-9+/=]*$ && ${#pins} -le 65536 ]] || { echo "ERROR bad known_hosts"; exit 2; }
    # Only the published keys are trusted: a first contact is never recorded (accept-new would
    # record whatever an intercepting network presents). The file is ours and temporary.
    known="$(mktemp)" || { echo "ERROR mktemp failed"; exit 1; }
    trap 'rm -f "$known"' EXIT
    printf '%s' "$pins" | base64 -d >"$known" 2>/dev/null || { echo "ERROR bad known_hosts"; exit 2; }
    try() {
      local host="$1" port="$2" out rc
      [[ "$host" =~ ^[A-Za-z0-9.-]{1,253}$ && "$port" =~ ^[0-9]{1,5}$ ]] || return 2
      mkdir -p "$HOME/.ssh" && chmod 700 "$HOME/.ssh"
      # BatchMode: never a prompt. StrictHostKeyChecking=yes against the pinned keys only:
      # an unknown or changed key fails ("Host key verification failed").
      out="$(timeout $((timeout_s + 5)) ssh -T -p "$port" -o BatchMode=yes -o ConnectTimeout="$timeout_s" \
        -o StrictHostKeyChecking=yes -o UserKnownHostsFile="$known" -o GlobalKnownHostsFile=/dev/null \
        -o UpdateHostKeys=no "$login@$host" </dev/null 2>&1)"
      rc=$?
      echo "SSH_TRY $host $port $rc"
      printf '%s\n' "$out" | head -n4 | sed 's/^/SSH_OUT /'
      # GitHub and Gitee answer a good key with exit 1 and "successfully authenticated", GitLab with
      # "Welcome to GitLab"; a refusal or timeout is 255. An answer from the server ends the test.
      printf '%s' "$out" | grep -qE "successfully authenticated|Welcome to GitLab|Permission denied" && return 0
      return 1
    }
    try "${2:?host}" "${3:?port}" || { [ -n "${4:-}" ] && try "$4" "${5:?fallback port}"; }
    ;;
  *) echo "ERROR unknown action"; exit 2 ;;
esac
exit 0
