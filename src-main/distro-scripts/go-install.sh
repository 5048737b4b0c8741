#!/usr/bin/env bash
# Install a verified Go tarball at /usr/local/go, atomically.
#
#   go-install.sh --tarball PATH --sha256 HEX --version goX.Y.Z [--size BYTES]
#
# Needs lib-go.sh prepended (the loader, src-main/distro-scripts/index.ts). Runs as root.
# Every absolute path is under ROOT (GWS_ROOT, a sandbox in tests; empty in a
# real distro).
#
# Why this order (see docs/go-install.md):
#  - the tarball was verified on the Windows side, but it is hashed again here,
#    while it is extracted (one read, the hash on another core), because these
#    are the bytes that get installed: a file changed after that check (disk,
#    another program, the /mnt/c path) is refused. Its size is checked first;
#  - extraction goes into a stage dir next to the target; the stage is only
#    renamed into place after the hash matches and the staged `go version` says
#    the expected version;
#  - we never extract over an existing tree (mixed-version trees are a classic
#    failure, GO_INSTALL_EXTRACT_OVER);
#  - the old tree is renamed aside and deleted only after the new one runs from
#    its final path; a run killed at any point leaves either the old tree, the
#    new tree, or (between two renames) the old tree aside, which the next run
#    puts back before doing anything else.
set -euo pipefail
shopt -s inherit_errexit
declare -F gws_emit >/dev/null || { echo 'go-install.sh: lib-go.sh must be sent first' >&2; exit 2; }

ROOT="${GWS_ROOT:-}"
tarball='' sha256='' version='' size=''
while [ $# -gt 0 ]; do
  case $1 in
    --tarball) tarball=${2-}; shift 2 ;;
    --sha256) sha256=${2-}; shift 2 ;;
    --version) version=${2-}; shift 2 ;;
    --size) size=${2-}; shift 2 ;;
    *) gws_fail BAD_ARGS "unknown argument: $1" ;;
  esac
done
[[ $sha256 =~ ^[0-9a-f]{64}$ ]] || gws_fail BAD_ARGS 'sha256 must be 64 lowercase hex digits'
[[ $version =~ ^go[0-9]+(\.[0-9]+)*([a-z]+[0-9]+)?$ ]] || gws_fail BAD_ARGS "not a Go version: $version"
[ -n "$tarball" ] || gws_fail BAD_ARGS 'missing --tarball'
[[ -z $size || $size =~ ^[1-9][0-9]{0,11}$ ]] || gws_fail BAD_ARGS 'size must be a positive number of bytes'

# A Windows path (the download lives on the Windows side) becomes /mnt/c/...
if [[ $tarball =~ ^[A-Za-z]:[\\/] ]] && command -v wslpath >/dev/null 2>&1; then
  tarball=$(wslpath -u "$tarball")
fi
[ -f "$tarball" ] || gws_fail GO_TARBALL_CORRUPT "tarball not found: $tarball"
# A truncated or appended file is refused before anything is extracted.
if [ -n "$size" ]; then
  actual_size=$(stat -c %s -- "$tarball")
  [ "$actual_size" = "$size" ] || gws_fail GO_TARBALL_CORRUPT "tarball is $actual_size bytes, the release list says $size"
fi

parent="$ROOT/usr/local"
target="$parent/go"
mkdir -p -- "$parent"

# One installer at a time per root; a second one waits up to a minute.
exec 9>"$parent/.go-wsl-setup.lock"
flock -w 60 9 || gws_fail INSTALL_BUSY 'another Go install is running'

# --- recover from a run that was killed -------------------------------------
gws_phase recover
for stage in "$parent"/.go-stage.*; do
  [ -e "$stage" ] && rm -rf -- "$stage"
done
for old in "$parent"/.go-old.*; do
  [ -e "$old" ] || continue
  if [ ! -e "$target" ]; then
    # Killed between the two renames: the old tree goes back first.
    mv -- "$old" "$target"
    gws_emit recovered restored-old "$target"
  elif gws_tree_version "$target" >/dev/null; then
    # Killed after the new tree was in place but before the old one was deleted.
    rm -rf -- "$old"
    gws_emit recovered removed-old "$old"
  else
    gws_fail GO_INSTALL_STATE "both $target and $old exist and $target does not run; left untouched"
  fi
done

# --- extract + verify in one read ---------------------------------------------
gws_phase extract
stage=$(mktemp -d "$parent/.go-stage.XXXXXX")
work=$(mktemp -d "${TMPDIR:-/tmp}/gws-install.XXXXXX")
cleanup() { rm -rf -- "$work"; [ -z "${stage:-}" ] || rm -rf -- "$stage"; }
trap cleanup EXIT

mkfifo "$work/fifo"
gws_sha256 <"$work/fifo" >"$work/sum" &
sum_pid=$!
tar_rc=0
# tee feeds the hasher through the fifo while tar unpacks the same bytes.
tee "$work/fifo" <"$tarball" | tar -xzf - -C "$stage" --no-same-owner 2>"$work/tar.err" || tar_rc=$?
wait "$sum_pid" || gws_fail GO_TARBALL_CORRUPT 'hashing the tarball failed'
actual=$(cut -d' ' -f1 <"$work/sum")
if [ "$actual" != "$sha256" ]; then
  gws_fail GO_TARBALL_CORRUPT "sha256 mismatch: expected $sha256, got $actual"
fi
[ "$tar_rc" -eq 0 ] || gws_fail GO_TARBALL_CORRUPT "tar failed: $(head -c 300 "$work/tar.err")"

# The official layout is exactly one top-level directory, go/.
entries=$(find "$stage" -mindepth 1 -maxdepth 1 -printf '%f\n' | sort | tr '\n' ' ')
[ "$entries" = 'go ' ] || gws_fail GO_TARBALL_CORRUPT "unexpected top level in tarball: $entries"

gws_phase check
staged=$(gws_tree_version "$stage/go") || gws_fail GO_WRONG_ARCH 'the staged go binary does not run (wrong architecture?)'
[ "$staged" = "$version" ] || gws_fail GO_WRONG_VERSION "tarball holds $staged, expected $version"

# --- swap ---------------------------------------------------------------------
gws_phase swap
old=''
if [ -e "$target" ] || [ -L "$target" ]; then
  old="$parent/.go-old.$$"
  mv -- "$target" "$old"
fi
mv -- "$stage/go" "$target"
rmdir -- "$stage"
stage=''

gws_phase verify
final=$(gws_tree_version "$target" || true)
if [ "$final" != "$version" ]; then
  # Put the old tree back: the user keeps a working Go.
  mv -- "$target" "$parent/.go-stage.bad$$"
  [ -z "$old" ] || mv -- "$old" "$target"
  rm -rf -- "$parent/.go-stage.bad$$"
  gws_fail GO_INSTALL_VERIFY "installed tree reports '$final', expected $version; previous install restored"
fi
[ -z "$old" ] || rm -rf -- "$old"

# --- manifest -----------------------------------------------------------------
gws_phase manifest
manifest=$(gws_manifest_path "$ROOT")
printf 'version=%s\nsha256=%s\ngoroot=/usr/local/go\n' "$version" "$sha256" |
  gws_atomic_write "$manifest" '' 0644

gws_emit installed "$version" /usr/local/go "$sha256"
