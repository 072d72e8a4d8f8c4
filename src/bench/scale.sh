#!/usr/bin/env bash
# How finmetrics scales with the corpus: generates corpora of N documents from the project's own
# seeds/ (each seed copied under numbered names, in folders of 1,000), then times, on each corpus
# in the same run: the regex-only floor (src/bench/RegexFloor.java: read every file and count
# money amounts with one regex, on all cores), `extract`, and `report` (without charts), each with
# /usr/bin/time -v. Prints wall time, MB/s, peak RSS, seconds per MB, and finmetrics' throughput
# as a ratio to the floor's.
#
# Then the same on a corpus of dense financial prose (every sentence a figure) from the
# benchmark's own generator (src/jmh/java/finmetrics/bench/DenseProse.java), DENSE MB of it.
#
# usage: src/bench/scale.sh [DOCUMENTS...]        (default: 1000 10000)
#   e.g. src/bench/scale.sh 1000 10000 100000   (100,000 documents are about 500 MB)
#   XMX=256m src/bench/scale.sh 10000           (also runs extract under -Xmx256m)
#   DENSE=20 src/bench/scale.sh 1000            (20 MB of dense prose; default 1, 0 leaves it out)
#   ONLY=report src/bench/scale.sh 10000       (only the floor and report: --charts none, then
#                                                 with the default charts)
#   KEEP=1 keeps the generated corpora in the printed folder.
#
# The machine is shared: throughput varies run to run, so compare the ratios, which come from the
# same corpus in the same run, rather than the MB/s.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
./finmetrics --version >/dev/null # build once, outside the timings
work="$(mktemp -d)"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
seeds=(seeds/*.md)

generate() { # documents, folder
  local n="$1" dir="$2" i=0
  mkdir -p "$dir"
  while [ "$i" -lt "$n" ]; do
    local sub="$dir/part-$((i / 1000))"
    mkdir -p "$sub"
    local seed="${seeds[$((i % ${#seeds[@]}))]}"
    cp "$seed" "$sub/$(basename "${seed%.md}")-$i.md"
    i=$((i + 1))
  done
}

# Runs a command under /usr/bin/time -v; sets wall (s), cpu (user + system, s) and rss (kB).
timed() {
  /usr/bin/time -v -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; cat "$work/time" >&2; exit 1; }
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/time")"
  rss="$(awk -F': ' '/Maximum resident set size/{print $2}' "$work/time")"
  cpu="$(awk -F': ' '/User time|System time/{s+=$2} END{print s}' "$work/time")"
}

row() { # label, bytes, wall, rss, floor MB/s (and the cpu of the last timed run)
  awk -v l="$1" -v b="$2" -v s="$3" -v kb="$4" -v f="$5" -v c="$cpu" 'BEGIN{
    mbs = b / s / 1e6
    printf "  %-26s %8.2f s  %8.3f MB/s  peak RSS %6.0f MB  %7.3f s/MB  %6.3fx floor  (CPU %.1f s)\n", l, s, mbs, kb / 1024, s / (b / 1e6), mbs / f, c }'
}

measure() { # corpus folder, label
  local corpus="$1" bytes
  bytes="$(find "$corpus" -type f -printf '%s\n' | awk '{s+=$1} END{print s}')"
  echo "corpus: $2, $(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}') MB"
  read -r _ _ matches floor_seconds < <(java src/bench/RegexFloor.java "$corpus")
  floor="$(awk -v b="$bytes" -v s="$floor_seconds" 'BEGIN{print b / s / 1e6}')"
  timed java src/bench/RegexFloor.java "$corpus"
  awk -v s="$floor_seconds" -v f="$floor" -v m="$matches" -v w="$wall" -v kb="$rss" 'BEGIN{
    printf "  %-26s %8.2f s  %8.3f MB/s  (%d money matches; %.2f s with JVM start and compile, peak RSS %.0f MB)\n",
      "regex-only floor", s, f, m, w, kb / 1024 }'
  if [ "${ONLY:-}" != report ]; then
    timed ./finmetrics extract "$corpus" --out "$work/out-extract" -q
    row "extract" "$bytes" "$wall" "$rss" "$floor"
    timed ./finmetrics extract "$corpus" --out "$work/out-extract1" -q --threads 1
    row "extract --threads 1" "$bytes" "$wall" "$rss" "$floor"
    cmp -s "$work/out-extract/facts.csv" "$work/out-extract1/facts.csv" || { echo "extract: 1 thread and all cores differ" >&2; exit 1; }
  fi
  if [ -n "${XMX:-}" ] && [ "${ONLY:-}" != report ]; then
    JAVA_TOOL_OPTIONS="-Xmx$XMX" timed ./finmetrics extract "$corpus" --out "$work/out-xmx" -q
    row "extract -Xmx$XMX" "$bytes" "$wall" "$rss" "$floor"
    cmp -s "$work/out-extract/facts.csv" "$work/out-xmx/facts.csv" || { echo "extract: -Xmx$XMX gives other facts" >&2; exit 1; }
  fi
  timed ./finmetrics report "$corpus" --out "$work/out-report" -q --charts none
  row "report --charts none" "$bytes" "$wall" "$rss" "$floor"
  if [ "${ONLY:-}" = report ]; then
    timed ./finmetrics report "$corpus" --out "$work/out-report-charts" -q
    row "report (charts png,svg)" "$bytes" "$wall" "$rss" "$floor"
  fi
  [ -n "${KEEP:-}" ] || rm -rf "$corpus" "$work"/out-*
}

echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${sizes[@]}"; do
  generate "$n" "$work/corpus-$n"
  measure "$work/corpus-$n" "$n documents from seeds/"
done
dense_mb="${DENSE:-1}"
if [ "$dense_mb" != 0 ]; then
  java src/jmh/java/finmetrics/bench/DenseProse.java "$work/dense" "$dense_mb"
  measure "$work/dense" "dense financial prose, $(find "$work/dense" -type f | wc -l) documents"
fi
[ -z "${KEEP:-}" ] || echo "corpora kept in $work"
