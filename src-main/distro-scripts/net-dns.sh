#!/usr/bin/env bash
# DNS from inside the distro: resolv.conf as it is (and wsl.conf's say on
# generating it), then each test host resolved with a bounded wait.
# Args: TIMEOUT_S HOST... Prints RESOLV_BEGIN..RESOLV_END, WSLCONF <line>,
# RESOLVE <host> <exit> <ms> <addr,addr,...>.
set -u
root="${GWS_ROOT:-}"
timeout_s="${1:?timeout}"
shift
[[ "$timeout_s" =~ ^[0-9]{1,2}$ ]] || { echo "ERROR bad timeout"; exit 2; }

echo "RESOLV_BEGIN"
head -c 8192 "${root}/etc/resolv.conf" 2>/dev/null
echo
echo "RESOLV_END"
if [ -f "${root}/etc/wsl.conf" ]; then
  grep -iE '^[[:space:]]*(\[network\]|generateResolvConf)' "${root}/etc/wsl.conf" | head -n4 | sed 's/^/WSLCONF /'
fi

for host in "$@"; do
  [[ "$host" =~ ^[A-Za-z0-9.-]{1,253}$ ]] || { echo "RESOLVE invalid 2 0 "; continue; }
  start="$(date +%s%N)"
  out="$(timeout "$timeout_s" getent ahosts "$host" 2>/dev/null)"
  rc=$?
  ms=$((($(date +%s%N) - start) / 1000000))
  addrs="$(printf '%s\n' "$out" | awk '{ print $1 }' | sort -u | head -n4 | paste -sd, -)"
  echo "RESOLVE $host $rc $ms $addrs"
done
exit 0
