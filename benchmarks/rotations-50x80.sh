#!/usr/bin/env bash
# Benchmark of `sesplan rotations` (not part of the test suite).
#
# Generates a synthetic CDP cohort of 50 candidates and 80 hosts over a 24-month program in
# monthly periods, deterministically (seed 50 unless SEED is set), on the real offices of
# examples/cdp-cohort/hosts.csv; schedules it with the release binary under /usr/bin/time -v; and
# prints the wall time, the peak memory and whether the schedule is proven optimal. The policy's
# time limit is 60 s, so "optimal" means proven optimal within 60 s.
#
# Usage: bash benchmarks/rotations-50x80.sh        (SCRATCH_PATH=.build-x to build elsewhere)
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH_PATH:-.build}"
seed="${SEED:-50}"
if [ ! -x /usr/bin/time ]; then
  echo "needs GNU time at /usr/bin/time (Debian/Ubuntu: apt-get install time)" >&2
  exit 1
fi
bash scripts/require-glpk
swift build -c release --product sesplan --scratch-path "$scratch" >&2
bin="$scratch/release/sesplan"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$bin" rotations synth --sites-from examples/cdp-cohort/hosts.csv --candidates 50 --host-count 80 --months 24 \
  --seed "$seed" --out "$work/instance" 2>/dev/null
/usr/bin/time -v "$bin" rotations --cohort "$work/instance/cohort.csv" --hosts "$work/instance/hosts.csv" \
  --policy "$work/instance/policy.yaml" --out "$work/out" --quiet 2> "$work/time.txt"

field() { grep -m1 "^  \"$1\"" "$work/out/schedule.json" | sed -e 's/^[^:]*: *//' -e 's/,$//' -e 's/"//g'; }
wall="$(grep 'Elapsed (wall clock)' "$work/time.txt" | sed 's/.*): //')"
rss="$(grep 'Maximum resident set size' "$work/time.txt" | sed 's/.*: //')"
echo "instance:    50 candidates, 80 hosts, 24 months (monthly periods), seed $seed"
echo "model:       $(grep -m1 '"options"' "$work/out/schedule.json" | sed -e 's/[^0-9]//g') assignment options"
echo "status:      $(field status) (objective $(field objective), bound $(field bound), gap $(field gap))"
echo "wall time:   $wall"
echo "peak memory: $((rss / 1024)) MB ($rss kB)"
