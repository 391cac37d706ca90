#!/usr/bin/env bash
# Writes a JSON-lines corpus N times over, each copy's ids prefixed "rK-" so that every article is distinct:
# for the scaling figure of `dyadic bench` (README, Throughput).
# Usage: scripts/repeat-corpus.sh IN.jsonl N > OUT.jsonl
set -euo pipefail
in="${1:?usage: scripts/repeat-corpus.sh IN.jsonl N > OUT.jsonl}"
n="${2:?usage: scripts/repeat-corpus.sh IN.jsonl N > OUT.jsonl}"
for k in $(seq 1 "$n"); do
  sed -E "s/\"id\": *\"/\"id\": \"r$k-/" "$in"
done
