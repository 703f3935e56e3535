#!/usr/bin/env bash
# The learner's front door: ./workshop help lists the commands.
# Needs only a JDK 21 or newer; the Maven Wrapper fetches everything else on first run.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
module="workshop"                                   # the Maven module holding the command
classes="$root/$module/target/classes"
classpath_file="$root/$module/target/classpath.txt"
stamp="$root/$module/target/workshop.stamp"

# The feature version of a java launcher (8, 17, 21, 25), or nothing when it does not run.
java_version() {
  "$1" -version 2>&1 | sed -n 's/.* version "\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' | head -n 1
}

# A JDK home qualifies with a java of version 21+ and a javac: the workshop compiles lab code itself.
qualifies() {
  local version
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  version="$(java_version "$1/bin/java")"
  [ -n "$version" ] && [ "$version" -ge 21 ]
}

# JAVA_HOME, else java on the PATH, else the JDK macOS knows, else the newest under /usr/lib/jvm.
find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && qualifies "$JAVA_HOME"; then
    echo "$JAVA_HOME"; return
  fi
  if command -v java >/dev/null 2>&1; then
    local on_path
    on_path="$(dirname "$(dirname "$(readlink -f "$(command -v java)" 2>/dev/null || command -v java)")")"
    if qualifies "$on_path"; then echo "$on_path"; return; fi
  fi
  if [ -x /usr/libexec/java_home ]; then
    local mac
    mac="$(/usr/libexec/java_home -v 21+ 2>/dev/null || true)"
    if [ -n "$mac" ] && qualifies "$mac"; then echo "$mac"; return; fi
  fi
  local newest="" newest_version=0 candidate version
  for candidate in /usr/lib/jvm/*; do
    if [ -d "$candidate" ] && qualifies "$candidate"; then
      version="$(java_version "$candidate/bin/java")"
      if [ "$version" -gt "$newest_version" ]; then newest="$candidate"; newest_version="$version"; fi
    fi
  done
  if [ -n "$newest" ]; then echo "$newest"; fi
}

jdk="$(find_jdk)"
if [ -z "$jdk" ]; then
  echo "eventlings needs a JDK 21 or newer: install one (e.g. Temurin 21 from https://adoptium.net) and point JAVA_HOME at it, e.g. export JAVA_HOME=/path/to/jdk-21." >&2
  exit 1
fi
export JAVA_HOME="$jdk"
java_feature="$(java_version "$jdk/bin/java")"

# First run, or the kit, the command or a pom changed since the last build.
needs_build() {
  if [ ! -f "$stamp" ] || [ ! -f "$classpath_file" ] || [ ! -d "$classes" ]; then
    return 0
  fi
  local changed
  changed="$(find "$root/pom.xml" "$root/labs/pom.xml" "$root/checkers" "$root/$module/pom.xml" "$root/$module/src" \
    -newer "$stamp" -type f -not -path '*/target/*' -print -quit 2>/dev/null || true)"
  [ -n "$changed" ]
}

if needs_build; then
  echo "Preparing the workshop (first run only)..."
  if ! (cd "$root" && ./mvnw -q -B install -DskipTests -pl "$module" -am); then
    echo "The workshop could not be built: run ./mvnw -B install -DskipTests -pl $module -am to see why, and ./workshop doctor to check your setup." >&2
    exit 1
  fi
  touch "$stamp"
fi

classpath="$(cat "$classpath_file")"

# A short-lived JVM starts fastest with the C1 compiler only and the serial GC. Mockito runs as an agent,
# so goals that mock print no self-attach warning; the Kafka client's compression libraries load native code.
jvm_flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto --enable-native-access=ALL-UNNAMED)
mockito="$(tr ':' '\n' <<<"$classpath" | grep '/mockito-core-[^/]*\.jar$' | head -n 1 || true)"
if [ -n "$mockito" ]; then
  jvm_flags+=("-javaagent:$mockito")
fi
if [ "$java_feature" -ge 24 ]; then
  # From JDK 24 on, libraries that still use sun.misc.Unsafe memory access would print a warning.
  jvm_flags+=(--sun-misc-unsafe-memory-access=allow)
fi

if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then
  export EVENTLINGS_COLOR=always
fi

exec "$jdk/bin/java" "${jvm_flags[@]}" -Deventlings.root="$root" -cp "$classes:$classpath" \
  eventlings.workshop.cli.Main "$@"
