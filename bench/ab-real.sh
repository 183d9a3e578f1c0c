#!/usr/bin/env bash
# A/B of the real batch path between two builds, on one kept set of submissions, alternating runs so that the
# machine's drifting speed falls on both alike. Each run is the bench's own real-mode child (the same code as
# way 1 of the bench); it prints the timed seconds and the whole machine's busy CPU while the child ran (from
# /proc/stat, Linux only: user + nice + system + irq + softirq, so the compile worker and every runner count).
#
# usage: bench/ab-real.sh <kept folder> <Hw3.Bench.dll of A> <Hw3.Bench.dll of B> [rounds, default 3] [jobs, default 2]
#   <kept folder>: a work folder left by `dotnet run -c Release --project bench/Hw3.Bench -- --n 200 --keep`
#   a build of another commit: git worktree add /tmp/hw3-a <commit> && dotnet build -c Release /tmp/hw3-a/Hw3.sln
#   (its dll is then /tmp/hw3-a/artifacts/bin/Hw3.Bench/release/Hw3.Bench.dll)
# Extra environment for one side: AB_ENV_A / AB_ENV_B, e.g. AB_ENV_B="DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0".
set -euo pipefail
if [ $# -lt 3 ]; then
  sed -n '2,12p' "$0" >&2
  exit 2
fi

kept=$1 a=$2 b=$3 rounds=${4:-3} jobs=${5:-2}
for path in "$kept/submissions" "$kept/warm-up" "$a" "$b"; do
  [ -e "$path" ] || { echo "ab-real: $path does not exist" >&2; exit 2; }
done

busy() { awk '/^cpu /{ print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
ticks=$(getconf CLK_TCK)

run() { # label dll extra-environment
  local work; work=$(mktemp -d -t hw3-ab-XXXXXX)
  local before after seconds
  before=$(busy)
  # shellcheck disable=SC2086 # the extra environment is a list of NAME=value words
  seconds=$(env $3 dotnet "$2" --mode real --in "$kept/submissions" --warm "$kept/warm-up" --work "$work" --jobs "$jobs" \
    | grep -o '"Seconds":[0-9.]*' | cut -d: -f2)
  after=$(busy)
  rm -rf "$work"
  awk -v l="$1" -v s="$seconds" -v c="$((after - before))" -v t="$ticks" \
    'BEGIN { printf "%s  timed %.2f s  machine CPU %.1f s\n", l, s, c / t }'
}

for round in $(seq 1 "$rounds"); do
  run "round $round A" "$a" "${AB_ENV_A:-}"
  run "round $round B" "$b" "${AB_ENV_B:-}"
done
