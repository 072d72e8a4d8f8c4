#!/usr/bin/env bash
# The extractor's JMH benchmark (src/jmh/java/finmetrics/bench): builds target/jmh/benchmarks.jar
# with the Maven profile jmh (apart from the launcher's jar; no tests), then runs it from the
# project folder, which the profiles input (seeds/*.md) needs. Arguments go to JMH, e.g.
#   src/bench/jmh.sh -p input=dense      (one input only)
#   src/bench/jmh.sh -i 10 -wi 5         (more iterations)
# Ends with each input's throughput in MB/s on one core. About 1.5 minutes at today's speed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
./mvnw -q -B -Pjmh package
echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
exec java -jar target/jmh/benchmarks.jar "$@"
