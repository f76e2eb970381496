#!/usr/bin/env bash
# Imports C headers as @AbiStruct records:
#   bash scripts/import.sh --package com.example.kvm --out src/main/java linux/kvm.h asm/kvm.h \
#       [--struct kvm_run]... [--abi X86_64] [--include <dir>]... [--verify]
# Builds the importer when needed, then runs it. It reads what each ABI's GCC compiled of the
# headers (scripts/install-compilers.sh installs them); --verify compiles the records with the
# processor and asserts every layout and ioctl number with every ABI's GCC.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/processor/target/abistruct-processor-0.1.0-SNAPSHOT.jar"
classes="$root/importer/target/classes"
if [ ! -f "$jar" ] || [ ! -f "$classes/org/abistruct/importer/Main.class" ] \
        || [ -n "$(find "$root/importer/src/main" "$root/processor/src/main" -newer "$jar" -print -quit)" ]; then
    if ! build=$(cd "$root" && mvn -B -q -ntp install -DskipTests -pl annotations,processor,importer -am 2>&1); then
        echo "$build" >&2
        exit 1
    fi
fi
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
exec "$java_bin" -cp "$classes:$jar" org.abistruct.importer.Main "$@"
