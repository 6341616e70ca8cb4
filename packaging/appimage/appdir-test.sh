#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# The AppImage test (ctest test-packaging-appdir): builds the AppDir from BUILD_DIR and runs
# quarry through AppRun: --version, a query on a fresh SQLite file, and the GUI offscreen for a
# second, checking that every Qt library and plugin it maps comes from the AppDir. Packing the
# AppDir into the .AppImage file is not tested: Debian 12 has neither appimagetool nor the
# AppImage runtime.
#
# Usage: appdir-test.sh BUILD_DIR WORK_DIR VERSION
set -euo pipefail

HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
BUILD_DIR=$1
WORK=$2
VERSION=$3

fail() {
    printf 'FAIL: %s\n' "$*" >&2
    exit 1
}

rm -rf -- "$WORK"
mkdir -p -- "$WORK/home" "$WORK/runtime"
chmod 700 "$WORK/runtime"
bash "$HERE/build-appimage.sh" "$BUILD_DIR" "$WORK" --appdir-only
APPDIR=$WORK/Quarry.AppDir

# A bare environment: no LD_LIBRARY_PATH, no Qt variables of the caller.
run() {
    env -i PATH=/usr/bin:/bin HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/runtime" \
        ASAN_OPTIONS="${ASAN_OPTIONS:-}" LSAN_OPTIONS="${LSAN_OPTIONS:-}" \
        UBSAN_OPTIONS="${UBSAN_OPTIONS:-}" "$@"
}

out=$(run "$APPDIR/AppRun" --version)
echo "$out"
[[ $out == "quarry $VERSION" ]] || fail "AppRun --version printed '$out'"

db=$WORK/fresh.db
run "$APPDIR/AppRun" query "sqlite:///$db" "CREATE TABLE t (x INTEGER)" >/dev/null
run "$APPDIR/AppRun" query "sqlite:///$db" "INSERT INTO t VALUES (42)" >/dev/null
out=$(run "$APPDIR/AppRun" query "sqlite:///$db" "SELECT x FROM t" --csv | tr -d '\r')
[[ $out == $'x\n42' ]] || fail "AppRun query printed '$out'"

# Not through run(): $! must be quarry itself (env and AppRun exec it), not a subshell.
env -i PATH=/usr/bin:/bin HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/runtime" QT_QPA_PLATFORM=offscreen \
    "$APPDIR/AppRun" "$db" >"$WORK/gui.log" 2>&1 &
gui=$!
sleep 1
kill -0 "$gui" 2>/dev/null || {
    cat "$WORK/gui.log" >&2
    fail "the GUI exited within a second"
}
awk '$6 ~ /libQt6|\/plugins\// {print $6}' "/proc/$gui/maps" | sort -u >"$WORK/qt-maps"
kill -TERM "$gui"
wait "$gui" || true
cat "$WORK/qt-maps"
grep -q "^$APPDIR/usr/plugins/platforms/libqoffscreen.so" "$WORK/qt-maps" ||
    fail "the offscreen platform plugin was not loaded from the AppDir"
if grep -v "^$APPDIR/" "$WORK/qt-maps"; then
    fail "Qt libraries or plugins above came from outside the AppDir"
fi
# The AppDir is large: flush it now, not during the next test.
sync
echo PASS
