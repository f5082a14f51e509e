#!/usr/bin/env bash
# Compare JVM flag sets on one gongkai build: wall, CPU (user+system) and peak RSS per flag set.
#
#   src/bench/jvm-flags.sh CONTENT_DIR [FLAGSET...]
#
# Each FLAGSET is one quoted string of JVM flags (passed as GONGKAI_JAVA_OPTS); without any, a standard
# sweep is run (the launcher default, C2, SerialGC, heap caps, AppCDS). Every build writes a fresh output
# folder. "cds" in a flag set is replaced by an AppCDS archive made once for this jar
# (-XX:ArchiveClassesAtExit on a first build, then -XX:SharedArchiveFile).
# Env: GONGKAI_BUILD_DIR (as for ./gongkai), BENCH_DIR (default /tmp/gongkai-bench/flags),
#      GONGKAI_JAR: run `java FLAGS -jar GONGKAI_JAR` instead of the launcher, so every flag set runs the
#      same code while others keep changing the sources (copy the jar with its lib/ folder first).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
[ "$#" -ge 1 ] || { echo "usage: $0 CONTENT_DIR [FLAGSET...]" >&2; exit 2; }
content="$1"; shift
[ -f "$content/site.yaml" ] || { echo "jvm-flags: $content is not a content folder" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "jvm-flags: GNU time is not installed (apt-get install -y time)" >&2; exit 2; }
work="${BENCH_DIR:-/tmp/gongkai-bench/flags}"
mkdir -p "$work"
if [ -n "${GONGKAI_JAR:-}" ]; then
  jar="$GONGKAI_JAR"
else
  jar="${GONGKAI_BUILD_DIR:-$repo/target}/gongkai.jar"
  "$repo/gongkai" --version >/dev/null
fi
# command OPTS ARGS...: the gongkai command line with these JVM flags, in the array CMD
command_with() {
  local opts="$1"; shift
  if [ -n "${GONGKAI_JAR:-}" ]; then
    read -r -a CMD <<<"java $opts"; CMD+=(-jar "$jar" "$@")
  else
    CMD=(env "GONGKAI_JAVA_OPTS=$opts" "$repo/gongkai" "$@")
  fi
}

if [ "$#" -gt 0 ]; then sets=("$@"); else
  sets=("-XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xshare:auto"
        "-XX:+UseParallelGC"
        "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
        "-XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xmx1g"
        "-XX:+UseParallelGC -Xmx1g"
        "-XX:+UseSerialGC -Xmx1g"
        "-XX:+UseParallelGC -Xmx1g cds")
fi

cds="$work/gongkai-$(sha256sum "$jar" | cut -c1-12).jsa"
printf '%-60s | %8s | %8s | %8s\n' "GONGKAI_JAVA_OPTS" "wall s" "CPU s" "RSS MB"
for flags in "${sets[@]}"; do
  opts="$flags"
  if [[ " $flags " == *" cds "* ]]; then
    base="${flags/cds/}"
    if [ ! -f "$cds" ]; then
      rm -rf "$work/out"
      command_with "$base -XX:ArchiveClassesAtExit=$cds" build --content "$content" --out "$work/out"
      "${CMD[@]}" >"$work/cds.log" 2>&1 || { tail "$work/cds.log" >&2; echo "jvm-flags: making the CDS archive failed" >&2; exit 1; }
    fi
    opts="$base -XX:SharedArchiveFile=$cds"
  fi
  rm -rf "$work/out" "$work/out.staging" "$work/out.old"
  command_with "$opts" build --content "$content" --out "$work/out" --verbose
  if ! /usr/bin/time -v -o "$work/time.txt" "${CMD[@]}" >"$work/build.log" 2>&1; then
    tail -n 20 "$work/build.log" >&2
    echo "jvm-flags: the build failed with: $opts" >&2
    exit 1
  fi
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$work/time.txt")"
  cpu="$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { printf "%.1f", s }' "$work/time.txt")"
  rss="$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/time.txt")"
  printf '%-60s | %8s | %8s | %8s\n' "$flags" "$wall" "$cpu" "$rss"
done
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
