#!/usr/bin/env bash
# TLS to the Go hosts as the distro sees it: who issued the certificate and
# whether the distro's CA store trusts it (a TLS-inspecting middlebox shows
# up as an issuer that is no public CA). Args: TIMEOUT_S HOST[:PORT]...
# An HTTP proxy may come in GWS_PROXY; its password, if any, reaches openssl
# through the environment (-proxy_pass env:), never the command line.
set -u
timeout_s="${1:?timeout}"
shift
[[ "$timeout_s" =~ ^[0-9]{1,2}$ ]] || { echo "ERROR bad timeout"; exit 2; }

# In a sandbox (tests) the distro's trust store lives under GWS_ROOT too.
store_args=()
if [ -n "${GWS_ROOT:-}" ] && [ -d "${GWS_ROOT}/etc/ssl/certs" ]; then store_args=(-CApath "${GWS_ROOT}/etc/ssl/certs"); fi

proxy_args=()
if [ -n "${GWS_PROXY:-}" ]; then
  hostport="$(printf '%s' "$GWS_PROXY" | sed -E 's#^[a-z0-9]+://##; s#^[^@]*@##; s#/.*$##')"
  userinfo="$(printf '%s' "$GWS_PROXY" | sed -nE 's#^[a-z0-9]+://([^@]*)@.*#\1#p')"
  proxy_args=(-proxy "$hostport")
  if [ -n "$userinfo" ]; then
    GWS_PROXY_USER="$(printf '%b' "$(printf '%s' "${userinfo%%:*}" | sed 's/%/\\x/g')")"
    GWS_PROXY_PASS="$(printf '%b' "$(printf '%s' "${userinfo#*:}" | sed 's/%/\\x/g')")"
    export GWS_PROXY_PASS
    proxy_args+=(-proxy_user "$GWS_PROXY_USER" -proxy_pass env:GWS_PROXY_PASS)
  fi
fi

for target in "$@"; do
  [[ "$target" =~ ^[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?$ ]] || continue
  host="${target%%:*}"
  port=443
  [ "$host" != "$target" ] && port="${target##*:}"
  echo "TLS_HOST $target"
  timeout "$timeout_s" openssl s_client -connect "$host:$port" -servername "$host" "${store_args[@]}" "${proxy_args[@]}" </dev/null 2>&1 |
    grep -E '^(CONNECTED|subject=|issuer=)|Verify return code:' | head -n6
done
exit 0
