#!/usr/bin/env bash
# compile-worker-peak.sh <submission>...: grades each submission with the Debug build (dotnet build Hw3.sln first)
# and prints the compile worker's peak resident memory (VmHWM, read from /proc every 50 ms while it lives).
# Used for SECURITY.md layer 1: the constant-fold bomb took a worker to 2,775 MB before the policy ran first.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for submission in "$@"; do
  dotnet "$root/artifacts/bin/Hw3.Grader/debug/hw3.dll" grade "$submission" --out "$out/results.json" --brief >"$out/log" 2>&1 &
  grader=$!
  peak=0
  while kill -0 "$grader" 2>/dev/null; do
    for child in $(cat /proc/"$grader"/task/*/children 2>/dev/null); do
      if grep -q Hw3.Grader.Compiler /proc/"$child"/cmdline 2>/dev/null; then
        hwm=$(awk '/VmHWM/ {print $2}' /proc/"$child"/status 2>/dev/null)
        [ -n "$hwm" ] && [ "$hwm" -gt "$peak" ] && peak=$hwm
      fi
    done
    sleep 0.05
  done
  echo "$submission: compile worker peak $((peak / 1024)) MB; $(grep -m1 -o "did not compile: [^(]*(first: [^:]*:[0-9]*:[0-9]*: error [A-Z0-9]*" "$out/results.json" || echo compiled)"
done
