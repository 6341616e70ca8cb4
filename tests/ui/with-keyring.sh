#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs a test program (the arguments) on a private D-Bus session bus with a throwaway, unlocked
# GNOME Keyring as its Secret Service, so keychain tests use a real keychain without touching
# the user's. The keyring files live in a temporary directory removed afterwards; the daemon
# leaves with the bus.
set -eu
tmp=$(mktemp -d "${TMPDIR:-/tmp}/quarry-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/runtime"
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/runtime" XDG_CACHE_HOME="$tmp/cache"
# Told so, the test fails instead of skipping when the keyring does not answer.
export QUARRY_REQUIRE_KEYCHAIN=1
status=0
dbus-run-session -- sh -c '
    echo quarry-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@" || status=$?
exit "$status"
