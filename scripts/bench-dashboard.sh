#!/usr/bin/env bash
# Times the dashboard's API calls (what each page asks for) against a database: starts `dyadic serve` on a free port,
# asks each call once (first) and five times more (median, max), prints a table, stops the server.
#   scripts/bench-dashboard.sh [--db FILE|URL]       (default: dyadic.duckdb)
set -euo pipefail
cd "$(dirname "$0")/.."
db=dyadic.duckdb
if [ "${1:-}" = "--db" ]; then db=$2; fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
jar=dyadic-cli/target/dyadic-cli.jar
[ -f "$jar" ] || mvn -B -q install -DskipTests
java ${DYADIC_JAVA_OPTS:--Xmx3g} -jar "$jar" serve --db "$db" --port "$port" > /tmp/dyadic-bench-serve.$$ 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f /tmp/dyadic-bench-serve.$$' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
  curl -sf "$base/api/meta" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { cat /tmp/dyadic-bench-serve.$$; exit 1; }
  sleep 0.5
done
meta=$(curl -sf "$base/api/meta")
echo "$db: $meta"
# the most frequent pair of two country-level actors, and the range the overview opens on, to ask for real data
read -r actor partner < <(curl -sf "$base/api/network?level=country" | python3 -c '
import json, sys
n = json.load(sys.stdin)
e = next((e for e in n["edges"] if e["source"] != e["target"]), {"source": "CHN", "target": "RUS"})
print(e["source"], e["target"])')
range=$(echo "$meta" | python3 -c '
import json, sys, datetime
m = json.load(sys.stdin)
p = datetime.date.fromisoformat(m.get("published_first") or m["first_date"])
first = (p.replace(day=1) - datetime.timedelta(days=1)).replace(day=1).isoformat()
print("from=%s&to=%s" % (max(first, m["first_date"]), min(m.get("published_last") or m["last_date"], m["last_date"])))')
calls=(
  "/api/meta"
  "/api/stats/timeline?interval=week&$range"
  "/api/network?level=country"
  "/api/actors?level=country&limit=15&$range"
  "/api/stats/timeline?interval=month&actor=$actor&$range"
  "/api/events?page=1&per_page=50"
  "/api/events?page=1&per_page=50&sort=goldstein&order=desc"
  "/api/events?actor=$actor&per_page=50"
  "/api/stats/goldstein?dyad=$actor,$partner&dyad=$partner,$actor"
  "/api/stats/counts?by=type&dyad=$actor,$partner&dyad=$partner,$actor"
  "/api/events?dyad=$actor,$partner&dyad=$partner,$actor&sort=date&order=desc&per_page=200"
  "/api/events.csv?actor=$actor"
  "/api/search?q=ceasefire"
)
article=$(curl -sf "$base/api/articles?per_page=1" | python3 -c 'import json,sys; a=json.load(sys.stdin)["articles"]; print(a[0]["id"] if a else "")')
[ -n "$article" ] && calls+=("/api/articles/$article")
printf '%-86s %8s %9s %9s %9s\n' CALL BYTES FIRST MEDIAN MAX
for c in "${calls[@]}"; do
  first=$(curl -s -o /tmp/dyadic-bench-body.$$ -w '%{time_total}' "$base$c")
  bytes=$(wc -c < /tmp/dyadic-bench-body.$$)
  times=()
  for _ in 1 2 3 4 5; do times+=("$(curl -s -o /dev/null -w '%{time_total}' "$base$c")"); done
  printf '%s\n' "${times[@]}" | sort -n | awk -v c="$c" -v f="$first" -v b="$bytes" '
    { t[NR] = $1 } END { printf "%-86s %8d %7.1f ms %7.1f ms %7.1f ms\n", c, b, f * 1000, t[3] * 1000, t[5] * 1000 }'
done
rm -f /tmp/dyadic-bench-body.$$
