#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Quarry's one set-up script; README.md's two commands call it.
#   ./setup.sh run          install packages, build build/run, create the sample database, start Quarry
#   ./setup.sh test [ARGS]  install packages, build build/test, run ctest against a throwaway
#                           PostgreSQL 15 cluster (ARGS go to ctest, e.g. -L core, -R reflect)
# Meant for Debian 12. Runs as root (CI) or as a user with sudo.
set -euo pipefail

ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
cd "$ROOT"

# Everything both builds need; the test build adds the PostgreSQL server for its throwaway cluster.
PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qcoro-qt6-dev
    libsqlite3-dev libpq-dev sqlite3
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libsecret-1-0 qt6-svg-dev fonts-dejavu-core libqscintilla2-qt6-dev
    help2man librsvg2-bin
)
# The keychain tests run against a throwaway GNOME Keyring on a private session bus; the
# packaging tests build .deb and .rpm packages and validate the desktop files.
TEST_PACKAGES=(postgresql-15 postgresql-client-15 dbus-daemon dbus-bin gnome-keyring
    dpkg-dev rpm file desktop-file-utils appstream)

# The build directories are set in CMakePresets.json (presets "run" -> build/run, "test" ->
# build/test); this one must match it.
RUN_BUILD=$ROOT/build/run

SAMPLE_SQL=$ROOT/resources/sample/sample.sql
SAMPLE_DB=$RUN_BUILD/sample.db
QUARRY=$RUN_BUILD/app/quarry

# What `./setup.sh run` starts: the desktop app on the sample database.
QUARRY_LAUNCH=("$QUARRY" "$SAMPLE_DB")

PG_BIN=/usr/lib/postgresql/15/bin
PG_PORT_MIN=20000
PG_PORT_MAX=60000
PG_START_ATTEMPTS=10

say() { printf '==> %s\n' "$*"; }
warn() { printf 'setup.sh: %s\n' "$*" >&2; }
die() {
    warn "$*"
    exit 1
}

usage() {
    cat <<'EOF'
Usage: ./setup.sh COMMAND

Commands:
  run           install missing Debian packages, build build/run (RelWithDebInfo),
                create build/run/sample.db if absent, and start Quarry on it
  test [ARGS]   install missing Debian packages (incl. PostgreSQL 15), build build/test
                (Debug, -Werror, ASan/UBSan, tests and bench), start a throwaway PostgreSQL 15
                cluster and run ctest; ARGS are passed to ctest (e.g. -L core, -R NAME)
  help          show this text
EOF
}

# Root runs things directly; anyone else goes through sudo.
as_root() {
    if ((EUID == 0)); then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root for: $* (run as root or install sudo)"
    fi
}

# From / so that postgres never has to read the caller's working directory.
as_postgres() {
    if ((EUID == 0)); then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && sudo -u postgres -- "$@")
    fi
}

install_packages() {
    local pkg status missing=()
    for pkg in "$@"; do
        status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
        [[ $status == "install ok installed" ]] || missing+=("$pkg")
    done
    if ((${#missing[@]} == 0)); then
        say "All ${#} required packages are installed"
        return
    fi
    say "Installing missing packages: ${missing[*]}"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}"
}

# Configures and builds one preset from CMakePresets.json.
build_preset() {
    say "Configuring (cmake --preset $1)"
    cmake --preset "$1"
    say "Building (cmake --build --preset $1)"
    cmake --build --preset "$1"
}

# ---------------------------------------------------------------------------------------------
# run

create_sample_db() {
    if [[ -e $SAMPLE_DB ]]; then
        say "Sample database exists: $SAMPLE_DB"
        return
    fi
    say "Creating the sample database $SAMPLE_DB"
    # Built under a temporary name so that a failure never leaves a half-made sample behind.
    local tmp=$SAMPLE_DB.tmp
    rm -f -- "$tmp" "$tmp-journal" "$tmp-wal" "$tmp-shm"
    if ! "$QUARRY" query "sqlite:///$tmp" --file "$SAMPLE_SQL" >/dev/null; then
        rm -f -- "$tmp" "$tmp-journal" "$tmp-wal" "$tmp-shm"
        die "could not create the sample database from $SAMPLE_SQL"
    fi
    mv -f -- "$tmp" "$SAMPLE_DB"
}

cmd_run() {
    (($# == 0)) || die "'run' takes no arguments (got: $*)"
    install_packages "${PACKAGES[@]}"
    build_preset run
    [[ -x $QUARRY ]] || die "the build did not produce $QUARRY"
    create_sample_db
    say "Starting: ${QUARRY_LAUNCH[*]}"
    exec "${QUARRY_LAUNCH[@]}"
}

# ---------------------------------------------------------------------------------------------
# test: a throwaway PostgreSQL 15 cluster, owned by postgres, in a fresh directory under /tmp

PG_TMP=""       # the cluster's directory: data/, its unix socket, server.log; removed on exit
PG_STARTING=0   # set once pg_ctl start has been tried, so cleanup knows to stop the server

pg_cleanup() {
    [[ -n $PG_TMP ]] || return 0
    if ((PG_STARTING)); then
        say "Stopping the throwaway PostgreSQL cluster"
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_TMP/data" stop -m fast -w -t 30 >/dev/null 2>&1 ||
            as_postgres "$PG_BIN/pg_ctl" -D "$PG_TMP/data" stop -m immediate -w -t 30 \
                >/dev/null 2>&1 || true
    fi
    as_root rm -rf -- "$PG_TMP" || warn "could not remove $PG_TMP"
    PG_TMP=""
}

on_exit() {
    local rc=$?
    trap - EXIT INT TERM
    pg_cleanup
    exit "$rc"
}

random_port() {
    echo $((PG_PORT_MIN + (RANDOM * 32768 + RANDOM) % (PG_PORT_MAX - PG_PORT_MIN + 1)))
}

# True if something accepts TCP connections on 127.0.0.1:$1 (bash's /dev/tcp; no ss needed).
port_in_use() {
    # shellcheck disable=SC2016 # $0 is expanded by the inner bash
    timeout 3 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0"' "$1" 2>/dev/null
}

pg_start() {
    [[ -x $PG_BIN/initdb && -x $PG_BIN/pg_ctl ]] || die "PostgreSQL 15 not found in $PG_BIN"
    getent passwd postgres >/dev/null || die "there is no 'postgres' user"

    PG_TMP=$(mktemp -d /tmp/quarry-pg.XXXXXXXX)
    chmod 700 "$PG_TMP"
    PG_PASSWORD=$(head -c 24 /dev/urandom | od -An -v -tx1 | tr -d ' \n')
    (umask 077 && printf '%s\n' "$PG_PASSWORD" >"$PG_TMP/pwfile")
    as_root chown -R postgres:postgres "$PG_TMP"

    say "Creating a throwaway PostgreSQL 15 cluster in $PG_TMP"
    local out
    if ! out=$(as_postgres "$PG_BIN/initdb" -D "$PG_TMP/data" -U postgres \
        --pwfile="$PG_TMP/pwfile" --auth-local=peer --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 2>&1); then
        printf '%s\n' "$out" >&2
        die "initdb failed"
    fi
    as_root rm -f -- "$PG_TMP/pwfile"

    local attempt port
    for ((attempt = 1; attempt <= PG_START_ATTEMPTS; attempt++)); do
        port=$(random_port)
        port_in_use "$port" && continue
        PG_STARTING=1
        if as_postgres "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 \
            -o "-p $port -k $PG_TMP -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null 2>&1; then
            PG_PORT=$port
            break
        fi
        warn "PostgreSQL did not start on port $port (attempt $attempt); its log ends:"
        as_root tail -n 5 "$PG_TMP/server.log" >&2 || true
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_TMP/data" stop -m immediate -w >/dev/null 2>&1 || true
    done
    [[ -n ${PG_PORT:-} ]] || die "could not start PostgreSQL after $PG_START_ATTEMPTS attempts"

    # Proves the URL the tests get works: TCP on loopback, password authentication.
    if ! out=$(PGPASSWORD=$PG_PASSWORD PGCONNECT_TIMEOUT=10 "$PG_BIN/psql" -X -q -A -t \
        -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c 'SELECT version()' 2>&1); then
        printf '%s\n' "$out" >&2
        die "cannot log in to the throwaway cluster on 127.0.0.1:$PG_PORT"
    fi
    say "PostgreSQL 15 is up on 127.0.0.1:$PG_PORT (${out%% on *})"

    export QUARRY_TEST_PG_URL="postgresql://postgres:$PG_PASSWORD@127.0.0.1:$PG_PORT/postgres"
    export QUARRY_REQUIRE_PG=1
}

cmd_test() {
    install_packages "${PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    build_preset test

    trap on_exit EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    pg_start

    # The "test" test preset: --test-dir build/test --output-on-failure -j2, no tests = error.
    say "Running: ctest --preset test $*"
    local rc=0
    ctest --preset test "$@" || rc=$?
    if ((rc == 0)); then say "Tests passed"; else warn "ctest exited with status $rc"; fi
    exit "$rc"
}

# ---------------------------------------------------------------------------------------------

main() {
    if (($# == 0)); then
        usage >&2
        exit 2
    fi
    local cmd=$1
    shift
    case $cmd in
        run) cmd_run "$@" ;;
        test) cmd_test "$@" ;;
        help | -h | --help) usage ;;
        *)
            warn "unknown command '$cmd'"
            usage >&2
            exit 2
            ;;
    esac
}

main "$@"
