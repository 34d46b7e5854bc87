#!/usr/bin/env bash
# A local NewsExtract cluster on one machine: a throwaway PostgreSQL 15 under out/cluster/pg (initdb/pg_ctl, as the
# postgres user when run as root; 127.0.0.1 only) and N workers sharing it (cluster mode: NewsExtract__Store=postgres).
#
#   scripts/cluster.sh start [N] [run options…]   # e.g. scripts/cluster.sh start 3 --config agency.json
#   scripts/cluster.sh status
#   scripts/cluster.sh stop                       # stops the workers (SIGTERM) and the server; the data stays
#   scripts/cluster.sh destroy                    # stop, then delete out/cluster
#
# PGPORT (default 55432) picks the server's port. Worker logs: out/cluster/node-I.log. The feed is written to
# out/feed by whichever worker holds the exporter role; `newsextract serve-feed` with the same environment serves it.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${POSTGRES_BIN:-/usr/lib/postgresql/15/bin}
root="$(pwd)/out/cluster"
pg="$root/pg"
port=${PGPORT:-55432}
connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
worker="src/NewsExtract.Worker/bin/Release/net10.0/newsextract.dll"

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_server() {
  if [ ! -x "$bin/initdb" ]; then
    echo "cluster: PostgreSQL 15 server binaries not found in $bin (apt-get install postgresql)" >&2
    exit 1
  fi
  mkdir -p "$pg"
  chmod 755 "$root" "$pg"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$pg"; fi
  if [ ! -f "$pg/data/PG_VERSION" ]; then
    as_postgres "$bin/initdb" -D "$pg/data" -A trust -U postgres >/dev/null
  fi
  if as_postgres "$bin/pg_ctl" -D "$pg/data" status >/dev/null 2>&1; then
    echo "cluster: PostgreSQL already running on 127.0.0.1:$port"
  else
    as_postgres "$bin/pg_ctl" -D "$pg/data" -w -l "$pg/log" -o "-p $port -k $pg -c listen_addresses=127.0.0.1" start >/dev/null
    echo "cluster: PostgreSQL on 127.0.0.1:$port (data in $pg/data)"
  fi
}

start_workers() {
  local count=$1; shift
  dotnet build src/NewsExtract.Worker -c Release -v q -nologo >/dev/null
  for i in $(seq 1 "$count"); do
    if [ -f "$root/node-$i.pid" ] && kill -0 "$(cat "$root/node-$i.pid")" 2>/dev/null; then
      echo "cluster: node-$i already running (pid $(cat "$root/node-$i.pid"))"
      continue
    fi
    NewsExtract__Store=postgres ConnectionStrings__NewsExtract="$connection" NewsExtract__NodeName="node-$i" \
      nohup dotnet "$worker" run "$@" >"$root/node-$i.log" 2>&1 &
    echo $! >"$root/node-$i.pid"
    echo "cluster: node-$i started (pid $!, log $root/node-$i.log)"
  done
}

stop_workers() {
  for pidfile in "$root"/node-*.pid; do
    [ -e "$pidfile" ] || continue
    local pid; pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid"
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      echo "cluster: $(basename "$pidfile" .pid) stopped"
    fi
    rm -f "$pidfile"
  done
}

stop_server() {
  if [ -f "$pg/data/PG_VERSION" ] && as_postgres "$bin/pg_ctl" -D "$pg/data" status >/dev/null 2>&1; then
    as_postgres "$bin/pg_ctl" -D "$pg/data" -m fast stop >/dev/null
    echo "cluster: PostgreSQL stopped"
  fi
}

case "${1:-}" in
  start)
    shift
    count=3
    if [ $# -gt 0 ] && [[ $1 =~ ^[0-9]+$ ]]; then count=$1; shift; fi
    start_server
    start_workers "$count" "$@"
    echo "cluster: connection string for other tools: ConnectionStrings__NewsExtract='$connection' NewsExtract__Store=postgres"
    ;;
  status)
    for pidfile in "$root"/node-*.pid; do
      [ -e "$pidfile" ] || continue
      if kill -0 "$(cat "$pidfile")" 2>/dev/null; then echo "$(basename "$pidfile" .pid): running"; else echo "$(basename "$pidfile" .pid): exited"; fi
    done
    as_postgres "$bin/pg_ctl" -D "$pg/data" status 2>/dev/null | head -n 1 || echo "PostgreSQL: not running"
    ;;
  stop)
    stop_workers
    stop_server
    ;;
  destroy)
    stop_workers
    stop_server
    rm -rf "$root"
    echo "cluster: $root deleted"
    ;;
  *)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
