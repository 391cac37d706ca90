#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the test suite.
#
#   scripts/test-postgres.sh start    install PostgreSQL if needed (Debian, apt-get), create and
#                                     start a cluster in $DYADIC_PG_DIR, create database dyadic_test.
#                                     Reuses a cluster that is already running there (idempotent).
#   scripts/test-postgres.sh url      print the URL for DYADIC_TEST_POSTGRES
#   scripts/test-postgres.sh status   exit 0 if the server is running
#   scripts/test-postgres.sh stop     stop the server and delete $DYADIC_PG_DIR
#
# Typical use:
#   scripts/test-postgres.sh start
#   export DYADIC_TEST_POSTGRES="$(scripts/test-postgres.sh url)"
#   mvn test
#
# Settings (environment):
#   DYADIC_PG_DIR   folder holding the cluster, its socket and log (default /tmp/dyadic-test-pg)
#   DYADIC_PG_PORT  TCP port on 127.0.0.1 (default 54329)
#   DYADIC_PG_BIN   folder with initdb/pg_ctl/psql, if not Debian's /usr/lib/postgresql/*/bin
#
# The server trusts every connection (no password) and listens on 127.0.0.1 only; fsync is off.
# It is for tests only. Progress goes to stderr; only `url` writes to stdout.
set -euo pipefail

PG_DIR="${DYADIC_PG_DIR:-/tmp/dyadic-test-pg}"
PG_PORT="${DYADIC_PG_PORT:-54329}"
PG_USER=dyadic
PG_DB=dyadic_test
DATA="$PG_DIR/data"
LOG="$PG_DIR/server.log"
MARKER="$PG_DIR/.dyadic-test-pg"

log() { printf 'test-postgres: %s\n' "$*" >&2; }
die() { printf 'test-postgres: ERROR: %s\n' "$*" >&2; exit 1; }

log_tail() {
  if [ -s "$LOG" ]; then
    printf 'test-postgres: last lines of %s:\n' "$LOG" >&2
    tail -n 30 "$LOG" | sed 's/^/    /' >&2
  else
    printf 'test-postgres: (server log %s is empty or missing)\n' "$LOG" >&2
  fi
}

usage() {
  echo "usage: $0 start|stop|url|status" >&2
  exit 2
}

case "$PG_PORT" in '' | *[!0-9]*) die "DYADIC_PG_PORT must be a number, got '$PG_PORT'" ;; esac
case "$PG_DIR" in
  /*) ;;
  *) die "DYADIC_PG_DIR must be an absolute path, got '$PG_DIR'" ;;
esac
case "$PG_DIR" in
  / | /tmp | /tmp/ | /home | /root | /usr* | /etc* | /var | /var/) die "refusing to use DYADIC_PG_DIR='$PG_DIR'" ;;
esac

# --- where the PostgreSQL programs are ------------------------------------------------------
find_bin() {
  local d
  if [ -n "${DYADIC_PG_BIN:-}" ]; then
    [ -x "$DYADIC_PG_BIN/initdb" ] && [ -x "$DYADIC_PG_BIN/pg_ctl" ] && { echo "$DYADIC_PG_BIN"; return 0; }
    return 1
  fi
  # Debian/Ubuntu: newest major version first.
  for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k5,5 -V -r); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  # Elsewhere (Homebrew, Fedora, a source build): initdb and pg_ctl side by side on PATH.
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    d="$(dirname "$(command -v initdb)")"
    [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  fi
  return 1
}

install_postgres() {
  command -v apt-get >/dev/null 2>&1 \
    || die "PostgreSQL server programs (initdb, pg_ctl) not found and apt-get is not available. Install PostgreSQL, or set DYADIC_PG_BIN to the folder holding initdb and pg_ctl."
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      die "PostgreSQL server programs (initdb, pg_ctl) not found. Install them with: sudo apt-get install postgresql   (or set DYADIC_PG_BIN)"
    fi
  fi
  log "PostgreSQL not found; installing package 'postgresql' with apt-get (its own cluster is not used)"
  local t0=$SECONDS
  if ! { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q \
         && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql; } >&2; then
    die "apt-get could not install package 'postgresql' (see the apt output above)"
  fi
  log "installed postgresql in $((SECONDS - t0))s"
}

# --- running commands as the cluster owner -----------------------------------------------------
# initdb and postgres refuse to run as root: as root, the cluster belongs to user 'postgres'.
if [ "$(id -u)" -eq 0 ]; then
  OWNER=postgres
else
  OWNER="$(id -un)"
fi

as_owner() {
  if [ "$(id -u)" -ne 0 ]; then
    "$@"
  elif command -v runuser >/dev/null 2>&1; then
    runuser -u "$OWNER" -- "$@"
  else
    # su needs one command string: quote every word.
    su -s /bin/sh "$OWNER" -c "$(printf '%q ' "$@")"
  fi
}

pg_running() {
  # pg_ctl status: 0 running, 3 not running, 4 no (usable) data folder.
  [ -f "$DATA/PG_VERSION" ] && (cd / && as_owner "$BIN/pg_ctl" status -D "$DATA" >/dev/null 2>&1)
}

pg_version() {
  # "pg_ctl (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" -> 15.18
  "$BIN/pg_ctl" --version | sed -E 's/^[^0-9]*([0-9][0-9.]*).*/\1/'
}

running_port() {
  # Line 4 of postmaster.pid is the port the running server listens on.
  sed -n 4p "$DATA/postmaster.pid" 2>/dev/null || true
}

psql_admin() {
  "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres "$@"
}

write_conf() {
  # Re-written before every start, so a changed DYADIC_PG_PORT or folder takes effect.
  as_owner tee "$DATA/dyadic.conf" >/dev/null <<EOF
# Written by scripts/test-postgres.sh: a throwaway test server.
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DIR'
max_connections = 100
# Tests do not need durability: faster without.
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  if ! grep -q "^include_if_exists = 'dyadic.conf'" "$DATA/postgresql.conf"; then
    printf "\ninclude_if_exists = 'dyadic.conf'\n" | as_owner tee -a "$DATA/postgresql.conf" >/dev/null
  fi
}

prepare_dir() {
  if [ -e "$PG_DIR" ] && [ ! -f "$MARKER" ] && [ -n "$(ls -A "$PG_DIR" 2>/dev/null)" ]; then
    die "$PG_DIR exists, is not empty and was not made by this script; remove it or set DYADIC_PG_DIR"
  fi
  mkdir -p "$PG_DIR" || die "cannot create $PG_DIR"
  touch "$MARKER"
  if [ "$(id -u)" -eq 0 ]; then
    id "$OWNER" >/dev/null 2>&1 \
      || die "user '$OWNER' does not exist (it comes with Debian's postgresql package); as root the cluster must belong to it"
    chown -R "$OWNER" "$PG_DIR"
  fi
  chmod 755 "$PG_DIR"   # the data folder itself stays 0700
  as_owner test -w "$PG_DIR" \
    || die "user '$OWNER' cannot write to $PG_DIR (a parent folder may be closed to it); set DYADIC_PG_DIR to a folder under /tmp"
}

init_cluster() {
  local locale_args=(--no-locale)
  if locale -a 2>/dev/null | grep -qixE 'c\.utf-?8'; then
    locale_args=(--locale=C.UTF-8)
  fi
  rm -rf "$DATA"
  log "creating cluster in $DATA (PostgreSQL $(pg_version), owner $OWNER)"
  if ! (cd "$PG_DIR" && as_owner env LC_ALL=C LANG=C "$BIN/initdb" -D "$DATA" -U "$PG_USER" \
          -A trust -E UTF8 "${locale_args[@]}" >"$PG_DIR/initdb.log" 2>&1); then
    sed 's/^/    /' "$PG_DIR/initdb.log" >&2
    die "initdb failed (output above)"
  fi
}

check_port_free() {
  if [ -x "$BIN/pg_isready" ] && "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 2 >/dev/null 2>&1; then
    die "another server already listens on 127.0.0.1:$PG_PORT (not the one in $DATA); stop it or set DYADIC_PG_PORT"
  fi
}

start_server() {
  write_conf
  log "starting server on 127.0.0.1:$PG_PORT (log: $LOG)"
  # 9>&-: the server must not inherit (and hold forever) the lock taken in cmd_start.
  if ! (cd "$PG_DIR" && as_owner "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 90 start >&2 9>&-); then
    log_tail
    die "the PostgreSQL server did not start"
  fi
}

cmd_start() {
  local t0=$SECONDS
  BIN="$(find_bin)" || { install_postgres; BIN="$(find_bin)" || die "PostgreSQL installed, but no initdb/pg_ctl found under /usr/lib/postgresql/*/bin"; }

  # Two concurrent `start`s must not both run initdb.
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$PG_DIR.lock"
    flock -w 120 9 || die "another '$0 start' has held $PG_DIR.lock for 2 minutes; giving up"
  fi

  if pg_running; then
    local port
    port="$(running_port)"
    if [ -n "$port" ] && [ "$port" != "$PG_PORT" ]; then
      die "the server in $DATA is running on port $port, not $PG_PORT; run '$0 stop' first"
    fi
    log "server in $DATA is already running; reusing it"
  else
    check_port_free
    prepare_dir
    local want
    want="$(pg_version | cut -d. -f1)"
    if [ ! -f "$DATA/PG_VERSION" ] || [ "$(cat "$DATA/PG_VERSION")" != "$want" ]; then
      init_cluster
    else
      log "reusing stopped cluster in $DATA"
    fi
    start_server
  fi

  if ! psql_admin -tAc 'select 1' >/dev/null 2>"$PG_DIR/psql.err"; then
    sed 's/^/    /' "$PG_DIR/psql.err" >&2
    log_tail
    die "the server runs, but user $PG_USER cannot connect over TCP to 127.0.0.1:$PG_PORT"
  fi
  if [ "$(psql_admin -tAc "select count(*) from pg_database where datname = '$PG_DB'")" != 1 ]; then
    log "creating database $PG_DB"
    psql_admin -c "create database $PG_DB" >&2 || { log_tail; die "could not create database $PG_DB"; }
  fi
  log "ready in $((SECONDS - t0))s: $("$BIN/psql" -X -tA -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -c 'show server_version')" \
      "at $(cmd_url)"
}

cmd_stop() {
  if [ ! -e "$PG_DIR" ]; then
    log "nothing to stop: $PG_DIR does not exist"
    return 0
  fi
  [ -f "$MARKER" ] || die "$PG_DIR was not made by this script; not touching it"
  local rc=0
  if BIN="$(find_bin)" && pg_running; then
    log "stopping server in $DATA"
    if ! (cd / && as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >&2); then
      log "fast shutdown failed; trying immediate shutdown"
      (cd / && as_owner "$BIN/pg_ctl" -D "$DATA" -m immediate -w -t 30 stop >&2) || { log_tail; rc=1; }
    fi
  fi
  if [ "$rc" -ne 0 ]; then
    die "could not stop the server; $PG_DIR left in place"
  fi
  rm -rf "$PG_DIR"
  rm -f "$PG_DIR.lock"
  log "stopped; removed $PG_DIR"
}

cmd_url() {
  echo "postgresql://$PG_USER@127.0.0.1:$PG_PORT/$PG_DB"
}

cmd_status() {
  if BIN="$(find_bin)" && pg_running; then
    log "running on 127.0.0.1:$(running_port) (data $DATA)"
  else
    log "not running"
    return 3
  fi
}

[ $# -eq 1 ] || usage
case "$1" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  url) cmd_url ;;
  status) cmd_status ;;
  *) usage ;;
esac
