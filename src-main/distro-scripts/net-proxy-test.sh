#!/usr/bin/env bash
# Is the proxy reachable from inside the distro? One curl through it.
# Args: TEST_URL CONNECT_TIMEOUT_S MAX_TIME_S. The proxy (maybe with
# credentials) comes in the environment as GWS_PROXY, never as an argument,
# so it does not show in any process list. Prints:
#   PROXYTEST <curl_exit> <http_code> <connect_code> <seconds>
#   PROXYTEST_ERR <curl's message, credentials removed>
set -u
url="${1:?test url}"
connect_timeout="${2:-5}"
max_time="${3:-10}"

case "$url" in http://* | https://*) ;; *) echo "PROXYTEST_ERR bad url"; exit 2 ;; esac
[[ "$connect_timeout" =~ ^[0-9]{1,3}$ && "$max_time" =~ ^[0-9]{1,3}$ ]] || { echo "PROXYTEST_ERR bad timeout"; exit 2; }
[ -n "${GWS_PROXY:-}" ] || { echo "PROXYTEST_ERR no proxy given"; exit 2; }

# Only the proxy under test: no bypass list, no other variables.
unset all_proxy ALL_PROXY no_proxy NO_PROXY HTTP_PROXY HTTPS_PROXY
export http_proxy="$GWS_PROXY" https_proxy="$GWS_PROXY"

out="$(curl -sS -o /dev/null --connect-timeout "$connect_timeout" --max-time "$max_time" \
  -w 'GWSRESULT %{http_code} %{http_connect} %{time_total}\n' --url "$url" 2>&1)"
rc=$?
result="$(printf '%s\n' "$out" | grep '^GWSRESULT ' | tail -n1)"
msg="$(printf '%s\n' "$out" | grep -v '^GWSRESULT ' | head -n3 | tr '\n' ' ' | sed -E 's#://[^/@ ]*@#://***:***@#g' | head -c 400)"
[ -n "$msg" ] && echo "PROXYTEST_ERR ${msg}"
read -r _ code connect secs <<<"${result:-GWSRESULT 000 000 0}"
echo "PROXYTEST ${rc} ${code:-000} ${connect:-000} ${secs:-0}"
exit 0
