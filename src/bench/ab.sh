#!/usr/bin/env bash
# A/B: two revisions of gongkai building the same content, alternated back to back, on tmpfs.
#
#   src/bench/ab.sh [PAIRS=8] REV_A REV_B [CONTENT]
#
# Each revision is exported with `git archive` into $GONGKAI_AB_DIR/<rev>/ (default /tmp/gongkai-ab) and gets its own
# jar and class-data archive there (its launcher, GONGKAI_BUILD_DIR beside it); REV_B may be WORKTREE for this working
# tree as it is. CONTENT defaults to the benchmark's 2,000 reports ($GONGKAI_BENCH_DIR/n2000/content, made by
# run-benchmark.sh). First one build of each, whose outputs are compared file by file (sha256): speed work is expected
# to leave the output byte-identical, and the script says whether it did. Then PAIRS pairs, A then B, each into a fresh
# folder under /dev/shm (deleted after it, so neither side pays for the other's freed inodes on a disk), printing wall,
# CPU (user + system), peak RSS and the CPU of load, check and the search stage; at the end the mean and median of
# each, and in how many pairs B was lower. On a machine whose speed drifts, only pairs say anything.
set -euo pipefail
pairs=8
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then pairs="$1"; shift; fi
[ "$#" -ge 2 ] || { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
rev_a="$1"; rev_b="$2"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
content="${3:-${GONGKAI_BENCH_DIR:-/tmp/gongkai-bench}/n2000/content}"
work="${GONGKAI_AB_DIR:-/tmp/gongkai-ab}"
[ -d "$content" ] || { echo "ab: no content at $content (run src/bench/run-benchmark.sh 2000 first, or name a folder)" >&2; exit 2; }
[ -d /dev/shm ] || { echo "ab: needs /dev/shm (tmpfs) for the outputs" >&2; exit 2; }

# tree REV: the folder holding REV's sources (exported once), or this working tree for WORKTREE
tree() {
  if [ "$1" = WORKTREE ]; then echo "$repo"; return; fi
  local sha; sha="$(git -C "$repo" rev-parse --verify --quiet "$1^{commit}")" || { echo "ab: unknown revision $1" >&2; exit 2; }
  local dir="$work/$sha"
  if [ ! -f "$dir/src/gongkai" ]; then
    rm -rf "$dir"; mkdir -p "$dir/src"
    git -C "$repo" archive "$sha" | tar -x -C "$dir/src"
  fi
  echo "$dir/src"
}
build_dir() { if [ "$1" = "$repo" ]; then echo "$work/worktree-build"; else echo "$(dirname "$1")/build"; fi; }

run() { # run TREE OUT LOG: one timed build
  (cd "$1" && GONGKAI_NO_QUICK=1 GONGKAI_BUILD_DIR="$(build_dir "$1")" /usr/bin/time -o "$3.time" -f '%e %U %S %M' \
     ./gongkai build --content "$content" --out "$2" --verbose >"$3" 2>&1) || { tail -n 20 "$3" >&2; echo "ab: a build failed" >&2; exit 1; }
}
stage_cpu() { sed -n "s/^  $2 .*(cpu *\([0-9]*\) ms).*/\1/p" "$1" | head -n 1; }

ta="$(tree "$rev_a")"; tb="$(tree "$rev_b")"
mkdir -p "$work"
tmp="$(mktemp -d /dev/shm/gongkai-ab.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
# the first build of each makes its jar and class-data archive; its output is the one compared
for side in a b; do
  t="$ta"; [ "$side" = b ] && t="$tb"
  (cd "$t" && GONGKAI_BUILD_DIR="$(build_dir "$t")" ./gongkai --version >/dev/null)
  run "$t" "$tmp/$side/site" "$tmp/$side.log"
  (cd "$tmp/$side/site" && find . -type f | LC_ALL=C sort | xargs -d '\n' sha256sum) >"$tmp/$side.sha256"
  rm -rf "$tmp/$side"
done
if cmp -s "$tmp/a.sha256" "$tmp/b.sha256"; then
  echo "output: identical ($(wc -l <"$tmp/a.sha256") files)"
else
  echo "output: DIFFERS in $(diff "$tmp/a.sha256" "$tmp/b.sha256" | grep -c '^<') of $(wc -l <"$tmp/a.sha256") files"
fi

: >"$tmp/results"
for i in $(seq "$pairs"); do
  for side in a b; do
    t="$ta"; [ "$side" = b ] && t="$tb"
    run "$t" "$tmp/out/site" "$tmp/run.log"
    read -r wall user sys rss <"$tmp/run.log.time"
    printf '%s %d %s %s %s %s %s %s\n' "$side" "$i" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" \
      "$((rss / 1024))" "$(stage_cpu "$tmp/run.log" load)" "$(stage_cpu "$tmp/run.log" check)" \
      "$(sed -n 's/^  search *\([0-9]*\) ms.*/\1/p' "$tmp/run.log" | head -n 1)" >>"$tmp/results"
    tail -n 1 "$tmp/results" | awk '{ printf "pair %d %s: wall %s s, cpu %s s, rss %s MB, load cpu %s ms, check cpu %s ms, search %s ms\n", $2, toupper($1), $3, $4, $5, $6, $7, $8 }'
    rm -rf "$tmp/out"
    sleep 1
  done
done
python3 - "$tmp/results" "$rev_a" "$rev_b" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
names = ["wall s", "cpu s", "rss MB", "load cpu ms", "check cpu ms", "search ms"]
side = {s: [r for r in rows if r[0] == s] for s in "ab"}
print(f"A = {sys.argv[2]}, B = {sys.argv[3]}, {len(side['a'])} pairs")
for k, name in enumerate(names):
    a = [float(r[2 + k]) for r in side["a"] if r[2 + k] != ""]
    b = [float(r[2 + k]) for r in side["b"] if r[2 + k] != ""]
    if not a or len(a) != len(b):
        continue
    lower = sum(1 for x, y in zip(a, b) if y < x)
    print(f"  {name:13} mean {statistics.mean(a):8.2f} -> {statistics.mean(b):8.2f}   median {statistics.median(a):8.2f} -> "
          f"{statistics.median(b):8.2f}   B lower in {lower} of {len(a)}")
PY
