#!/usr/bin/env bash
# After `mvn package`: compiles a struct with plain javac, the processor jar alone on the
# processor path and the annotations jar on the class path, as a build without Maven would, and
# checks that every output was written. The JDK is JAVA_HOME's (else javac on PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
javac=${JAVA_HOME:+$JAVA_HOME/bin/}javac
processor=$(ls processor/target/abistruct-processor-*.jar | grep -v original | head -n 1)
annotations=$(ls annotations/target/abistruct-annotations-*.jar | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src/p" "$work/out"
cat > "$work/src/p/KvmDirtyTlb.java" <<'JAVA'
package p;

import org.abistruct.AbiStruct;
import org.abistruct.Compat;
import org.abistruct.Unsigned;

@AbiStruct(name = "kvm_dirty_tlb", compat = Compat.GENERATE)
public record KvmDirtyTlb(@Unsigned long bitmap, @Unsigned int numDirty) {}
JAVA
"$javac" -Aabistruct.quiet -processorpath "$processor" -cp "$annotations" -d "$work/out" \
  "$work/src/p/KvmDirtyTlb.java"
for file in p/KvmDirtyTlbLayout.class p/KvmDirtyTlbCompat.class abistruct/kvm_dirty_tlb.h \
    abistruct/kvm_dirty_tlb.json; do
  [[ -f "$work/out/$file" ]] || { echo "plain javac: $file was not written" >&2; exit 1; }
done
echo "plain javac: $(basename "$processor") alone on the processor path wrote every output"
