#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (docs/ARCHITECTURE.md, "Two stores").
#
#   scripts/pg-test-cluster.sh start [DIR]   initdb into DIR (a new temporary folder when left out),
#                                            start it on a free loopback port with its socket in DIR,
#                                            make a role with a password; prints the URL on stdout
#                                            (postgres://counselor:PASS@127.0.0.1:PORT/postgres)
#                                            and the folder on stderr. DIR/app-url holds a second
#                                            URL, for counselor_app: a login without SUPERUSER or
#                                            BYPASSRLS, as the department server's own role will be
#                                            (a superuser skips row-level security, so policies can
#                                            only be tested through a role like this one)
#   scripts/pg-test-cluster.sh stop DIR      stop the server and remove DIR
#
# Runs the server as the unprivileged `postgres` user when started as root (initdb refuses root),
# as the current user otherwise. The server's output goes to DIR/server.log: a server started by
# pg_ctl inherits its caller's pipes, and a caller waiting for them to close would wait forever.
set -euo pipefail

die() { echo "pg-test-cluster: $*" >&2; exit 1; }

bindir() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v initdb)")"
    return
  fi
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$found" ] && [ -x "$found/initdb" ] || die "initdb not found: install PostgreSQL (Debian: apt-get install postgresql)."
  echo "$found"
}

# Runs a command as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

start() {
  local dir=${1:-}
  [ -n "$dir" ] || dir=$(mktemp -d "${TMPDIR:-/tmp}/counselor-pg.XXXXXX")
  mkdir -p "$dir"
  local bin; bin=$(bindir)
  if [ "$(id -u)" -eq 0 ]; then
    getent passwd postgres >/dev/null || die "there is no 'postgres' user to run the server as (initdb refuses root)."
    chown postgres: "$dir"
  fi
  chmod 700 "$dir"
  local password; password=$(node -e 'console.log(require("crypto").randomBytes(18).toString("hex"))')
  local port; port=$(free_port)
  local pwfile="$dir/.pw"
  (umask 077; echo "$password" > "$pwfile")
  [ "$(id -u)" -eq 0 ] && chown postgres: "$pwfile"
  # The superuser is `counselor` with a password (scram), reachable only over loopback TCP and the
  # folder's socket. C.UTF-8: byte order like SQLite's, whatever the machine's locale.
  as_owner "$bin/initdb" -D "$dir/data" -U counselor --pwfile="$pwfile" --auth=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  rm -f "$pwfile"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
    start </dev/null >"$dir/pg_ctl.log" 2>&1 || { cat "$dir/pg_ctl.log" "$dir/server.log" >&2; die "the server did not start"; }
  echo "$port" > "$dir/port"
  local app_password; app_password=$(node -e 'console.log(require("crypto").randomBytes(18).toString("hex"))')
  PGPASSWORD=$password "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U counselor -d postgres \
    -c "CREATE ROLE counselor_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '$app_password'" \
    </dev/null >"$dir/roles.log" 2>&1 || { cat "$dir/roles.log" >&2; die "could not create the counselor_app role"; }
  (umask 077; echo "postgres://counselor_app:$app_password@127.0.0.1:$port/postgres" > "$dir/app-url")
  echo "pg-test-cluster: running in $dir (stop with: scripts/pg-test-cluster.sh stop $dir)" >&2
  echo "postgres://counselor:$password@127.0.0.1:$port/postgres"
}

stop() {
  local dir=${1:-}
  [ -n "$dir" ] || die "usage: $0 stop DIR"
  [ -d "$dir/data" ] || die "$dir holds no cluster made by this script."
  local bin; bin=$(bindir)
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop </dev/null >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start [DIR] | stop DIR" >&2; exit 2 ;;
esac
