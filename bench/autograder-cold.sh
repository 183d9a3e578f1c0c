#!/usr/bin/env bash
# Cold single-submission time of the unpacked autograder, as Gradescope runs it: the zip is unpacked into a fresh
# root laid out like /autograder, set up by its setup.sh (installs skipped when present), and run_autograder grades
# one submission, a fresh grader process each time (nothing warm but the OS page cache).
#   bench/autograder-cold.sh [autograder.zip] [submission folder] [runs]
# Prints wall and CPU (user + sys of the grader and everything it started) per run. Needs root for the runner's
# user switch, as on Gradescope.
set -euo pipefail
zip="${1:-autograder.zip}"
submission="${2:-Submissions/samples/perfect}"
runs="${3:-5}"
root="$(mktemp -d /tmp/hw3-cold-XXXXXX)"
trap 'rm -rf "$root"' EXIT
chmod 0711 "$root"
mkdir -p "$root/source" "$root/submission"
unzip -q "$zip" -d "$root/source"
cp "$submission"/*.cs "$root/submission/"
HW3_AUTOGRADER_ROOT="$root" bash "$root/source/setup.sh" >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
for i in $(seq 1 "$runs"); do
  rm -rf "$root/results"
  /usr/bin/time -f "run $i: wall %e s, CPU %U s user + %S s sys" env HW3_AUTOGRADER_ROOT="$root" "$root/source/run_autograder" 2>&1 \
    | grep -E "^run |graded the"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
