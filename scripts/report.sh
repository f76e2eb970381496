#!/usr/bin/env bash
# The main job: builds abistruct and prints the layout report of the e500/KVM structs.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! build=$(mvn -B -q -ntp package -DskipTests 2>&1); then
    echo "$build"
    exit 1
fi
exec java -cp examples/target/classes:annotations/target/classes org.abistruct.examples.Report "$@"
