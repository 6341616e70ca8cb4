#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# The packaging test: packages the existing build tree with CPack (DEB, RPM, TGZ), unpacks the
# .deb into a scratch root with dpkg -x, checks its dependencies and files, validates the desktop
# entry and the AppStream file, runs the installed quarry (--version, query, the GUI offscreen),
# builds a program against the installed Quarry::Core with find_package(QuarryCore), and checks
# that the RPM holds the same files.
#
# In the test build the packaged binaries carry ASan/UBSan (so the .deb depends on libasan8 and
# libubsan1); that is fine for this test. Release packages come from a Release build, see
# packaging/README.md.
#
# Usage: install-test.sh SOURCE_DIR BUILD_DIR WORK_DIR VERSION SANITIZE(ON|OFF)
set -euo pipefail

SOURCE_DIR=$1
BUILD_DIR=$2
WORK=$3
VERSION=$4
SANITIZE=$5
APP_ID=io.github.quarry.Quarry
CMAKE=${CMAKE_COMMAND:-cmake}
CPACK=${CPACK_COMMAND:-cpack}

step() { printf '\n==> %s\n' "$*"; }
fail() {
    printf 'FAIL: %s\n' "$*" >&2
    exit 1
}

rm -rf -- "$WORK"
mkdir -p -- "$WORK/home" "$WORK/runtime"
chmod 700 "$WORK/runtime"
# The installed app writes its settings here, never into the real home.
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config XDG_DATA_HOME=$WORK/home/.local/share
export XDG_CACHE_HOME=$WORK/home/.cache XDG_RUNTIME_DIR=$WORK/runtime
# Nothing may find libquarrycore except through the installed binary's own RPATH.
unset LD_LIBRARY_PATH

step "cpack: DEB, RPM, TGZ from $BUILD_DIR"
# Faster compression than the release defaults (zstd for the .deb, gzip for the RPM): the same
# packages, made in less time from the large sanitizer build.
"$CPACK" --config "$BUILD_DIR/CPackConfig.cmake" -G 'DEB;RPM;TGZ' -B "$WORK/out" \
    -D CPACK_DEBIAN_COMPRESSION_TYPE=zstd -D CPACK_RPM_COMPRESSION_TYPE=gzip \
    >"$WORK/cpack.log" 2>&1 || {
    cat "$WORK/cpack.log" >&2
    fail "cpack failed"
}
shopt -s nullglob
debs=("$WORK"/out/*.deb)
rpms=("$WORK"/out/*.rpm)
tgzs=("$WORK"/out/*.tar.gz)
shopt -u nullglob
((${#debs[@]} == 1 && ${#rpms[@]} == 1 && ${#tgzs[@]} == 1)) ||
    fail "expected one .deb, one .rpm and one .tar.gz in $WORK/out: $(ls "$WORK/out")"
deb=${debs[0]} rpm=${rpms[0]}
ls -l "$WORK/out"

step "dpkg-deb -I: metadata and dependencies"
dpkg-deb -I "$deb"
[[ $(dpkg-deb -f "$deb" Package) == quarry ]] || fail "package name"
[[ $(dpkg-deb -f "$deb" Version) == "$VERSION" ]] || fail "version is not $VERSION"
depends=$(dpkg-deb -f "$deb" Depends)
# dpkg-shlibdeps ran: the libraries quarry links are package dependencies, with versions.
for pkg in libqt6core6 libqt6widgets6 libqt6sql6 libqt6keychain1 libsqlite3-0 libpq5 libqt6svg6 libc6; do
    grep -Eq "(^|, )$pkg( |,|$)" <<<"$depends" || fail "Depends lacks $pkg: $depends"
done
# Every dependency is satisfied on this machine (what apt would check before installing it).
IFS=',' read -ra groups <<<"$depends"
for group in "${groups[@]}"; do
    ok=0
    IFS='|' read -ra alternatives <<<"$group"
    for alt in "${alternatives[@]}"; do
        read -r name op version <<<"$(sed -E 's/[()]/ /g' <<<"$alt")"
        installed=$(dpkg-query -W -f='${Version}' "$name" 2>/dev/null) || continue
        [[ -n $installed ]] || continue
        if [[ -z ${op:-} ]] || dpkg --compare-versions "$installed" "$op" "$version"; then
            ok=1
            break
        fi
    done
    ((ok)) || fail "unsatisfied dependency:$group"
done
echo "all dependencies satisfied"

step "dpkg -x into a scratch root"
root=$WORK/root
dpkg -x "$deb" "$root"
quarry=$root/usr/bin/quarry
[[ -x $quarry ]] || fail "no usr/bin/quarry"
# A path pattern under the root (** = any directories, for lib/ or lib/<multiarch>/).
expect_file() {
    local matches
    shopt -s globstar nullglob
    # shellcheck disable=SC2206 # the pattern is meant to be expanded
    matches=("$root"/$1)
    shopt -u globstar nullglob
    ((${#matches[@]} > 0)) || fail "the package lacks $1"
    printf '  %s\n' "${matches[@]#"$root"/}"
}
expect_file "usr/lib/**/libquarrycore.so.0"
expect_file "usr/lib/**/libquarrycore.so.$VERSION"
expect_file "usr/include/quarry/database/database.h"
expect_file "usr/include/quarry/connection/session.h"
expect_file "usr/lib/**/cmake/QuarryCore/QuarryCoreConfig.cmake"
expect_file "usr/lib/**/cmake/QuarryCore/QuarryCoreConfigVersion.cmake"
expect_file "usr/lib/**/cmake/QuarryCore/QuarryCoreTargets.cmake"
expect_file "usr/share/applications/$APP_ID.desktop"
expect_file "usr/share/metainfo/$APP_ID.metainfo.xml"
expect_file "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in 16 22 24 32 48 64 128 256 512; do
    expect_file "usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    [[ $(file -b "$root/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png") == \
        "PNG image data, $size x $size,"* ]] || fail "the ${size}x$size icon is not that size"
done
expect_file "usr/share/man/man1/quarry.1.gz"
# The man page was generated from this binary's help: it lists its commands.
zcat "$root/usr/share/man/man1/quarry.1.gz" | sed 's/\\-/-/g' >"$WORK/quarry.1"
for command in query tables reflect create-all drop-all diff migrate; do
    grep -q -- "^$command " "$WORK/quarry.1" ||
        fail "the man page does not mention '$command'"
done
# The engine back-ends' headers are private.
[[ ! -e $root/usr/include/quarry/driver/postgres ]] || fail "private headers installed"

step "validate the desktop entry and the AppStream metadata"
desktop-file-validate "$root/usr/share/applications/$APP_ID.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$APP_ID.metainfo.xml"
# The tree as a whole: the metainfo's launchable desktop entry and its icon are where it says.
appstreamcli validate-tree --no-net "$root"
grep -q "<release version=\"$VERSION\"" "$root/usr/share/metainfo/$APP_ID.metainfo.xml" ||
    fail "the metainfo has no release $VERSION"

step "run the installed quarry"
# It finds its own libquarrycore in the scratch root through its RPATH ($ORIGIN/../lib…).
core_lib=$(ldd "$quarry" | awk '$1 ~ /^libquarrycore/ {print $3}')
echo "libquarrycore: $core_lib"
[[ $core_lib == "$root"/* ]] || fail "the installed quarry loads libquarrycore from '$core_lib'"
out=$("$quarry" --version)
echo "$out"
[[ $out == "quarry $VERSION" ]] || fail "--version printed '$out'"

db=$WORK/fresh.db
url=sqlite:///$db
"$quarry" query "$url" "CREATE TABLE pet (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"
# shellcheck disable=SC2016 # $1 and $2 are Quarry's placeholders
"$quarry" query "$url" 'INSERT INTO pet (name) VALUES ($1), ($2)' -p phroge -p chonky
# CSV lines end in CRLF (RFC 4180).
out=$("$quarry" query "$url" "SELECT id, name FROM pet ORDER BY id" --csv | tr -d '\r')
echo "$out"
[[ $out == $'id,name\n1,phroge\n2,chonky' ]] || fail "query printed '$out'"

step "start the installed GUI offscreen on the database for a second"
QT_QPA_PLATFORM=offscreen "$quarry" "$db" >"$WORK/gui.log" 2>&1 &
gui=$!
sleep 1
if ! kill -0 "$gui" 2>/dev/null; then
    rc=0
    wait "$gui" || rc=$?
    cat "$WORK/gui.log" >&2
    fail "the GUI exited within a second (status $rc)"
fi
kill -TERM "$gui"
wait "$gui" || true
cat "$WORK/gui.log"
echo "the GUI ran"

step "build a program against the installed Quarry::Core (find_package(QuarryCore))"
consumer_flags=()
if [[ $SANITIZE == ON ]]; then
    # The installed core is instrumented; the program must load the sanitizer runtimes first.
    consumer_flags=("-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined"
        "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined")
fi
"$CMAKE" -S "$SOURCE_DIR/tests/packaging/consumer" -B "$WORK/consumer" -G Ninja \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_PREFIX_PATH="$root/usr" \
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF "${consumer_flags[@]}" | tee "$WORK/consumer.log"
grep -q "QuarryCore $VERSION in $root/" "$WORK/consumer.log" ||
    fail "find_package(QuarryCore) did not find the installed package"
"$CMAKE" --build "$WORK/consumer"
out=$("$WORK/consumer/quarry-consumer" "$WORK/consumer.db")
echo "$out"
[[ $out == "pets=2" ]] || fail "the consumer printed '$out'"

step "rpm -qpl: the RPM holds the same files as the .deb"
rpm -qpi "$rpm"
requires=$(rpm -qpR "$rpm")
printf 'Requires:\n%s\n' "$requires"
# rpmbuild's dependency generator ran: the linked libraries are required by SONAME.
for soname in libQt6Core.so.6 libQt6Widgets.so.6 libqt6keychain.so.1 libpq.so.5 libsqlite3.so.0; do
    grep -q "^$soname()" <<<"$requires" || fail "the RPM does not require $soname"
done
# Files and symlinks only: which directories a package owns differs by design.
rpm -qp --qf '[%{FILEMODES:perms} %{FILENAMES}\n]' "$rpm" |
    awk '$1 !~ /^d/ {print $2}' | sort >"$WORK/rpm.files"
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print substr($6, 2)}' | sort >"$WORK/deb.files"
if ! diff -u "$WORK/deb.files" "$WORK/rpm.files"; then
    fail "the RPM and the .deb hold different files"
fi
echo "$(wc -l <"$WORK/rpm.files") files in both"

step "the TGZ holds the same files"
tar -tzf "${tgzs[0]}" | grep -v '/$' | sed 's|^[^/]*/|/usr/|' | sort >"$WORK/tgz.files"
diff -u "$WORK/deb.files" "$WORK/tgz.files" || fail "the TGZ and the .deb hold different files"

# The packages and the unpacked tree are large: flush them now, not during the next test.
sync
printf '\nPASS\n'
