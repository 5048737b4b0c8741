# shellcheck shell=bash
# Shared helpers for the go-*.sh distro scripts.
#
# Scripts reach the distro on stdin (`bash -s -- ARGS`), so there is no file to
# `source`: src-main/distro-scripts/index.ts (the loader) sends this file's text followed by
# the script's text as one stdin payload. Nothing here runs on its own; it only
# defines functions. Data never appears in this text: it arrives as arguments
# or environment.
#
# Output protocol (parsed by src-shared/go/records.ts): machine lines on stdout
# are `GWS<TAB>kind<TAB>field...`; everything else is for the human log.

# These constants are used by the scripts sent after this file.
# shellcheck disable=SC2034
{
# Marker the lines of our init-file blocks start and end with.
GWS_BLOCK_BEGIN='# >>> go-wsl-setup go >>>'
GWS_BLOCK_END='# <<< go-wsl-setup go <<<'
# First line of files we own entirely (/etc/profile.d/go.sh).
GWS_OWNED_MARK='# managed by go-wsl-setup'
}

# One machine-readable record. Tabs and newlines inside fields would break the
# framing, so they are turned into spaces.
gws_emit() {
  local out='GWS' f
  for f in "$@"; do
    f=${f//$'\t'/ }
    f=${f//$'\n'/ }
    f=${f//$'\r'/ }
    out+=$'\t'"$f"
  done
  printf '%s\n' "$out"
}

gws_phase() { gws_emit phase "$1"; }

# A diagnosed failure: a catalog-style id the UI can explain, then a detail.
gws_fail() {
  local id=$1
  shift
  gws_emit error "$id" "$*"
  printf 'error: %s: %s\n' "$id" "$*" >&2
  exit 1
}

# Owner (uid:gid) of a path, so files we create in a home belong to its user
# even though we run as root.
gws_owner_of() { stat -c '%u:%g' "$1"; }

# Write stdin to FILE atomically (temp file in the same directory + rename),
# keeping mode and owner of an existing file, or using OWNER/MODE for a new one.
gws_atomic_write() {
  local file=$1 owner=$2 mode=$3 dir tmp
  dir=$(dirname -- "$file")
  mkdir -p -- "$dir"
  tmp=$(mktemp "$dir/.gws-tmp.XXXXXX")
  if ! cat >"$tmp"; then
    rm -f -- "$tmp"
    return 1
  fi
  if [ -e "$file" ]; then
    chmod --reference="$file" -- "$tmp"
    chown --reference="$file" -- "$tmp" 2>/dev/null || true
  else
    chmod "$mode" -- "$tmp"
    [ -z "$owner" ] || chown "$owner" -- "$tmp" 2>/dev/null || true
  fi
  sync -- "$tmp" 2>/dev/null || true
  mv -f -- "$tmp" "$file"
}

# Print FILE without our marked block (all copies of it, should a user have
# pasted it twice).
gws_strip_block() {
  [ -f "$1" ] || return 0
  awk -v b="$GWS_BLOCK_BEGIN" -v e="$GWS_BLOCK_END" '
    $0 == b { skip = 1; next }
    skip && $0 == e { skip = 0; next }
    !skip { print }
  ' "$1"
}

# Keep one backup of a user file, taken before our first change to it, so the
# user's own version is never lost. Later changes only touch our block.
gws_backup_once() {
  local file=$1
  [ -f "$file" ] || return 0
  [ -e "$file.go-wsl-setup.bak" ] || cp -p -- "$file" "$file.go-wsl-setup.bak"
}

# Put BLOCK_BODY (stdin) into FILE between our markers, replacing any earlier
# copy. Applying twice changes nothing: the file is rewritten only when its text
# would change. Prints `changed` or `unchanged`.
gws_block_apply() {
  local file=$1 owner=$2 body new
  body=$(cat)
  new=$(
    gws_strip_block "$file"
    printf '%s\n%s\n%s\n' "$GWS_BLOCK_BEGIN" "$body" "$GWS_BLOCK_END"
  )
  if [ -f "$file" ] && [ "$(cat -- "$file")" = "$new" ]; then
    echo unchanged
    return 0
  fi
  gws_backup_once "$file"
  printf '%s\n' "$new" | gws_atomic_write "$file" "$owner" 0644
  echo changed
}

# Remove our block from FILE, if present. Prints `changed` or `unchanged`.
gws_block_remove() {
  local file=$1
  if [ ! -f "$file" ] || ! grep -qxF -- "$GWS_BLOCK_BEGIN" "$file"; then
    echo unchanged
    return 0
  fi
  gws_strip_block "$file" | gws_atomic_write "$file" '' 0644
  echo changed
}

# `go version` of a tree, isolated from the caller's Go settings: GOROOT would
# point the binary elsewhere, and GOTOOLCHAIN could make Go >= 1.21 switch to
# another toolchain instead of reporting its own version.
gws_tree_version() {
  local tree=$1 out
  [ -x "$tree/bin/go" ] || return 1
  out=$(cd / && env -u GOROOT -u GOPATH GOTOOLCHAIN=local GOFLAGS= "$tree/bin/go" version 2>/dev/null) || return 1
  # "go version go1.22.0 linux/amd64" -> go1.22.0
  out=${out#go version }
  printf '%s\n' "${out%% *}"
}

# SHA-256 of stdin as `HEX ...` (the caller cuts the first field). OpenSSL when
# it works (SHA-NI / AVX2 code: about 3x coreutils' sha256sum, which matters
# because this hash runs next to gzip during extraction), else sha256sum. The
# probe hashes nothing, so a broken or refusing openssl only costs the fallback.
gws_sha256() {
  if command -v openssl >/dev/null 2>&1 && openssl dgst -sha256 -r </dev/null >/dev/null 2>&1; then
    openssl dgst -sha256 -r
  else
    sha256sum
  fi
}

# The manifest that says what we installed; uninstall trusts nothing else.
gws_manifest_path() { printf '%s/var/lib/go-wsl-setup/go.manifest\n' "$1"; }

# Read one key of the manifest (key=value lines).
gws_manifest_get() {
  local file=$1 key=$2
  [ -f "$file" ] || return 1
  sed -n "s/^$key=//p" "$file" | head -n 1
}

# A home directory from the arguments, or the user's from the passwd database.
gws_resolve_home() {
  local home=$1 user=$2
  if [ -n "$home" ]; then
    printf '%s\n' "$home"
  elif [ -n "$user" ]; then
    getent passwd "$user" | cut -d: -f6
  fi
}

# Shell init files where old Go settings hide, with ROOT and HOME applied.
# One per line; only files that exist.
gws_init_files() {
  local root=$1 home=$2 f
  for f in "$root$home/.bashrc" "$root$home/.bash_profile" "$root$home/.bash_login" \
    "$root$home/.profile" "$root$home/.zshrc" "$root$home/.zprofile" "$root$home/.zshenv" \
    "$root/etc/profile" "$root/etc/bash.bashrc" "$root/etc/environment" \
    "$root/etc/zsh/zshenv" "$root/etc/zsh/zshrc" "$root/etc/zsh/zprofile" "$root"/etc/profile.d/*.sh; do
    [ -f "$f" ] && printf '%s\n' "$f"
  done
  return 0
}

# Regular expressions (ERE) for the init-file lines old installs leave behind.
# Commented lines never match: they start with optional blanks then the code.
GWS_RE_GOROOT='^[[:space:]]*(export[[:space:]]+)?GOROOT='
GWS_RE_GVM='^[[:space:]]*[^#]*\.gvm/scripts/gvm'
GWS_RE_GOENV='^[[:space:]]*[^#]*(goenv init|\.goenv/bin|GOENV_ROOT)'
export GWS_RE_GOROOT GWS_RE_GVM GWS_RE_GOENV

# Print `LINE<TAB>TEXT` for lines of FILE matching ERE, outside our own block.
gws_grep_outside_block() {
  local file=$1 re=$2
  awk -v b="$GWS_BLOCK_BEGIN" -v e="$GWS_BLOCK_END" -v re="$re" '
    $0 == b { skip = 1; next }
    skip && $0 == e { skip = 0; next }
    !skip && $0 ~ re { printf "%d\t%s\n", NR, $0 }
  ' "$file"
}

# Undo go-path.sh apply: our /etc/profile.d/go.sh and our blocks, nothing else.
# Emits `GWS removed file|block PATH`.
gws_path_remove() {
  local root=$1 home=$2 rc r
  if [ -f "$root/etc/profile.d/go.sh" ] && head -n 1 -- "$root/etc/profile.d/go.sh" | grep -qxF -- "$GWS_OWNED_MARK"; then
    rm -f -- "$root/etc/profile.d/go.sh"
    gws_emit removed file /etc/profile.d/go.sh ''
  fi
  for rc in .bashrc .zshrc; do
    r=$(gws_block_remove "$root$home/$rc")
    if [ "$r" = changed ]; then gws_emit removed block "$home/$rc" ''; fi
  done
}
