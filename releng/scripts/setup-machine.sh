#!/bin/sh
# Installs the Debian packages PhysioBench needs on a machine of this kind, only those
# missing (so a second run costs nothing). Usage: setup-machine.sh <group>...
#   display   Xvfb and GTK 3: the workbench and the UI tests
#   database  PostgreSQL server: the store tests run against a throwaway cluster
#   tools     ImageMagick and x11-utils: screenshots of the running workbench
set -e
packages=""
for group in "$@"; do
  case "$group" in
    display)  packages="$packages xvfb xauth libgtk-3-0 fonts-dejavu-core" ;;
    database) packages="$packages postgresql" ;;
    tools)    packages="$packages imagemagick x11-utils" ;;
    *) echo "setup-machine.sh: unknown group '$group'" >&2; exit 2 ;;
  esac
done
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "Installing Debian packages:$missing" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -q >/dev/null
# shellcheck disable=SC2086 # the list is meant to split
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing >/dev/null
