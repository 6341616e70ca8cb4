#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Builds Quarry's AppImage from a configured and built CMake build directory:
#   1. cmake --install into Quarry.AppDir/usr
#   2. bundles the Qt plugins quarry needs (platforms, wayland, xcbglintegrations, input
#      contexts, sqldrivers, imageformats, iconengines) and, by ldd, every library they and
#      quarry link (the Qt libraries, QtKeychain, QCoro, libpq, sqlite, ...), plus libsecret,
#      which QtKeychain loads at run time; libraries in ./excludelist stay the host's
#   3. writes qt.conf, AppRun, the desktop entry and the icon at the AppDir's root
#   4. packs the AppDir: with appimagetool if it is on PATH (or $APPIMAGETOOL), else with
#      mksquashfs and an AppImage runtime file given with --runtime (the type 2 runtime from
#      github.com/AppImage/type2-runtime/releases)
# Neither appimagetool nor the runtime is packaged by Debian 12: on a machine with neither, use
# --appdir-only and pack the AppDir elsewhere.
#
# Usage: build-appimage.sh BUILD_DIR OUT_DIR [--appdir-only] [--runtime FILE]
# Release: configure with -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr first (see
# packaging/README.md). The AppImage runs on distributions with glibc >= the build machine's.
set -euo pipefail

HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
APP_ID=io.github.quarry.Quarry

usage() {
    sed -n 's/^# Usage: //p' "${BASH_SOURCE[0]}" >&2
    exit 2
}
die() {
    printf 'build-appimage.sh: %s\n' "$*" >&2
    exit 1
}

(($# >= 2)) || usage
BUILD_DIR=$(cd -- "$1" && pwd -P)
mkdir -p -- "$2"
OUT_DIR=$(cd -- "$2" && pwd -P)
shift 2
APPDIR_ONLY=0
RUNTIME=""
while (($#)); do
    case $1 in
        --appdir-only) APPDIR_ONLY=1 ;;
        --runtime)
            (($# >= 2)) || usage
            RUNTIME=$(readlink -f -- "$2")
            shift
            ;;
        *) usage ;;
    esac
    shift
done

VERSION=$(sed -n 's/^CMAKE_PROJECT_VERSION:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt")
[[ -n $VERSION ]] || die "$BUILD_DIR is not a configured Quarry build directory"
ARCH=$(uname -m)
APPDIR=$OUT_DIR/Quarry.AppDir

qt_query() {
    local tool
    for tool in qmake6 qtpaths6 /usr/lib/qt6/bin/qmake; do
        if command -v "$tool" >/dev/null 2>&1; then
            "$tool" -query "$1"
            return
        fi
    done
    die "neither qmake6 nor qtpaths6 found (Debian: qt6-base-dev-tools)"
}
QT_PLUGINS=$(qt_query QT_INSTALL_PLUGINS)
QT_TRANSLATIONS=$(qt_query QT_INSTALL_TRANSLATIONS)
[[ -d $QT_PLUGINS/platforms ]] || die "no Qt plugins in $QT_PLUGINS"

printf '==> Installing %s into %s\n' "$BUILD_DIR" "$APPDIR"
rm -rf -- "$APPDIR"
cmake --install "$BUILD_DIR" --prefix "$APPDIR/usr" --strip >/dev/null
[[ -x $APPDIR/usr/bin/quarry ]] || die "the install has no usr/bin/quarry"
LIB=$APPDIR/usr/lib
PLUGINS=$APPDIR/usr/plugins
mkdir -p -- "$LIB" "$PLUGINS"

# Plugins by directory: a glob per plugin kind, only those the system has. No platform theme:
# the GTK one would drag GTK in; Qt's own style is used instead.
printf '==> Bundling Qt plugins from %s\n' "$QT_PLUGINS"
PLUGIN_GLOBS=(
    "platforms/libqxcb.so" "platforms/libqwayland-*.so" "platforms/libqoffscreen.so"
    "platforms/libqminimal.so"
    "wayland-decoration-client/*.so" "wayland-graphics-integration-client/*.so"
    "wayland-shell-integration/*.so"
    "xcbglintegrations/*.so" "platforminputcontexts/*.so"
    "sqldrivers/*.so" "imageformats/*.so" "iconengines/*.so"
)
elves=("$APPDIR/usr/bin/quarry")
shopt -s nullglob
for pattern in "${PLUGIN_GLOBS[@]}"; do
    for plugin in "$QT_PLUGINS"/$pattern; do
        kind=$(basename -- "$(dirname -- "$plugin")")
        mkdir -p -- "$PLUGINS/$kind"
        cp -L -- "$plugin" "$PLUGINS/$kind/"
        elves+=("$PLUGINS/$kind/$(basename -- "$plugin")")
    done
done
libdirs=("$APPDIR"/usr/lib*/libquarrycore.so.* "$APPDIR"/usr/lib/*/libquarrycore.so.*)
shopt -u nullglob
elves+=("${libdirs[@]}")
[[ -e $PLUGINS/platforms/libqxcb.so ]] || die "the xcb platform plugin is missing"

# QtKeychain opens libsecret with dlopen, so ldd does not see it.
# (awk reads all of ldconfig's output: an early exit would kill it with SIGPIPE, and pipefail.)
secret=$(ldconfig -p | awk '$1 == "libsecret-1.so.0" && !found {print $NF; found = 1}')
if [[ -n $secret ]]; then
    cp -L -- "$secret" "$LIB/libsecret-1.so.0"
    ln -sf libsecret-1.so.0 "$LIB/libsecret-1.so"
    elves+=("$LIB/libsecret-1.so.0")
else
    printf 'warning: libsecret-1.so.0 not found: passwords cannot go to the keychain\n' >&2
fi

mapfile -t EXCLUDES < <(grep -Ev '^[[:space:]]*(#|$)' "$HERE/excludelist")
excluded() {
    local name=$1 pattern
    for pattern in "${EXCLUDES[@]}"; do
        [[ $name =~ $pattern ]] && return 0
    done
    return 1
}

printf '==> Bundling the libraries they link\n'
declare -A seen=()
while ((${#elves[@]})); do
    elf=${elves[0]}
    elves=("${elves[@]:1}")
    while read -r name arrow path _; do
        [[ $arrow == "=>" ]] || continue
        [[ $path != "not" ]] || die "$elf: $name not found"
        [[ -z ${seen[$name]:-} ]] || continue
        seen[$name]=1
        [[ $path == "$APPDIR"/* ]] && continue
        excluded "$name" && continue
        cp -L -- "$path" "$LIB/$name"
        elves+=("$LIB/$name")
    done < <(env -u LD_LIBRARY_PATH ldd "$elf")
done
printf '    %s libraries, %s plugins\n' "$(find "$LIB" -name '*.so*' | wc -l)" \
    "$(find "$PLUGINS" -name '*.so' | wc -l)"

# Qt's own messages in the languages Quarry has, for QLibraryInfo::TranslationsPath.
mkdir -p -- "$APPDIR/usr/translations"
find "$QT_TRANSLATIONS" -maxdepth 1 -name 'qtbase_*.qm' -exec cp -- {} "$APPDIR/usr/translations/" \;

# Relative to the binary's directory: Qt looks here, not in the system's plugin directory.
cat >"$APPDIR/usr/bin/qt.conf" <<'CONF'
[Paths]
Prefix = ..
Plugins = plugins
Translations = translations
CONF

install -m 755 -- "$HERE/AppRun" "$APPDIR/AppRun"
cp -- "$APPDIR/usr/share/applications/$APP_ID.desktop" "$APPDIR/"
cp -- "$APPDIR/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$APPDIR/"
if [[ -e $APPDIR/usr/share/icons/hicolor/256x256/apps/$APP_ID.png ]]; then
    cp -- "$APPDIR/usr/share/icons/hicolor/256x256/apps/$APP_ID.png" "$APPDIR/"
    ln -sf "$APP_ID.png" "$APPDIR/.DirIcon"
else
    ln -sf "$APP_ID.svg" "$APPDIR/.DirIcon"
fi
printf '==> AppDir ready: %s (%s)\n' "$APPDIR" "$(du -sh "$APPDIR" | cut -f1)"

((APPDIR_ONLY)) && exit 0

IMAGE=$OUT_DIR/Quarry-$VERSION-$ARCH.AppImage
APPIMAGETOOL=${APPIMAGETOOL:-$(command -v appimagetool || true)}
if [[ -n $APPIMAGETOOL ]]; then
    printf '==> Packing with %s\n' "$APPIMAGETOOL"
    ARCH=$ARCH "$APPIMAGETOOL" "$APPDIR" "$IMAGE"
elif [[ -n $RUNTIME ]]; then
    # What appimagetool does, without its optional update information and signature: the
    # runtime (an ELF that mounts the image appended to it) followed by the AppDir as squashfs.
    [[ -f $RUNTIME ]] || die "no runtime at $RUNTIME"
    command -v mksquashfs >/dev/null || die "mksquashfs not found (Debian: squashfs-tools)"
    printf '==> Packing with mksquashfs and the runtime %s\n' "$RUNTIME"
    rm -f -- "$IMAGE" "$OUT_DIR/Quarry.squashfs"
    mksquashfs "$APPDIR" "$OUT_DIR/Quarry.squashfs" -root-owned -noappend -comp gzip -quiet
    cat -- "$RUNTIME" "$OUT_DIR/Quarry.squashfs" >"$IMAGE"
    rm -f -- "$OUT_DIR/Quarry.squashfs"
    chmod 755 "$IMAGE"
else
    die "the AppDir is built, but packing it needs appimagetool or --runtime FILE; Debian 12 \
packages neither (see packaging/README.md)"
fi
printf '==> %s\n' "$IMAGE"
