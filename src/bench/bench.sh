#!/usr/bin/env bash
# Times the CLI over a corpus and reports wall time, throughput and peak memory.
#
# usage: src/bench/bench.sh [COPIES]   (default 200)
#
# The corpus is COPIES copies of every profile in seeds/, each under its own file name, so the
# work grows with COPIES while the text stays realistic. Each command runs 3 times; the best
# wall time and the peak resident memory of that run are printed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
copies="${1:-200}"
cd "$root"
./finmetrics --version >/dev/null # build once, outside the timings

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
for i in $(seq -w 1 "$copies"); do
  for f in seeds/*.md; do
    cp "$f" "$work/corpus/$(basename "${f%.md}")-$i.md"
  done
done
# A second corpus of dense financial prose: every sentence of the test corpora, 5 times over.
mkdir -p "$work/dense"
for i in 1 2 3 4 5; do
  sed -n 's/^> //p' src/test/resources/corpus/*.txt | awk '{print $0 "\n"}' >"$work/dense/sentences-$i.md"
done
files=$(find "$work/corpus" -type f | wc -l)
bytes=$(cat "$work"/corpus/* | wc -c)
echo "corpus: $files files, $bytes bytes"

measure() { # label, command...
  local label="$1" best="" rss=""
  shift
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
    read -r secs kb <"$work/time"
    if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best="$secs"; rss="$kb"; fi
  done
  awk -v l="$label" -v s="$best" -v kb="$rss" -v b="$bytes" -v n="$files" \
    'BEGIN{printf "%-22s %6.2f s  %7.2f MB/s  %6.0f files/s  peak RSS %5.0f MB\n", l, s, b/s/1e6, n/s, kb/1024}'
}

measure "extract (corpus)" ./finmetrics extract "$work/corpus" --out "$work/out-extract"
measure "report (corpus)" ./finmetrics report "$work/corpus" --out "$work/out-report"
seed_bytes=$(cat seeds/*.md | wc -c)
bytes="$seed_bytes" files=$(ls seeds/*.md | wc -l) measure "report (seeds, main)" ./finmetrics report seeds --out "$work/out-seeds"
dense_bytes=$(cat "$work"/dense/* | wc -c)
echo "dense corpus: 5 files, $dense_bytes bytes"
bytes="$dense_bytes" files=5 measure "extract (dense prose)" ./finmetrics extract "$work/dense" --out "$work/out-dense"
one="$(ls seeds/*.md | head -n 1)"
bytes=$(wc -c <"$one") files=1 measure "extract (1 file)" ./finmetrics extract "$one" --out "$work/out-one"
