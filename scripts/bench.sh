#!/usr/bin/env bash
# The benchmark command: builds the benchmarks module, runs its parts and writes each part's
# figures into benchmarks/RESULTS.md, between that part's bench:<part>:begin and
# bench:<part>:end markers (the text around them, and the other parts' figures, are kept). The
# raw JMH CSVs and the compile figures stay in benchmarks/target/bench.
#
#   bash scripts/bench.sh                          every part
#   bash scripts/bench.sh quick                    smoke run: short iterations, small compile
#                                                  sets (or BENCH_QUICK=1)
#   BENCH_ONLY=access,compat bash scripts/bench.sh only the parts listed (access, paired,
#                                                  compat, compile, heap)
#
# Parts: access (JMH: generated accessors against hand-written code, JNA and MemorySegment, and
# the bounds-check diagnosis), paired (the generated against the hand-written accessors in
# rounds, a fork each, their order turning: PairedRun; on JDK 22+ the segment accessors too), compat (JMH with -prof gc: compat
# converters against bulk copies), compile (javac with and without the processor), heap (the
# smallest heap each kind of compile completes in, at 1,000 records).
# The JDK is JAVA_HOME's (else java on PATH). On JDK 22 or later the MemorySegment benchmarks
# are built and run too. Extra options for the JMH command lines: BENCH_JMH_ARGS. Compiles per
# figure (their median is shown): BENCH_COMPILE_RUNS, 3 by default.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
if [[ "${BENCH_QUICK:-}" == 1 ]]; then mode=quick; fi
only=${BENCH_ONLY:-access,paired,compat,compile,heap}
for part in ${only//,/ }; do
  case "$part" in
    access|paired|compat|compile|heap) ;;
    *) echo "BENCH_ONLY: unknown part '$part' (access, paired, compat, compile, heap)" >&2
       exit 2 ;;
  esac
done
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
if [[ "$mode" == quick ]]; then
  jmh_args=(-f 1 -wi 1 -w 200ms -i 2 -r 200ms)
  paired=(1 1 2 100)
  compile_sizes=40,160
  compile_runs=1
  processor_limit=160
  heap_size=160
else
  # Three forks: on a shared machine one fork's figures vary by more than the 5% compared.
  # Short iterations, 75 in all: the fastest of them is the least disturbed (JmhRun).
  jmh_args=(-f 3 -wi 3 -w 1s -i 25 -r 200ms)
  # Rounds, warmup iterations, iterations, milliseconds an iteration: about 100 s a round (JDK
  # 17), about 250 s with the segment comparisons (JDK 22+).
  paired=(${BENCH_PAIRED_ROUNDS:-12} 10 20 100)
  compile_sizes=250,1000,4000
  # The median of three compiles a figure: single compiles on a shared machine vary by 20%.
  compile_runs=${BENCH_COMPILE_RUNS:-3}
  # Every size with the processor too (4,000 records peak near 5 GiB of heap); a smaller
  # machine can stop earlier with BENCH_PROCESSOR_LIMIT=1000.
  processor_limit=${BENCH_PROCESSOR_LIMIT:-4000}
  heap_size=1000
fi
read -r -a extra_jmh <<< "${BENCH_JMH_ARGS:-}"
jmh_args+=("${extra_jmh[@]}")

selected() { [[ ",$only," == *",$1,"* ]]; }

mvn -B -q -ntp -Pbenchmarks clean -pl benchmarks
mvn -B -q -ntp -Pbenchmarks package -pl benchmarks -am -DskipTests
cp="benchmarks/target/classes:benchmarks/target/lib/*"
work=benchmarks/target/bench
mkdir -p "$work"

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
memory=$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
jdk=$("$java_bin" -XshowSettings:properties -version 2>&1 \
  | awk -F' = ' '/java.runtime.version|java.vm.name/ {printf "%s ", $2}')
jdk_feature=$("$java_bin" -XshowSettings:properties -version 2>&1 \
  | awk -F' = ' '/java.specification.version/ {print $2}')
command="${JAVA_HOME:+JAVA_HOME=<a JDK $jdk_feature> }${BENCH_ONLY:+BENCH_ONLY=$BENCH_ONLY }"
command+="${mode:+BENCH_QUICK=1 }bash scripts/bench.sh"

# Writes $work/<part>.section: the part's markers around its run line, settings and tables.
section() {
  local part=$1 elapsed=$2 settings=$3 tables=$4
  {
    echo "<!-- bench:$part:begin (written by scripts/bench.sh; edits inside are lost) -->"
    echo "Run on $(date -u +%Y-%m-%d) with \`$command\`, this part ${elapsed} s."
    echo
    echo "- Machine: $(nproc) cores (\`nproc\`), $cpu, $memory memory, shared with other work."
    echo "- JDK: $jdk(benchmarks and the in-process javac)."
    echo "- $settings"
    echo
    cat "$tables"
    echo "<!-- bench:$part:end -->"
  } > "$work/$part.section"
}

jmh_settings="JMH 1.37: \`${jmh_args[*]}\`, mode average time, ns/op; ± is JMH's 99.9% interval."
parts=()
if selected access; then
  started=$(date +%s)
  "$java_bin" -cp "$cp" org.abistruct.benchmarks.JmhRun "$work/access-fastest.tsv" \
    "${jmh_args[@]}" -rf csv -rff "$work/access.csv" 'Access\.|BoundsCheck'
  "$java_bin" -cp "$cp" org.abistruct.benchmarks.AccessTables "$work/access.csv" \
    "$work/access-fastest.tsv" "$work/access.md"
  section access $(( $(date +%s) - started )) "$jmh_settings" "$work/access.md"
  parts+=(access)
fi
if selected paired; then
  started=$(date +%s)
  "$java_bin" -cp "$cp" org.abistruct.benchmarks.PairedRun "$work/paired.md" "${paired[@]}"
  { echo "### Generated against hand-written, in rounds"; echo; cat "$work/paired.md"; } \
    > "$work/paired-tables.md"
  section paired $(( $(date +%s) - started )) "Rounds: ${paired[0]}, each of them every \
operation's accessors in a JMH fork apiece (${paired[1]} warmup and ${paired[2]} measured \
iterations of ${paired[3]} ms), their order turning each round; a round's ratios are the \
generated fork's fastest and median iterations over the faster fork of the code it is compared \
with. Each fork's figures: benchmarks/target/bench/paired-rounds.tsv." \
    "$work/paired-tables.md"
  parts+=(paired)
fi
if selected compat; then
  started=$(date +%s)
  "$java_bin" -cp "$cp" org.abistruct.benchmarks.CompatCheck
  "$java_bin" -cp "$cp" org.openjdk.jmh.Main "${jmh_args[@]}" -prof gc \
    -rf csv -rff "$work/compat.csv" 'Compat(Convert|Variants|SegmentCopy)\.'
  "$java_bin" -cp "$cp" org.abistruct.benchmarks.CompatTables "$work/compat.csv" "$work/compat.md"
  section compat $(( $(date +%s) - started )) "$jmh_settings Allocation: \`-prof gc\`." \
    "$work/compat.md"
  parts+=(compat)
fi
if selected compile; then
  started=$(date +%s)
  "$java_bin" -cp "$cp" org.abistruct.benchmarks.CompileBench \
    "$compile_sizes" "$compile_runs" "$work/compile" "$work/compile.md" "$processor_limit"
  { echo "### The processor: javac on generated record sets"; echo; cat "$work/compile.md"; } \
    > "$work/compile-tables.md"
  section compile $(( $(date +%s) - started )) "Compile benchmark: sizes $compile_sizes (with \
the processor up to $processor_limit), $compile_runs run(s) each, every compile in a fresh JVM \
with the default heap; javac --release 17." "$work/compile-tables.md"
  parts+=(compile)
fi
if selected heap; then
  started=$(date +%s)
  "$java_bin" -cp "$cp" org.abistruct.benchmarks.HeapSearch "$heap_size" "$work/heap" \
    "$work/heap.md"
  section heap $(( $(date +%s) - started )) "Heap search: the records of the compile part's \
seed, every probe a compile in a fresh JVM with -Xmx and -XX:+ExitOnOutOfMemoryError; javac \
--release 17." "$work/heap.md"
  parts+=(heap)
fi

# Each part replaces its own marked region of RESULTS.md; a part without one is appended.
results=benchmarks/RESULTS.md
[[ -f "$results" ]] || printf '# Benchmark results\n' > "$results"
for part in "${parts[@]}"; do
  if grep -q "<!-- bench:$part:begin" "$results"; then
    awk -v section="$work/$part.section" -v part="$part" '
      index($0, "<!-- bench:" part ":begin") == 1 {
        while ((getline line < section) > 0) print line; skip = 1; next }
      index($0, "<!-- bench:" part ":end -->") == 1 { skip = 0; next }
      !skip { print }' "$results" > "$work/results.md"
    cp "$work/results.md" "$results"
  else
    { echo; cat "$work/$part.section"; } >> "$results"
  fi
done
echo "Results (${parts[*]}) written to $results"
