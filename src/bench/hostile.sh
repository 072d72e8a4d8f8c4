#!/usr/bin/env bash
# Times `extract` on each pathological input of issue 11 at growing sizes and prints seconds per
# MB: flat rows are linear, growing rows are not. Then, with --battery, runs the hostile-input
# battery at the issue's full sizes (1 MB long runs, a 50 MB file, 10,000 files).
#
# usage: src/bench/hostile.sh [SIZES_MB...] [--battery]   (default sizes: 1 4 16)
#
# Each run has a time limit (HOSTILE_TIMEOUT seconds, default 300); a run over it prints ">", a
# run that exits non-zero prints its time with "(rc N)".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
sizes=()
battery=false
for arg in "$@"; do
  if [ "$arg" = "--battery" ]; then battery=true; else sizes+=("$arg"); fi
done
[ ${#sizes[@]} -gt 0 ] || sizes=(1 4 16)
limit="${HOSTILE_TIMEOUT:-300}"
./finmetrics --version >/dev/null # build once, outside the timings
jar="$root/target/finmetrics.jar"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# make NAME MB: writes $work/NAME-MB.md
make() {
  python3 - "$1" "$2" "$work/$1-$2.md" <<'PY'
import random, sys
name, mb, path = sys.argv[1], float(sys.argv[2]), sys.argv[3]
size = int(mb * 1024 * 1024)
units = {
    "digits": "1234,567,",
    "dollars": "$",
    "word": "abcdefghij",
    "eur": "EUR 1.2 mn , ",
}
if name in units:
    u = units[name]
    text = (u * (size // len(u) + 1))[:size]
else:  # prose: a profile-like mix, one sentence in three with a figure
    random.seed(1)
    parts, n = ["# Businessmodel of Epsilon\n\n"], 0
    while n < size:
        year = random.randint(1990, 2030)
        p = ("Epsilon sells tools to builders and farmers across three continents. "
             "Its customers value service over price. "
             f"Revenue was ${random.randint(1, 99)} million in {year}.\n\n")
        parts.append(p)
        n += len(p)
    text = "".join(parts)
open(path, "w").write(text)
PY
}

printf '%-8s' "input"
for mb in "${sizes[@]}"; do printf '%14s' "${mb} MB s/MB"; done
echo
for name in prose digits dollars word eur; do
  printf '%-8s' "$name"
  for mb in "${sizes[@]}"; do
    make "$name" "$mb"
    start=$(date +%s.%N)
    rc=0
    timeout "$limit" java -XX:+UseSerialGC -jar "$jar" extract "$work/$name-$mb.md" --out "$work/out" >/dev/null 2>&1 || rc=$?
    end=$(date +%s.%N)
    if [ "$rc" -eq 124 ]; then
      printf '%14s' "> $limit s"
    else
      # a run that failed (out of memory, an error line) is marked: its time is no throughput
      cell="$(python3 -c "print(f'{($end - $start) / $mb:.2f}')")"
      [ "$rc" -eq 0 ] || cell="$cell (rc $rc)"
      printf '%14s' "$cell"
    fi
    rm -f "$work/$name-$mb.md"
  done
  echo
done

if $battery; then
  ./mvnw -q test -Dtest='HostileInputTest' -Dhostile.scale=4 -Dhostile.largeMb=50 -Dhostile.files=10000
  echo "battery at full size: passed"
fi
