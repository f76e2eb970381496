#!/usr/bin/env bash
# The test command: installs any missing cross compiler, then builds and runs every test.
# Extra arguments go to Maven, e.g. -Dabistruct.differential.count=20000.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-compilers.sh
# clean: a tree built by another JDK holds classes compiled for another release.
mvn -B -ntp clean verify "$@"
