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

# "WALL CPU": the medians, in milliseconds, of the wall-clock time and of the CPU time (user + system,
# all threads) of RUNS runs of a command (its output discarded; exit 0 or 1 expected)
median() {
  walls=""
  cpus=""
  i=0
  while [ "$i" -lt "$runs" ]; do
    start=$(date +%s%N)
    /usr/bin/time -f "%U %S" -o "$work/time" "$@" >/dev/null 2>&1 || [ $? -le 1 ]
    end=$(date +%s%N)
    walls="$walls $(( (end - start) / 1000000 ))"
    cpus="$cpus $(tail -1 "$work/time" | awk '{printf "%d", ($1 + $2) * 1000}')"
    i=$((i + 1))
  done
  w=$(echo "$walls" | tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  c=$(echo "$cpus" | tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$w $c"
}

export LANG=C
one_loop=$(median java -cp "$bench" io.github.jianshi.benchmarks.ValidateLoop "$real")
one_cli=$(median java -jar "$cli" validate "$real")
batch_loop=$(median java -cp "$bench" io.github.jianshi.benchmarks.ValidateLoop "$work/batch")
batch_cli1=$(median java -jar "$cli" validate -j 1 "$work/batch")
batch_cli=$(median java -jar "$cli" validate "$work/batch")

wall() { echo "$1" | cut -d' ' -f1; }
cpu() { echo "$1" | cut -d' ' -f2; }
rate() { awk -v ms="$(wall "$1")" 'BEGIN {printf "%.0f", 2000 * 1000 / ms}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
row() { # name, measurement, baseline, files/s shown?
  r=""
  [ "$4" = yes ] && r=$(rate "$2")
  echo "| $1 | $(wall "$2") | $r | $(ratio "$(wall "$2")" "$(wall "$3")") | $(cpu "$2") | $(ratio "$(cpu "$2")" "$(cpu "$3")") |"
}
echo "| run | wall ms | files/s | wall ratio | CPU ms | CPU ratio |"
echo "|---|---:|---:|---:|---:|---:|"
row "one file, baseline (ValidateLoop)" "$one_loop" "$one_loop" no
row "one file, jianshi validate" "$one_cli" "$one_loop" no
row "2 000 files, baseline (ValidateLoop, one thread)" "$batch_loop" "$batch_loop" yes
row "2 000 files, jianshi validate -j 1" "$batch_cli1" "$batch_loop" yes
row "2 000 files, jianshi validate (threads: $(nproc))" "$batch_cli" "$batch_loop" yes
