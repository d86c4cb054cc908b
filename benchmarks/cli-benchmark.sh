#!/bin/sh
# The command-line benchmark (docs/benchmarks.md, "Command-line tool"): wall-clock time of
#   1. validating the real report from a cold start: java -jar jianshi.jar validate real-report.json
#      against the baseline, ValidateLoop (a Java program calling ReportValidator in a loop), on the
#      same file, and
#   2. validating a batch of 2 000 generated files (BatchFiles) with the CLI (default threads, and -j 1)
#      against the same baseline;
# each run RUNS times (default 7), the median reported. Build first:
#   ./mvnw -B -q -pl jianshi-cli,benchmarks -am package -DskipTests
# then run from the repository root: sh benchmarks/cli-benchmark.sh [RUNS]
set -eu
runs=${1:-7}
cli=jianshi-cli/target/jianshi.jar
bench=benchmarks/target/benchmarks.jar
real=examples/src/main/resources/real-report.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp "$bench" io.github.jianshi.benchmarks.BatchFiles "$work/batch" 2000 >/dev/null

# median wall time in milliseconds of RUNS runs of a command (its output discarded; exit 0 or 1 expected)
median() {
  times=""
  i=0
  while [ "$i" -lt "$runs" ]; do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || [ $? -le 1 ]
    end=$(date +%s%N)
    times="$times $(( (end - start) / 1000000 ))"
    i=$((i + 1))
  done
  echo "$times" | tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

export LANG=C
one_loop=$(median java -cp "$bench" io.github.jianshi.benchmarks.ValidateLoop "$real")
one_cli=$(median java -jar "$cli" validate "$real")
batch_loop=$(median java -cp "$bench" io.github.jianshi.benchmarks.ValidateLoop "$work/batch")
batch_cli1=$(median java -jar "$cli" validate -j 1 "$work/batch")
batch_cli=$(median java -jar "$cli" validate "$work/batch")

rate() { awk -v ms="$1" 'BEGIN {printf "%.0f", 2000 * 1000 / ms}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "| run | median ms | files/s | time ratio to baseline |"
echo "|---|---:|---:|---:|"
echo "| one file, baseline (ValidateLoop) | $one_loop | | 1.00 |"
echo "| one file, jianshi validate | $one_cli | | $(ratio "$one_cli" "$one_loop") |"
echo "| 2 000 files, baseline (ValidateLoop, one thread) | $batch_loop | $(rate "$batch_loop") | 1.00 |"
echo "| 2 000 files, jianshi validate -j 1 | $batch_cli1 | $(rate "$batch_cli1") | $(ratio "$batch_cli1" "$batch_loop") |"
echo "| 2 000 files, jianshi validate (threads: $(nproc)) | $batch_cli | $(rate "$batch_cli") | $(ratio "$batch_cli" "$batch_loop") |"
