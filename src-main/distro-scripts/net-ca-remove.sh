#!/usr/bin/env bash
# Undo of net-ca-import.sh: remove the root certificates the wizard installed
# (only files named go-wsl-setup-<16 hex>.crt; the user's and IT's own files
# are never touched) and rebuild the trust store. Runs as root. No args.
# GWS_ROOT (tests only): a sandbox standing in for "/".
# Prints CHANGE removed <file> - per certificate, then STORE <bundle file>;
# nothing when there was nothing to remove; ERROR <reason> on failure.
set -u
root="${GWS_ROOT:-}"

fail() { echo "ERROR $*"; exit 1; }

dir="$root/usr/local/share/ca-certificates"
shopt -s nullglob
ours=()
for f in "$dir"/go-wsl-setup-*.crt; do
  [[ "$(basename "$f")" =~ ^go-wsl-setup-[a-f0-9]{16}\.crt$ ]] && ours+=("$f")
done
[ "${#ours[@]}" -eq 0 ] && exit 0
command -v update-ca-certificates >/dev/null 2>&1 || fail "NO_UPDATE_CA_CERTIFICATES"

# The base64 line each certificate shows in the bundle, to check it is gone afterwards.
marks=()
for f in "${ours[@]}"; do
  marks+=("$(sed -n 2p "$f")")
  rm -f -- "$f" || fail "cannot remove $f"
  echo "CHANGE removed $f -"
done

# --fresh: rebuild the links and the bundle from what is left, so no trace of a removed root stays.
if [ -n "$root" ]; then
  update-ca-certificates --fresh --certsconf "$root/etc/ca-certificates.conf" --certsdir "$root/usr/share/ca-certificates" \
    --localcertsdir "$dir" --etccertsdir "$root/etc/ssl/certs" --hooksdir "$root/etc/ca-certificates/update.d" >/dev/null ||
    fail "update-ca-certificates failed"
else
  update-ca-certificates --fresh >/dev/null || fail "update-ca-certificates failed"
fi
bundle="$root/etc/ssl/certs/ca-certificates.crt"
for m in "${marks[@]}"; do
  if [ -n "$m" ] && [ -f "$bundle" ] && grep -qF -- "$m" "$bundle"; then fail "a removed certificate is still in $bundle"; fi
done
echo "STORE $bundle"
