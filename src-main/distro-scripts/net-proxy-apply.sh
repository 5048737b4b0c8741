#!/usr/bin/env bash
# Write (or remove) the proxy for the distro: a 0600 file with the exports,
# sourced from a marked block in the shell init files; apt's own setting
# (apt runs under sudo, which drops the user's environment). git and Go
# follow http(s)_proxy from the environment, so they need nothing more.
# Args: ACTION NO_PROXY
#   ACTION: shell | remove-shell (run as the user) | apt | remove-apt (run as root)
# The proxy URL comes in GWS_PROXY (it may carry credentials): never an argument.
# Every file edit: backup, temp file + rename, unchanged when already right.
# Prints CHANGE <written|unchanged|removed> <file> <backup or ->.
set -u
# In a sandbox (tests) the home lives under GWS_ROOT like every other absolute path.
if [ -n "${GWS_ROOT:-}" ]; then HOME="${GWS_ROOT}${HOME}"; export HOME; fi
umask 077
action="${1:?action}"
no_proxy_value="${2:-}"
root="${GWS_ROOT:-}"
begin='# >>> go-wsl-setup proxy >>>'
end='# <<< go-wsl-setup proxy <<<'

fail() { echo "ERROR $*"; exit 1; }

check_proxy_url() {
  # The same character set formatProxyUrl produces: nothing here can end a quote.
  # (`]` first in the bracket expression is a literal; `[` needs no escape.)
  local safe='^(http|https|socks5|socks5h)://[][A-Za-z0-9._~%:@-]+$'
  [[ "${GWS_PROXY:-}" =~ $safe ]] || fail "proxy url rejected"
}
[[ "$no_proxy_value" =~ ^[A-Za-z0-9.,:/-]*$ ]] || fail "no_proxy rejected"

# replace_file FILE NEWCONTENT_FILE: atomic replace with a backup of the old file.
replace_file() {
  local file="$1" new="$2" backup="-"
  if [ -e "$file" ] && cmp -s "$file" "$new"; then
    rm -f "$new"
    echo "CHANGE unchanged $file -"
    return 0
  fi
  if [ -e "$file" ]; then
    backup="$file.go-wsl-setup.bak"
    cp -p "$file" "$backup" || fail "backup of $file"
    chmod --reference="$file" "$new" 2>/dev/null || true
  fi
  mv -f "$new" "$file" || fail "rename into $file"
  echo "CHANGE written $file $backup"
}

# strip_block FILE: the file's text without our block (empty if absent).
strip_block() {
  [ -f "$1" ] || return 0
  awk -v b="$begin" -v e="$end" '$0 == b { skip = 1; next } $0 == e { skip = 0; next } !skip { print }' "$1"
}

set_block() {
  local file="$1" tmp
  tmp="$(mktemp "$(dirname "$file")/.gws.XXXXXX")" || fail "temp file next to $file"
  {
    strip_block "$file"
    printf '%s\n' "$begin"
    printf '%s\n' '# Managed by go-wsl-setup: the proxy the wizard tested. Change it in the wizard, or delete this block.'
    # shellcheck disable=SC2016 # $HOME is for the shell reading the file, not for us.
    printf '%s\n' '[ -r "$HOME/.config/go-wsl-setup/proxy.sh" ] && . "$HOME/.config/go-wsl-setup/proxy.sh"'
    printf '%s\n' "$end"
  } >"$tmp"
  replace_file "$file" "$tmp"
}

remove_block() {
  local file="$1" tmp
  [ -f "$file" ] || return 0
  grep -qxF "$begin" "$file" || { echo "CHANGE unchanged $file -"; return 0; }
  tmp="$(mktemp "$(dirname "$file")/.gws.XXXXXX")" || fail "temp file next to $file"
  strip_block "$file" >"$tmp"
  replace_file "$file" "$tmp"
}

init_files() {
  # Non-login interactive bash reads .bashrc; login shells read .bash_profile or else .profile; zsh .zshrc.
  printf '%s\n' "$HOME/.bashrc"
  if [ -f "$HOME/.bash_profile" ]; then printf '%s\n' "$HOME/.bash_profile"; else printf '%s\n' "$HOME/.profile"; fi
  [ -f "$HOME/.zshrc" ] && printf '%s\n' "$HOME/.zshrc"
  return 0
}

case "$action" in
  shell)
    check_proxy_url
    url="$GWS_PROXY"
    dir="$HOME/.config/go-wsl-setup"
    if ! mkdir -p "$dir" || ! chmod 700 "$dir"; then fail "cannot create $dir"; fi
    tmp="$(mktemp "$dir/.gws.XXXXXX")" || fail "temp file in $dir"
    {
      echo "# Written by go-wsl-setup. Holds the proxy (maybe with credentials): keep it private (mode 600)."
      echo "export http_proxy='$url' https_proxy='$url' HTTP_PROXY='$url' HTTPS_PROXY='$url'"
      echo "export no_proxy='$no_proxy_value' NO_PROXY='$no_proxy_value'"
    } >"$tmp"
    chmod 600 "$tmp"
    replace_file "$dir/proxy.sh" "$tmp"
    while IFS= read -r f; do set_block "$f"; done < <(init_files)
    ;;
  remove-shell)
    while IFS= read -r f; do remove_block "$f"; done < <(init_files)
    if [ -f "$HOME/.config/go-wsl-setup/proxy.sh" ]; then
      rm -f "$HOME/.config/go-wsl-setup/proxy.sh" && echo "CHANGE removed $HOME/.config/go-wsl-setup/proxy.sh -"
    fi
    ;;
  apt | remove-apt)
    conf_dir="${root}/etc/apt/apt.conf.d"
    [ -d "$conf_dir" ] || { echo "SKIP apt not present"; exit 0; }
    [ -w "$conf_dir" ] || fail "apt settings need root"
    conf="$conf_dir/95go-wsl-setup-proxy"
    if [ "$action" = remove-apt ]; then
      [ -f "$conf" ] && rm -f "$conf" && echo "CHANGE removed $conf -"
      exit 0
    fi
    check_proxy_url
    url="$GWS_PROXY"
    tmp="$(mktemp "$conf_dir/.gws.XXXXXX")" || fail "temp file in $conf_dir"
    {
      echo "// Written by go-wsl-setup: apt through the proxy the wizard tested."
      echo "Acquire::http::Proxy \"$url\";"
      echo "Acquire::https::Proxy \"$url\";"
    } >"$tmp"
    chmod 600 "$tmp"
    replace_file "$conf" "$tmp"
    ;;
  *) fail "unknown action" ;;
esac
exit 0
