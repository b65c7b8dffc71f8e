# shellcheck shell=sh
# A throwaway PostgreSQL cluster on loopback for the tests. Sourced by test.sh:
#   pg_start   creates and starts it, exports PHYSIOBENCH_TEST_PG_URL/_USER/_PASSWORD
#   pg_stop    stops it and deletes its folder
# Port: PHYSIOBENCH_TEST_PG_PORT (default 54329), away from a system server on 5432.

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

pg_start() {
  bin=$(pg_bin)
  [ -n "$bin" ] || { echo "postgres.sh: no PostgreSQL server installed (setup-machine.sh database)" >&2; return 1; }
  PG_DIR=$(mktemp -d /tmp/physiobench-pg.XXXXXX)
  PG_PORT=${PHYSIOBENCH_TEST_PG_PORT:-54329}
  chmod 755 "$PG_DIR"
  # initdb refuses to run as root: the cluster belongs to the postgres user when we are root.
  if [ "$(id -u)" -eq 0 ]; then run_pg="runuser -u postgres --"; chown postgres "$PG_DIR"; else run_pg=""; fi
  printf '%s\n' physiobench > "$PG_DIR/pwfile"; chmod 644 "$PG_DIR/pwfile"
  $run_pg "$bin/initdb" -D "$PG_DIR/data" -U physiobench --pwfile="$PG_DIR/pwfile" -A scram-sha-256 -E UTF8 >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  $run_pg "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=on" start >/dev/null \
    || { cat "$PG_DIR/server.log" >&2; return 1; }
  PGPASSWORD=physiobench "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U physiobench -d postgres -q \
    -c "CREATE DATABASE physiobench_test" >/dev/null
  export PHYSIOBENCH_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/physiobench_test"
  export PHYSIOBENCH_TEST_PG_USER=physiobench
  export PHYSIOBENCH_TEST_PG_PASSWORD=physiobench
  echo "PostgreSQL test server: $PHYSIOBENCH_TEST_PG_URL" >&2
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR" ] || return 0
  $run_pg "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
