#!/usr/bin/env bash
# Interleaved pairs: a gongkai build, then a Hugo build, of the same reports, K times, each into a fresh folder on
# the benchmark's disk, nothing deleted in between (see run-benchmark.sh on freed inodes). Use it when the machine's
# speed drifts: run-benchmark.sh times each tool in a block, so a drift between the blocks moves the ratio.
#   src/bench/interleaved.sh [K=5] [N=2000]      after run-benchmark.sh N (it needs WORK/nN/content and nN/hugo)
# Env: GONGKAI_BENCH_DIR (default /tmp/gongkai-bench). The pairs' outputs go to WORK/pairs; the previous run's are
# moved aside first and deleted when the pairs are done.
set -euo pipefail
k=${1:-5}; n=${2:-2000}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${GONGKAI_BENCH_DIR:-/tmp/gongkai-bench}"
d="$work/n$n"; p="$work/pairs"
[ -d "$d/content" ] && [ -d "$d/hugo" ] || { echo "interleaved: run src/bench/run-benchmark.sh $n first" >&2; exit 2; }
# An earlier run's outputs are moved aside and deleted at the end, as run-benchmark.sh does: right after an rm -rf
# of them (even a minute after), both tools paid 1–2 s more system time in these pairs.
if [ -e "$p" ]; then
  mkdir -p "$work/trash"
  mv "$p" "$work/trash/pairs.$$"
fi
trap 'rm -rf "$work/trash"' EXIT
mkdir -p "$p"
"$here/gongkai" --version >/dev/null
for i in $(seq "$k"); do
  sync; sleep 2
  /usr/bin/time -o "$p/g.time" -f '%e %U %S' "$here/gongkai" build --content "$d/content" --out "$p/g$i/site" >/dev/null 2>&1
  sync; sleep 2
  /usr/bin/time -o "$p/h.time" -f '%e %U %S' hugo --quiet -s "$d/hugo" -d "$p/h$i" >/dev/null 2>&1
  read -r gw gu gs <"$p/g.time"; read -r hw hu hs <"$p/h.time"
  printf 'pair %d: gongkai %s s (user %s, system %s)  hugo %s s (user %s, system %s)  ratio %s\n' \
    "$i" "$gw" "$gu" "$gs" "$hw" "$hu" "$hs" "$(awk -v g="$gw" -v h="$hw" 'BEGIN { printf "%.2f", g / h }')"
done
