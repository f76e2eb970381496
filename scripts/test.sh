#!/usr/bin/env bash
# The test command: installs any missing cross compiler, then builds and runs every test, and
# compiles a struct with plain javac and the processor jar alone (scripts/plain-javac.sh).
# Extra arguments go to Maven, e.g. -Dabistruct.differential.count=20000.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-compilers.sh
# clean: a tree built by another JDK holds classes compiled for another release.
mvn -B -ntp clean verify "$@"
bash scripts/plain-javac.sh
