#!/usr/bin/env bash
# The main job: builds abistruct, prints the layout report of the e500/KVM structs, then what
# the generated bindings did against the running kernel. The live part needs java.lang.foreign:
# it builds and runs with a JDK 22 or newer (JAVA_HOME's, else the newest under /usr/lib/jvm).
set -euo pipefail
cd "$(dirname "$0")/.."

feature() { "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F' = ' '/java.specification.version/ {print $2}'; }

jdk=${JAVA_HOME:-}
if [ -z "$jdk" ] || [ "$(feature "$jdk")" -lt 22 ]; then
    for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -V -r); do
        if [ -x "$candidate/bin/java" ] && [ "$(feature "${candidate%/}")" -ge 22 ]; then
            jdk=${candidate%/}
            break
        fi
    done
fi
if [ -n "$jdk" ]; then
    export JAVA_HOME=$jdk
fi
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
if ! build=$(mvn -B -q -ntp clean package -DskipTests 2>&1); then
    echo "$build"
    exit 1
fi
cp="examples/target/classes:annotations/target/abistruct-annotations-0.1.0-SNAPSHOT.jar"
"$java_bin" -cp "$cp" org.abistruct.examples.Report "$@"
echo
if [ -f examples/target/classes/org/abistruct/examples/linux/LiveDemo.class ]; then
    "$java_bin" --enable-native-access=ALL-UNNAMED -cp "$cp" org.abistruct.examples.linux.LiveDemo
else
    echo "== Against the running kernel: not run; it needs a JDK 22 or newer (java.lang.foreign)"
fi
