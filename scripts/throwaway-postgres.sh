#!/usr/bin/env bash
# Sourced by test.sh and bench.sh: start_throwaway_postgres starts a private PostgreSQL cluster in a
# temporary folder (installing PostgreSQL from Debian's packages when it is missing and we are root) and
# exports TORRO_TEST_POSTGRES_URL; stop_throwaway_postgres stops it and removes the folder.

find_pg_bindir() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir; return
  fi
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && { echo "$dir"; return; }
  done
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)"
}

install_postgres_if_missing() {
  [ -n "$(find_pg_bindir)" ] && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "PostgreSQL is not installed; installing it from Debian's packages..." >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
  [ -n "$(find_pg_bindir)" ] || { echo "PostgreSQL is needed for the tests: install it (apt-get install postgresql) or run as root" >&2; return 1; }
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start_throwaway_postgres() {
  install_postgres_if_missing
  local bindir; bindir=$(find_pg_bindir)
  PG_TMP=$(mktemp -d /tmp/torro-pg.XXXXXX)
  PG_PORT=$(free_port)
  local run=()
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home "$PG_TMP" postgres
    chown postgres "$PG_TMP"
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$bindir/initdb" -D "$PG_TMP/data" -U torro --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_TMP/initdb.log" 2>&1 \
    || { cat "$PG_TMP/initdb.log" >&2; return 1; }
  "${run[@]}" "$bindir/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_TMP -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB" \
    start >/dev/null || { cat "$PG_TMP/server.log" >&2; return 1; }
  PG_BINDIR=$bindir
  PG_RUN=("${run[@]}")
  "$bindir/psql" -h 127.0.0.1 -p "$PG_PORT" -U torro -d postgres -q -c "CREATE DATABASE torro_test" >/dev/null
  export TORRO_TEST_POSTGRES_URL="postgres://torro@127.0.0.1:$PG_PORT/torro_test?sslmode=disable"
  echo "Throwaway PostgreSQL on 127.0.0.1:$PG_PORT ($("$bindir/postgres" --version))" >&2
}

stop_throwaway_postgres() {
  [ -n "${PG_TMP:-}" ] || return 0
  "${PG_RUN[@]}" "$PG_BINDIR/pg_ctl" -D "$PG_TMP/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_TMP"
  PG_TMP=
}
