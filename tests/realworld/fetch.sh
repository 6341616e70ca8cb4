#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fetches the real-world schemas the `realworld` tests read (DESIGN.md §5) from Debian packages
# into a cache directory: `apt-get download` + `dpkg -x`, once; later runs reuse the cache.
set -euo pipefail

cache=$(realpath -m "${1:?usage: fetch.sh CACHE_DIR}")
packages=(roundcube-core pdns-backend-sqlite3 pdns-backend-pgsql icinga2-ido-pgsql mariadb-test-data)
mkdir -p "$cache/debs" "$cache/root"
cd "$cache/debs"

missing=()
for pkg in "${packages[@]}"; do
    [[ -e "$cache/root/.$pkg" ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

download() { apt-get download "${missing[@]}" 2>&1 | grep -v "couldn't be accessed by user '_apt'" || true; }
download
for pkg in "${missing[@]}"; do
    if ! compgen -G "${pkg}_*.deb" >/dev/null; then
        # a fresh machine may have no package lists yet
        if [[ $(id -u) -eq 0 ]]; then apt-get update -qq; download; fi
        break
    fi
done
for pkg in "${missing[@]}"; do
    deb=$(compgen -G "${pkg}_*.deb" | head -n1) || { echo "fetch.sh: could not download $pkg" >&2; exit 1; }
    dpkg-deb -x "$deb" "$cache/root"
    touch "$cache/root/.$pkg"
done
