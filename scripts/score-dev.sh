#!/usr/bin/env bash
# Codes every gold set in ../shared/eval/dev with `dyadic code` and scores it with ../shared/eval/score.py.
# Usage: scripts/score-dev.sh [OUTDIR]   (predictions are kept in OUTDIR, default target/eval)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${DYADIC_SHARED:-$here/../shared}"
out="${1:-$here/target/eval}"
mkdir -p "$out"
for gold in "$shared"/eval/dev/*.jsonl; do
  name="$(basename "$gold" .jsonl)"
  "$here/dyadic" code --in "$gold" --out "$out/$name.pred.jsonl" 2>"$out/$name.log" || true
  printf '%-28s ' "$name"
  python3 "$shared/eval/score.py" "$gold" "$out/$name.pred.jsonl" | tail -1
done
