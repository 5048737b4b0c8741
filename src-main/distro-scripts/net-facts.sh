#!/usr/bin/env bash
# Network facts from inside the distro, as tagged lines for src-shared/network:
# the default route (the Windows host in NAT mode), WSL's networking mode,
# resolv.conf, and proxy variables already set (credentials stripped here, so
# they never leave the distro). No arguments. GWS_ROOT prefixes system files
# (a sandbox in tests, empty on a real distro).
set -u
root="${GWS_ROOT:-}"

echo "ROUTE_BEGIN"
if command -v ip >/dev/null 2>&1; then
  ip -4 route show default 2>/dev/null
else
  cat /proc/net/route 2>/dev/null
fi
echo "ROUTE_END"

mode=""
if command -v wslinfo >/dev/null 2>&1; then
  mode="$(timeout 5 wslinfo --networking-mode 2>/dev/null | head -n1 | tr -cd '[:lower:]')"
fi
echo "WSLINFO ${mode}"

echo "RESOLV_BEGIN"
head -c 8192 "${root}/etc/resolv.conf" 2>/dev/null
echo
echo "RESOLV_END"

for name in https_proxy HTTPS_PROXY http_proxy HTTP_PROXY all_proxy ALL_PROXY; do
  value="${!name:-}"
  [ -n "$value" ] || continue
  # Drop userinfo: secrets stay in the distro.
  value="$(printf '%s' "$value" | head -c 512 | tr -d '\n' | sed -E 's#^([A-Za-z0-9+.-]+://)?[^@/]*@#\1#')"
  echo "ENV_PROXY ${name} ${value}"
done
exit 0
