#!/bin/sh
# Builds PhysioBench and opens the workbench on its embedded default store, with 200 demo
# patients created first when that store has none.
#   releng/scripts/launch.sh [--no-build] [physiobench options, e.g. --data DIR]
# Without a display (a server, CI machine), it starts Xvfb on :99 and says how to look.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/releng/scripts/setup-machine.sh" display tools

product="$root/releng/org.physiobench.product/target/products/org.physiobench.product/linux/gtk/x86_64/physiobench"
if [ "${1:-}" = "--no-build" ]; then
  shift
else
  # Building the product only; releng/scripts/test.sh is the command that runs the tests.
  (cd "$root" && ./mvnw -B -q verify -DskipTests)
fi
[ -x "$product/physiobench" ] || { echo "launch.sh: no product at $product - build it first" >&2; exit 1; }

if [ -z "${DISPLAY:-}" ]; then
  DISPLAY=:99
  export DISPLAY
  if ! xdpyinfo >/dev/null 2>&1; then
    Xvfb :99 -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
    sleep 1
  fi
  echo "No display: the workbench runs on Xvfb $DISPLAY. Screenshot: DISPLAY=$DISPLAY import -window root shot.png" >&2
fi
# Demo patients on first start, so the workbench opens on a store with something to show:
# only when the store (of the same --data folder, if given) has no patients at all.
if [ "${1:-}" = "--data" ] && [ -n "${2:-}" ]; then
  demo=$("$product/physiobench" --data "$2" demo --patients 200 --if-empty) || demo=""
else
  demo=$("$product/physiobench" demo --patients 200 --if-empty) || demo=""
fi
if [ -n "$demo" ]; then
  created=$(echo "$demo" | sed -n 's/.*"created":\([0-9]*\).*/\1/p')
  patients=$(echo "$demo" | sed -n 's/.*"patients":\([0-9]*\).*/\1/p')
  echo "launch.sh: demo patients: $created created, the store has $patients patients (physiobench patients lists them)"
else
  # A store that cannot take demo data (its message is above) must not keep the workbench closed.
  echo "launch.sh: no demo patients created (see the message above); opening the workbench anyway" >&2
fi
exec "$product/physiobench" "$@"
