#!/usr/bin/env bash
# Install a company / TLS-inspection root certificate into the distro's trust
# store, so openssl, curl, git and Go (which read /etc/ssl/certs) trust it.
# Runs as root. Args: STEM BASE64_DER
#   STEM: the file name without .crt (main passes go-wsl-setup-<fingerprint prefix>)
#   BASE64_DER: the certificate, DER as base64 (main parsed and checked it; checked again here)
# GWS_ROOT (tests only): a sandbox standing in for "/".
# Prints CHANGE <written|unchanged> <file> -, then STORE <bundle file>; ERROR <reason> on failure.
set -u
umask 022
root="${GWS_ROOT:-}"
stem="${1:?stem}"
b64="${2:?certificate}"

fail() { echo "ERROR $*"; exit 1; }

[[ "$stem" =~ ^go-wsl-setup-[a-f0-9]{16}$ ]] || fail "bad file name"
[[ "$b64" =~ ^[A-Za-z0-9+/]+={0,2}$ ]] || fail "bad certificate encoding"
command -v update-ca-certificates >/dev/null 2>&1 || fail "NO_UPDATE_CA_CERTIFICATES"

dir="$root/usr/local/share/ca-certificates"
mkdir -p "$dir" || fail "cannot create $dir"
file="$dir/$stem.crt"
tmp="$(mktemp "$dir/.gws.XXXXXX")" || fail "temp file in $dir"
trap 'rm -f "$tmp"' EXIT
# update-ca-certificates takes PEM files named *.crt.
printf '%s' "$b64" | base64 -d | openssl x509 -inform DER -outform PEM -out "$tmp" 2>/dev/null || fail "not a certificate"
chmod 644 "$tmp"
if [ -e "$file" ] && cmp -s "$file" "$tmp"; then
  echo "CHANGE unchanged $file -"
else
  mv -f "$tmp" "$file" || fail "rename into $file"
  echo "CHANGE written $file -"
fi

if [ -n "$root" ]; then
  update-ca-certificates --certsconf "$root/etc/ca-certificates.conf" --certsdir "$root/usr/share/ca-certificates" \
    --localcertsdir "$dir" --etccertsdir "$root/etc/ssl/certs" --hooksdir "$root/etc/ca-certificates/update.d" >/dev/null ||
    fail "update-ca-certificates failed"
else
  update-ca-certificates >/dev/null || fail "update-ca-certificates failed"
fi
bundle="$root/etc/ssl/certs/ca-certificates.crt"
grep -qF -- "$(sed -n 2p "$file")" "$bundle" || fail "the certificate did not reach $bundle"
echo "STORE $bundle"
