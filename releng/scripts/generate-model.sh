#!/bin/sh
# Regenerates bundles/org.physiobench.model/src-gen from model/physiobench.ecore and
# model/physiobench.genmodel with EMF's own code generator, headless (releng/codegen, a plain
# Maven project outside the Tycho reactor). The genmodel is first brought in line with the
# .ecore (like the IDE's "Reload"), so after editing the .ecore this one command is enough.
# Commit the .ecore, the .genmodel and src-gen together.
#
# Usage: releng/scripts/generate-model.sh [--clean]
#   --clean  delete src-gen first (the generator never deletes files of removed classes)
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
bundle="$root/bundles/org.physiobench.model"
if [ "${1:-}" = "--clean" ]; then
  rm -rf "$bundle/src-gen"
fi
# The codegen project has its own .mvn folder, so Maven does not load the root's Tycho
# extensions; ./mvnw supplies the pinned Maven and the JDK.
# The generator runs inside the Maven JVM: pin what could make its output differ between
# machines (case mapping of the default locale, the default encoding).
MAVEN_OPTS="${MAVEN_OPTS:-} -Duser.language=en -Duser.country=US -Dfile.encoding=UTF-8"
export MAVEN_OPTS
cd "$root/releng/codegen"
"$root/mvnw" -B -q compile exec:java
