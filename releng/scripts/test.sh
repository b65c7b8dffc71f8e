#!/bin/sh
# Runs every PhysioBench test: the whole Tycho build (OSGi unit tests, UI tests under Xvfb,
# the product and update site) with a throwaway PostgreSQL server for the store tests.
# Extra arguments go to Maven, e.g.  releng/scripts/test.sh -pl tests/org.physiobench.core.tests -am
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/releng/scripts/setup-machine.sh" display database tools

# The store tests reach PostgreSQL through PHYSIOBENCH_TEST_PG_URL (and _USER, _PASSWORD).
. "$root/releng/scripts/postgres.sh"
pg_start
trap pg_stop EXIT INT TERM

cd "$root"
# The generated model code must be exactly what the .ecore/.genmodel generate.
releng/scripts/check-model.sh
xvfb-run -a -s "-screen 0 1400x900x24" ./mvnw -B verify "$@"

# After a whole build only (with Maven arguments such as -pl the product may be missing):
if [ $# -eq 0 ]; then
  # The third-party example plug-in must keep building, and its tests passing, against the
  # published API in the p2 repository this build made (the SDK's promise to researchers).
  examples/build.sh
  # A smoke run of the benchmark harness: proves it and both installations it compares
  # work (one repetition; real figures come from releng/benchmarks/run.sh).
  python3 releng/benchmarks/bench.py --smoke --json target/benchmarks/smoke.json
fi
