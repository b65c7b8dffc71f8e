# shellcheck shell=sh
# Sourced by ./mvnw and the scripts in releng/scripts: makes JAVA_HOME point at a JDK
# that can run Tycho 5 and the Eclipse 4.41 bundles (Java 21 or newer).
#
# Order: an explicit JAVA_HOME that is new enough wins; else the newest JDK >= 21
# under /usr/lib/jvm; else stop with a message naming what is needed.

pb_java_major() {
  # prints the feature version of the JDK in $1 (17, 21, 25...) or nothing
  [ -x "$1/bin/java" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

pb_select_jdk() {
  pb_required=21
  if [ -n "${JAVA_HOME:-}" ]; then
    pb_major=$(pb_java_major "$JAVA_HOME")
    if [ -n "$pb_major" ] && [ "$pb_major" -ge "$pb_required" ]; then
      return 0
    fi
  fi
  pb_best=""; pb_best_major=0
  for pb_candidate in /usr/lib/jvm/*; do
    [ -d "$pb_candidate" ] || continue
    pb_major=$(pb_java_major "$pb_candidate")
    [ -n "$pb_major" ] || continue
    if [ "$pb_major" -ge "$pb_required" ] && [ "$pb_major" -gt "$pb_best_major" ]; then
      pb_best=$pb_candidate; pb_best_major=$pb_major
    fi
  done
  if [ -z "$pb_best" ]; then
    echo "PhysioBench needs a JDK $pb_required or newer (Temurin 25 is what it is built and tested with)." >&2
    echo "Set JAVA_HOME to one, or install one under /usr/lib/jvm." >&2
    [ -n "${JAVA_HOME:-}" ] && echo "JAVA_HOME=$JAVA_HOME is too old or not a JDK." >&2
    return 1
  fi
  JAVA_HOME=$pb_best
  export JAVA_HOME
}
