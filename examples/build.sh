#!/bin/sh
# Builds the example modality plug-in and its p2 repository
# (examples/org.example.physiobench.heat.repository/target/repository).
#
# It compiles against a PhysioBench p2 repository: by default the one the main build
# produces, so build PhysioBench first:
#   ./mvnw -B verify -pl releng/org.physiobench.product -am -DskipTests
#   examples/build.sh
# or name another repository:  examples/build.sh -Dphysiobench.repository=https://.../repository
set -e
examples=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$examples/.." && pwd)
case " $* " in
  *" -Dphysiobench.repository="*) ;;
  *)
    if [ ! -f "$root/releng/org.physiobench.product/target/repository/content.jar" ] \
      && [ ! -f "$root/releng/org.physiobench.product/target/repository/content.xml.xz" ] \
      && [ ! -f "$root/releng/org.physiobench.product/target/repository/content.xml" ]; then
      echo "No PhysioBench p2 repository at releng/org.physiobench.product/target/repository." >&2
      echo "Build it first: ./mvnw -B verify -pl releng/org.physiobench.product -am -DskipTests" >&2
      exit 1
    fi ;;
esac
# The wrapper of the main build (Maven 3.9.11, a JDK >= 21); MAVEN_BASEDIR makes examples/
# the project root, so examples/.mvn (Tycho pomless) applies and not the product's reactor.
MAVEN_BASEDIR=$examples exec "$root/mvnw" -B -f "$examples/pom.xml" verify "$@"
