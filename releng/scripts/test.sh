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
xvfb-run -a -s "-screen 0 1400x900x24" ./mvnw -B verify "$@"
