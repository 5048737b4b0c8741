#!/usr/bin/env bash
# The GOPROXY race: one curl per URL, all at once, a line as each finishes
# (so the caller can decide on the first healthy answers and stop the rest).
# Args: CONNECT_TIMEOUT_S MAX_TIME_S URL... ; optional proxy in GWS_PROXY.
# Prints per URL (index from 0):
#   PROBE_ERR <i> <curl's message>        (only on failure, always before PROBE)
#   PROBE <i> <curl_exit> <http_code> <seconds>
set -u
connect_timeout="${1:?connect timeout}"
max_time="${2:?max time}"
shift 2
[[ "$connect_timeout" =~ ^[0-9]{1,3}$ && "$max_time" =~ ^[0-9]{1,3}$ ]] || { echo "bad timeouts" >&2; exit 2; }
if [ "$#" -lt 1 ] || [ "$#" -gt 16 ]; then echo "1 to 16 urls" >&2; exit 2; fi

unset all_proxy ALL_PROXY HTTP_PROXY HTTPS_PROXY
if [ -n "${GWS_PROXY:-}" ]; then
  export http_proxy="$GWS_PROXY" https_proxy="$GWS_PROXY"
  unset no_proxy NO_PROXY
else
  unset http_proxy https_proxy
fi

# In a sandbox (tests) the distro's trust store lives under GWS_ROOT.
store_args=()
if [ -n "${GWS_ROOT:-}" ] && [ -d "${GWS_ROOT}/etc/ssl/certs" ]; then store_args=(--capath "${GWS_ROOT}/etc/ssl/certs"); fi

probe() {
  local index="$1" url="$2" out rc line result="" msg="" code secs
  out="$(curl -sS -o /dev/null "${store_args[@]}" --connect-timeout "$connect_timeout" --max-time "$max_time" \
    -w 'GWSRESULT %{http_code} %{time_total}\n' --url "$url" 2>&1)"
  rc=$?
  # Builtins only from here on: every extra process would delay this line, and
  # with several probes on two cores that delay is what the race measures.
  while IFS= read -r line; do
    case "$line" in
      "GWSRESULT "*) result="${line#GWSRESULT }" ;;
      "") ;;
      *) msg="${msg:+$msg }$line" ;;
    esac
  done <<<"$out"
  code="${result%% *}"
  secs="${result#* }"
  # One printf per line: a short write to a pipe is atomic, so lines from parallel probes never mix.
  # (curl does not print proxy credentials; the caller redacts all output again regardless.)
  if [ "$rc" -ne 0 ] && [ -n "$msg" ]; then printf 'PROBE_ERR %s %s\n' "$index" "${msg:0:300}"; fi
  printf 'PROBE %s %s %s %s\n' "$index" "$rc" "${code:-000}" "${secs:-0}"
}

index=0
for url in "$@"; do
  case "$url" in
    http://* | https://*) probe "$index" "$url" & ;;
    *) printf 'PROBE %s 3 000 0\n' "$index" ;;
  esac
  index=$((index + 1))
done
wait
exit 0
