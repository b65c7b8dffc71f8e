#!/bin/sh
# Builds the PhysioBench update site at another version, from a copy of this source tree,
# signed with the same key as this build (so an installed product trusts it).
#   releng/scripts/build-update-site.sh VERSION OUT_DIR
#   e.g. releng/scripts/build-update-site.sh 1.0.1 /tmp/site-1.0.1
# Used by the end-to-end update test (tests/org.physiobench.update.tests) to produce the
# "next release"; a release manager bumps versions in the real tree instead (same
# tycho-versions-plugin call). Build log: OUT_DIR.log.
set -e
[ $# -eq 2 ] || { echo "usage: $0 VERSION OUT_DIR" >&2; exit 2; }
version=$1
out=$(mkdir -p "$2" && cd "$2" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)
keystore=${PHYSIOBENCH_SIGNING_KEYSTORE:-$root/target/signing/physiobench-test-signing.p12}
[ -f "$keystore" ] || { echo "build-update-site.sh: no signing keystore at $keystore - build the product first" >&2; exit 1; }
log=$out.log
work=$(mktemp -d /tmp/physiobench-site.XXXXXX)
trap 'rm -rf "$work"' EXIT INT TERM

# The sources only: no build output, no git data.
tar -C "$root" --exclude=./.git --exclude=./target --exclude='./*/*/target' -cf - . | tar -C "$work" -xf -
cd "$work"
{
  ./mvnw -B org.eclipse.tycho:tycho-versions-plugin:5.0.2:set-version -DnewVersion="$version-SNAPSHOT"
  ./mvnw -B verify -DskipTests \
    -pl features/org.physiobench.platform.feature,releng/org.physiobench.product -am \
    -Dphysiobench.signing.keystore="$keystore"
} >"$log" 2>&1 || { echo "build-update-site.sh: the $version build failed, see $log" >&2; exit 1; }
rm -rf "$out"
cp -r releng/org.physiobench.product/target/repository "$out"
echo "$out"
