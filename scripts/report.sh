#!/usr/bin/env bash
# The main job: builds abistruct and prints the layout report of the e500/KVM structs.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp package -DskipTests
exec java -cp examples/target/classes:annotations/target/classes org.abistruct.examples.Report "$@"
