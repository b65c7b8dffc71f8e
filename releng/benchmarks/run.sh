#!/bin/sh
# Runs the PhysioBench benchmarks and prints their table; JSON in target/benchmarks/.
#   releng/benchmarks/run.sh [--no-build] [--repetitions N] [--smoke] [--only startup|jmh] (see bench.py --help)
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/releng/scripts/setup-machine.sh" display
if [ "${1:-}" = "--no-build" ]; then
  shift
else
  # The benchmarks measure the product; its tests are releng/scripts/test.sh's job.
  (cd "$root" && ./mvnw -B -q verify -DskipTests)
fi
exec python3 "$root/releng/benchmarks/bench.py" "$@"
