#!/usr/bin/env bash
# Benchmark: gongkai against Hugo on the same synthetic reports.
#
#   src/bench/run-benchmark.sh [N...]        (default: 2000 20000)
#
# For each N: `gongkai generate` writes a fresh content folder; `gongkai build --verbose` builds it into a
# fresh output folder under /usr/bin/time -v (wall time with JVM start and launcher, peak RSS, per-stage
# timings, pages); the same build is run again with nothing changed (the no-change rebuild) and the output is
# checked to be byte-identical; then one report is edited and the site built again (incremental), its output
# compared with a full build of the edited content; src/bench/hugo_site.py converts the content into a Hugo site of the same
# reports and tables and `hugo --quiet` builds it under /usr/bin/time -v. A side-by-side table follows.
#
# Environment:
#   GONGKAI_BENCH_DIR   work folder (default /tmp/gongkai-bench; each N gets a fresh sub-folder)
#   GONGKAI_JAVA_OPTS   JVM flags for gongkai (the launcher's default when unset)
#   GONGKAI_BUILD_DIR   where the launcher keeps the jar (as for ./gongkai)
#   BENCH_REPEAT        timed runs per measurement, best wall time kept (default 1)
#   BENCH_SEED          generator seed (default 1)
#   BENCH_REBUILD_MAX   skip the no-change rebuild for N above this (default: never skip)
#   BENCH_TIMEOUT       stop any timed step after this many seconds and fail (default: no limit)
#   BENCH_SETTLE        seconds to wait (after sync) before a timed build (default 2; see settle below)
# Needs: java, python3, hugo (apt-get install hugo), GNU time (apt-get install time).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${GONGKAI_BENCH_DIR:-/tmp/gongkai-bench}"
repeat="${BENCH_REPEAT:-1}"
seed="${BENCH_SEED:-1}"
rebuild_max="${BENCH_REBUILD_MAX:-0}"
limit=()
[ -z "${BENCH_TIMEOUT:-}" ] || limit=(timeout "$BENCH_TIMEOUT")
if [ "$#" -gt 0 ]; then sizes=("$@"); else sizes=(2000 20000); fi

fail() { echo "benchmark: $*" >&2; exit 1; }

for tool in java python3 hugo; do
  command -v "$tool" >/dev/null || fail "'$tool' is not installed (hugo: apt-get install -y hugo)"
done
[ -x /usr/bin/time ] || fail "GNU time is not installed (apt-get install -y time)"
for n in "${sizes[@]}"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || fail "'$n' is not a report count"
done
mkdir -p "$work"

# Output folders are never deleted before a timed run, only moved aside into $trash, which is deleted when the
# benchmark ends. On ext4 without a journal (this machine's disk) the kernel does not reuse an inode for a minute
# after it was freed (fs/ext4/ialloc.c, recently_deleted), and every file created meanwhile scans past all the
# freed ones: after an `rm -rf` of a previous output a build's system time doubled or tripled (perf:
# find_inode_bit, recently_deleted, find_get_block_common), a cost of the harness, not of the tool measured.
# Moving a folder frees no inode. Hugo and gongkai get the same treatment.
trash="$work/trash"
if [ -e "$trash" ]; then
  echo "benchmark: deleting $trash left by an earlier run, then waiting 65 s for the kernel to reuse its inodes" >&2
  rm -rf "$trash"
  sync
  sleep 65
fi
mkdir -p "$trash"
discard() {
  local p
  for p in "$@"; do
    if [ -e "$p" ]; then
      mv "$p" "$(mktemp -d "$trash/XXXXXX")/"
    fi
  done
}

# Make sure the launcher's jar is current, so no timed run includes a Maven build. When the sources do not
# compile (someone is in the middle of an edit) it tries again for up to five minutes.
fresh_jar() {
  local i
  for i in 1 2 3 4 5 6 7 8 9 10; do
    if "$repo/gongkai" --version >"$work/launcher.log" 2>&1; then
      # The first build after the jar was made records the launcher's class-data archive (at exit, which takes a
      # moment): do it here, untimed, on the repository's sample content, as any installation has done once.
      if [ ! -f "${GONGKAI_BUILD_DIR:-$repo/target}/gongkai.jsa" ] && [ -z "${GONGKAI_NO_CDS:-}" ]; then
        discard "$work/warm-up" "$work/warm-up.state"
        "$repo/gongkai" build --content "$repo/content" --out "$work/warm-up" >>"$work/launcher.log" 2>&1 || true
      fi
      return 0
    fi
    echo "benchmark: the jar does not build yet; retrying in 30 s" >&2
    sleep 30
  done
  cat "$work/launcher.log" >&2
  fail "the gongkai launcher failed"
}

# wall seconds and peak RSS (MB) from a /usr/bin/time -v report
wall_of() {
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$1"
}
cpu_of() {
  awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { printf "%.1f", s }' "$1"
}
rss_of() {
  awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"
}

# Before a timed run: write out what the previous steps left dirty and let the machine settle, so the run
# neither waits for nor pays for earlier writes. Both gongkai and Hugo get the same treatment. BENCH_SETTLE=0
# turns it off.
settle() {
  [ "${BENCH_SETTLE:-2}" = 0 ] && return 0
  sync
  sleep "${BENCH_SETTLE:-2}"
}

# timed LABEL LOG PREP -- command...: runs PREP (untimed; e.g. removing the output folder), then the
# command under /usr/bin/time -v, BENCH_REPEAT times; keeps the fastest run's report in LOG.time and its
# output in LOG; fails with the log when the command fails. A run during which the launcher rebuilt the jar
# (someone changed a source meanwhile) is repeated.
timed() {
  local label="$1" log="$2" prep="$3"; shift 4
  local best="" i
  for ((i = 1; i <= repeat; i++)); do
    local attempt
    for attempt in 1 2 3; do
      $prep
      settle
      local rc=0
      /usr/bin/time -v -o "$log.time.try" "${limit[@]}" "$@" >"$log.try" 2>&1 || rc=$?
      if [ "$rc" -eq 124 ]; then
        fail "$label did not finish within BENCH_TIMEOUT=$BENCH_TIMEOUT s (output so far in $log.try)"
      elif [ "$rc" -ne 0 ]; then
        tail -n 30 "$log.try" >&2
        fail "$label failed with exit code $rc (full output in $log.try)"
      fi
      grep -q "building the jar" "$log.try" || break
      [ "$attempt" -lt 3 ] || fail "$label: the jar kept being rebuilt during the run"
    done
    local w; w="$(wall_of "$log.time.try")"
    if [ -z "$best" ] || awk -v a="$w" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best="$w"; mv "$log.try" "$log"; mv "$log.time.try" "$log.time"
    fi
  done
}

jar_hash() {
  sha256sum "${GONGKAI_BUILD_DIR:-$repo/target}/gongkai.jar" | cut -c1-16
}

# "load 397 ms (cpu 310), check …" from the stage lines of `build --verbose` ("  load   397 ms  (cpu 310 ms)")
stages_of() {
  awk '/^  [a-z-]+ +[0-9]+ ms/ { s = $1 " " $2 " ms"; if ($4 == "(cpu") s = s " (cpu " $5 ")"; printf "%s, ", s }' "$1" \
    | sed 's/, $//'
}

# sha256 of every file under a folder, one line per file, sorted by path
tree_hash() {
  (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum) >"$2"
}

machine="$(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM"
java_version="$(java -version 2>&1 | head -n 1)"
hugo_version="$(hugo version | awk '{ print $1, $2 }')"
jvm_opts="${GONGKAI_JAVA_OPTS:-launcher default}"

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
declare -A R
for n in "${sizes[@]}"; do
  d="$work/n$n"
  discard "$d"
  mkdir -p "$d"
  echo "== N = $n: generating" >&2
  fresh_jar
  "$repo/gongkai" generate --reports "$n" --seed "$seed" --out "$d/content" >"$d/generate.log" 2>&1 \
    || { cat "$d/generate.log" >&2; fail "generate failed for N = $n"; }

  echo "== N = $n: gongkai build (full)" >&2
  build=("$repo/gongkai" build --content "$d/content" --out "$d/site" --verbose)
  # Each full build starts from no output folder (and no build cache beside it).
  no_site() { discard "$d/site" "$d/site.staging" "$d/site.old" "$d/site.state" "$d"/.gongkai* "$d/content/.gongkai"*; fresh_jar; }
  timed "gongkai build" "$d/build.log" no_site -- "${build[@]}"
  grep -q '^built:' "$d/build.log" || { tail -n 30 "$d/build.log" >&2; fail "gongkai build printed no summary"; }
  tree_hash "$d/site" "$d/site.full.sha256"
  jar_before="$(jar_hash)"

  # Hugo right after the full builds, on the same content, before the incremental builds: the one-edit build
  # deletes the old output at its swap, and freed inodes would slow every file Hugo creates for a minute.
  echo "== N = $n: hugo" >&2
  python3 "$repo/src/bench/hugo_site.py" "$d/content" "$d/hugo" >"$d/hugo-convert.log" 2>&1 \
    || { cat "$d/hugo-convert.log" >&2; fail "converting to a Hugo site failed for N = $n"; }
  no_hugo_out() { discard "$d/hugo-out" "$d/hugo/resources"; }
  timed "hugo" "$d/hugo.log" no_hugo_out -- hugo --quiet -s "$d/hugo" -d "$d/hugo-out"

  if [ "$rebuild_max" -gt 0 ] && [ "$n" -gt "$rebuild_max" ]; then
    echo "== N = $n: no-change rebuild skipped (BENCH_REBUILD_MAX=$rebuild_max)" >&2
    printf 'Elapsed (wall clock) time (h:mm:ss or m:ss): 0:00\nMaximum resident set size (kbytes): 0\n' >"$d/rebuild.log.time"
    : >"$d/rebuild.log"
    same="not run"
  else
    echo "== N = $n: gongkai build (no change)" >&2
    timed "gongkai rebuild" "$d/rebuild.log" fresh_jar -- "${build[@]}"
    tree_hash "$d/site" "$d/site.rebuild.sha256"
    if [ "$(jar_hash)" != "$jar_before" ]; then
      same="not compared: the jar was rebuilt between the two builds (a source changed)"
    elif cmp -s "$d/site.full.sha256" "$d/site.rebuild.sha256"; then
      same="yes"
    else
      same="NO ($(diff "$d/site.full.sha256" "$d/site.rebuild.sha256" | grep -c '^<') files differ; see $d/site.*.sha256)"
    fi
  fi

  if [ "$rebuild_max" -gt 0 ] && [ "$n" -gt "$rebuild_max" ]; then
    printf 'Elapsed (wall clock) time (h:mm:ss or m:ss): 0:00\nMaximum resident set size (kbytes): 0\n' >"$d/edit.log.time"
    : >"$d/edit.log"
    edit_same="not run"
  else
    # One report edited (a sentence added to its text): the build renders again only what depends on it.
    echo "== N = $n: gongkai build (one report edited)" >&2
    edited="$(find "$d/content" -name '[0-9][0-9][0-9][0-9].md' | LC_ALL=C sort | awk -v n="$n" 'NR == int(n / 2) + 1')"
    python3 - "$edited" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
i = s.index("\n## ") + 1
open(p, "w", encoding="utf-8").write(s[:i] + "本句由基准测试加入，用于衡量修改一份报告后的增量构建。\n\n" + s[i:])
PY
    saved_repeat="$repeat"; repeat=1   # a second run would find nothing changed
    timed "gongkai build after one edit" "$d/edit.log" fresh_jar -- "${build[@]}"
    repeat="$saved_repeat"
    tree_hash "$d/site" "$d/site.edit.sha256"
    discard "$d/site-edit-full" "$d/site-edit-full.state"
    "$repo/gongkai" build --content "$d/content" --out "$d/site-edit-full" >"$d/edit-full.log" 2>&1 \
      || { tail -n 30 "$d/edit-full.log" >&2; fail "the full build after the edit failed"; }
    tree_hash "$d/site-edit-full" "$d/site.edit-full.sha256"
    if cmp -s "$d/site.edit.sha256" "$d/site.edit-full.sha256"; then
      edit_same="yes"
    else
      edit_same="NO ($(diff "$d/site.edit.sha256" "$d/site.edit-full.sha256" | grep -c '^<') files differ)"
    fi
    discard "$d/site-edit-full" "$d/site-edit-full.state"
    # the edit build deleted the previous output at its swap: let the freed inodes age before the next timed run
    sync
    sleep 65
  fi

  R[$n,wall]="$(wall_of "$d/build.log.time")"
  R[$n,rss]="$(rss_of "$d/build.log.time")"
  R[$n,cpu]="$(cpu_of "$d/build.log.time")"
  R[$n,recpu]="$(cpu_of "$d/rebuild.log.time")"
  R[$n,hcpu]="$(cpu_of "$d/hugo.log.time")"
  R[$n,rewall]="$(wall_of "$d/rebuild.log.time")"
  R[$n,rerss]="$(rss_of "$d/rebuild.log.time")"
  R[$n,hwall]="$(wall_of "$d/hugo.log.time")"
  R[$n,hrss]="$(rss_of "$d/hugo.log.time")"
  R[$n,pages]="$(sed -n 's/^built: \([0-9]*\) pages.*/\1/p' "$d/build.log" | head -n 1)"
  R[$n,html]="$(find "$d/site" -name '*.html' | wc -l)"
  R[$n,files]="$(find "$d/site" -type f | wc -l)"
  R[$n,hhtml]="$(find "$d/hugo-out" -name '*.html' | wc -l)"
  R[$n,hfiles]="$(find "$d/hugo-out" -type f | wc -l)"
  R[$n,stages]="$(stages_of "$d/build.log")"
  R[$n,restages]="$(stages_of "$d/rebuild.log")"
  R[$n,same]="$same"
  R[$n,edwall]="$(wall_of "$d/edit.log.time")"
  R[$n,edcpu]="$(cpu_of "$d/edit.log.time")"
  R[$n,edkept]="$(sed -n 's/^  (\([0-9]* of [0-9]* pages kept\).*/\1/p' "$d/edit.log" | head -n 1)"
  R[$n,edsame]="$edit_same"
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

{
  echo
  echo "gongkai vs Hugo — $(date -u +%Y-%m-%d) — $machine"
  echo "$java_version; JVM flags: $jvm_opts; $hugo_version; best of $repeat run(s); load average before: $load_before"
  echo
  printf '%-7s | %-36s | %-26s | %-30s | %-11s\n' "reports" "gongkai full build" "no-change rebuild" "Hugo" "ours/Hugo"
  printf '%-7s | %-36s | %-26s | %-30s | %-11s\n' "" "wall, CPU, peak RSS, html/files" "wall, CPU, peak RSS" "wall, CPU, peak RSS, html" "wall (CPU)"
  for n in "${sizes[@]}"; do
    printf '%-7s | %-36s | %-26s | %-30s | %-11s\n' "$n" \
      "${R[$n,wall]} s, ${R[$n,cpu]} s, ${R[$n,rss]} MB, ${R[$n,html]}/${R[$n,files]}" \
      "$([ "${R[$n,same]}" = "not run" ] && echo "(not run)" || echo "${R[$n,rewall]} s, ${R[$n,recpu]} s, ${R[$n,rerss]} MB")" \
      "${R[$n,hwall]} s, ${R[$n,hcpu]} s, ${R[$n,hrss]} MB, ${R[$n,hhtml]}" \
      "$(ratio "${R[$n,wall]}" "${R[$n,hwall]}") ($(ratio "${R[$n,cpu]}" "${R[$n,hcpu]}"))"
  done
  echo
  for n in "${sizes[@]}"; do
    echo "N = $n: ${R[$n,pages]} pages; stages: ${R[$n,stages]}"
    if [ "${R[$n,same]}" = "not run" ]; then
      echo "        no-change rebuild and one-edit build: not run (BENCH_REBUILD_MAX=$rebuild_max)"
    else
      echo "        rebuild stages: ${R[$n,restages]}; rebuild output identical to the full build: ${R[$n,same]}"
      echo "        one report edited: ${R[$n,edwall]} s wall, ${R[$n,edcpu]} s CPU, ${R[$n,edkept]:-?}; identical to a full build of the edited content: ${R[$n,edsame]}"
    fi
  done
  if [ "${#sizes[@]}" -ge 2 ]; then
    small="${sizes[0]}"; large="${sizes[${#sizes[@]}-1]}"
    echo
    echo "time ${large}/${small}: gongkai $(ratio "${R[$large,wall]}" "${R[$small,wall]}")×, Hugo $(ratio "${R[$large,hwall]}" "${R[$small,hwall]}")×"
  fi
  echo
  echo "targets (issue 5): ours/Hugo ≤ 1.0 at 2000; 20000 ≤ 10× the 2000 time and < 1024 MB peak; no-change rebuild ≤ 0.5 s at 2000"
  echo "logs: $work/n<N>/{generate,build,rebuild,edit,hugo}.log and .log.time"
} | tee "$work/results.txt"
echo "benchmark: deleting the moved-aside output folders ($trash)" >&2
rm -rf "$trash"
