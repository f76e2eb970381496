#!/usr/bin/env bash
# The benchmark command: builds the benchmarks module, runs the JMH access benchmarks and the
# processor compile benchmark in one go, and writes the figures into benchmarks/RESULTS.md
# (between its bench:begin and bench:end markers; the text around them is kept). The raw JMH
# CSV and the compile figures stay in benchmarks/target/bench.
#
#   bash scripts/bench.sh          full run
#   bash scripts/bench.sh quick    smoke run: short iterations, small compile sets (or BENCH_QUICK=1)
#
# The JDK is JAVA_HOME's (else java on PATH). On JDK 22 or later the MemorySegment benchmarks
# are built and run too. Extra options for the JMH command line: BENCH_JMH_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
if [[ "${BENCH_QUICK:-}" == 1 ]]; then mode=quick; fi
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
if [[ "$mode" == quick ]]; then
  jmh_args=(-f 1 -wi 1 -w 200ms -i 2 -r 200ms)
  compile_sizes=40,160
  compile_runs=1
  processor_limit=160
else
  jmh_args=(-f 1 -wi 2 -w 1s -i 4 -r 1s)
  compile_sizes=250,1000,4000
  compile_runs=1
  # 4,000 records with the processor need an estimated 12-16 GiB of heap (see RESULTS.md):
  # javac alone only there, unless BENCH_PROCESSOR_LIMIT says otherwise.
  processor_limit=${BENCH_PROCESSOR_LIMIT:-1000}
fi
read -r -a extra_jmh <<< "${BENCH_JMH_ARGS:-}"
jmh_args+=("${extra_jmh[@]}")

started=$(date +%s)
mvn -B -q -ntp -Pbenchmarks clean -pl benchmarks
mvn -B -q -ntp -Pbenchmarks package -pl benchmarks -am -DskipTests
cp="benchmarks/target/classes:benchmarks/target/lib/*"
work=benchmarks/target/bench
mkdir -p "$work"

"$java_bin" -cp "$cp" org.openjdk.jmh.Main "${jmh_args[@]}" -rf csv -rff "$work/access.csv" \
  'Access\.|ScanBoundsCheck'
"$java_bin" -cp "$cp" org.abistruct.benchmarks.AccessTables "$work/access.csv" "$work/access.md"
"$java_bin" -cp "$cp" org.abistruct.benchmarks.CompileBench \
  "$compile_sizes" "$compile_runs" "$work/compile" "$work/compile.md" "$processor_limit"
elapsed=$(( $(date +%s) - started ))

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
memory=$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
jdk=$("$java_bin" -XshowSettings:properties -version 2>&1 \
  | awk -F' = ' '/java.runtime.version|java.vm.name/ {printf "%s ", $2}')
{
  echo "<!-- bench:begin (written by scripts/bench.sh; edits inside are lost) -->"
  echo "Run on $(date -u +%Y-%m-%d) with \`${JAVA_HOME:+JAVA_HOME=<a JDK $("$java_bin" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')> }${mode:+BENCH_QUICK=1 }bash scripts/bench.sh\`, ${elapsed} s in all."
  echo
  echo "- Machine: $(nproc) cores (\`nproc\`), $cpu, $memory memory, shared with other work."
  echo "- JDK: $jdk(benchmarks and the in-process javac)."
  echo "- JMH 1.37: \`${jmh_args[*]}\`, mode average time, ns/op; ± is JMH's 99.9% interval."
  echo "- Compile benchmark: sizes $compile_sizes (with the processor up to $processor_limit), $compile_runs run(s) each, every compile in a fresh JVM with the default heap; javac --release 17."
  echo
  cat "$work/access.md"
  echo
  echo "### The processor: javac on generated record sets"
  echo
  cat "$work/compile.md"
  echo "<!-- bench:end -->"
} > "$work/section.md"

results=benchmarks/RESULTS.md
if [[ -f "$results" ]] && grep -q '<!-- bench:begin' "$results"; then
  awk -v section="$work/section.md" '
    /<!-- bench:begin/ { while ((getline line < section) > 0) print line; skip = 1; next }
    /<!-- bench:end -->/ { skip = 0; next }
    !skip { print }' "$results" > "$work/results.md"
  cp "$work/results.md" "$results"
else
  { echo "# Benchmark results"; echo; cat "$work/section.md"; } > "$results"
fi
echo "Results written to $results"
