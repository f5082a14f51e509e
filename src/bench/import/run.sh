#!/usr/bin/env bash
# Import speed: parse time per report PDF (cold = one `gongkai parse` process per file, JVM start included;
# warm = in one JVM after warm-up), then a batch import of N PDFs (default 1000) made by copying the committed
# fixture PDFs, with --jobs 1 and with the default pool (one parse thread per processor).
#   src/bench/import/run.sh [N] [WORK]        WORK defaults to /tmp/gongkai-import-bench (emptied)
# Env: GONGKAI_BUILD_DIR (the launcher's build folder), GONGKAI_JAVA_OPTS (default: the launcher's options,
# and its class-data archive when there is one), GONGKAI_NO_CDS, COLD_ROUNDS (default 1).
# Needs GNU time (/usr/bin/time). Prints a summary at the end and writes it to WORK/results.txt.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
n="${1:-1000}"
work="${2:-/tmp/gongkai-import-bench}"
build="${GONGKAI_BUILD_DIR:-$root/target}"
opts="${GONGKAI_JAVA_OPTS:--XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xmx800m}" # the launcher's
cold_rounds="${COLD_ROUNDS:-1}"
rm -rf "$work"
mkdir -p "$work"
cd "$root"

mapfile -t pdfs < <(ls src/test/resources/source/pdf/template/*.pdf src/test/resources/source/pdf/real/*.pdf)
./gongkai parse "${pdfs[0]}" >/dev/null # builds the jar if sources changed
classpath="$build/gongkai.jar:$build/lib/*"
# the launcher's class-data archive, when a build has written one, as the launcher passes it
# (written by the launcher's first `build`; not for the warm runner, whose class path differs)
cds=""
if [ -z "${GONGKAI_NO_CDS:-}" ] && [ -f "$build/gongkai.jsa" ]; then
  cds="-XX:SharedArchiveFile=$build/gongkai.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
fi
# the jar is then run directly, as the launcher runs it, so that a source edited meanwhile (another engineer's)
# does not make the launcher rebuild it in the middle of a measurement


echo "== cold: one 'gongkai parse --json' process per PDF (${#pdfs[@]} fixtures, $cold_rounds round(s))"
: >"$work/cold.txt"
for ((r = 0; r < cold_rounds; r++)); do
  for f in "${pdfs[@]}"; do
    /usr/bin/time -f "%e %U %S" -o "$work/t" java $opts $cds -jar "$build/gongkai.jar" parse --json "$f" >/dev/null
    read -r wall user sys <"$work/t"
    echo "$(basename "$f") $wall $(echo "$user + $sys" | bc)" | tee -a "$work/cold.txt"
  done
done
cold=$(awk '{print $2}' "$work/cold.txt" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}')
cold_cpu=$(awk '{print $3}' "$work/cold.txt" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}')

echo "== warm: one JVM, each PDF parsed after warm-up"
# shellcheck disable=SC2086
java $opts -cp "$classpath" "$here/ParseTimes.java" "${pdfs[@]}" | tee "$work/warm.txt"
warm=$(tail -1 "$work/warm.txt")

echo "== batch: $n PDFs copied from the ${#pdfs[@]} fixtures"
mkdir -p "$work/pdfs"
for ((i = 0; i < n; i++)); do
  f="${pdfs[$((i % ${#pdfs[@]}))]}"
  d="$work/pdfs/$(printf '%03d' $((i / 100)))"
  mkdir -p "$d"
  # a distinct file each time: a comment after %%EOF changes the bytes (and sha256), not the report
  { cat "$f"; printf '%% copy %d\n' "$i"; } >"$d/$(printf '%04d' "$i")-$(basename "$f")"
done
batch() { # jobs label
  rm -rf "$work/content-$2"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time-$2" \
    java $opts $cds -jar "$build/gongkai.jar" import "$work/pdfs" --into "$work/content-$2" --jobs "$1" \
    >"$work/import-$2.out" 2>"$work/import-$2.err" || true
  read -r wall user sys rss <"$work/time-$2"
  echo "$2: $(tail -1 "$work/import-$2.out") | ${wall} s wall, $(echo "$user + $sys" | bc) s CPU, $((rss / 1024)) MB peak RSS"
}
seq_line=$(batch 1 jobs1)
echo "$seq_line"
par_line=$(batch "$(nproc)" "jobs$(nproc)")
echo "$par_line"
echo "progress shown on stderr during the batch (first and last lines):"
head -2 "$work/import-jobs$(nproc).err"
tail -1 "$work/import-jobs$(nproc).err"

{
  echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at the end; java options: $opts${cds:+ + class-data archive}"
  echo "cold parse per PDF (median of ${#pdfs[@]} fixtures, JVM start included): ${cold} s wall, ${cold_cpu} s CPU"
  echo "$warm"
  echo "batch import of $n PDFs, --jobs 1:     ${seq_line#*: }"
  echo "batch import of $n PDFs, --jobs $(nproc): ${par_line#*: }"
} | tee "$work/results.txt"
