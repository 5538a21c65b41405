#!/usr/bin/env bash
# Dense assignment benchmark: AssignmentCore against scipy.optimize.linear_sum_assignment.
#
# Both sides build the same dense N×N integer cost matrix (values 0..999) from a seed with
# the counter-based SplitMix64 described in Sources/sesplan-bench/AssignmentBenchmark.swift
# (entry k = i·N + j is splitmix64(seed + (k+1)·0x9E3779B97F4A7C15) mod 1000), so no matrix
# file is needed. Each side times only the solve of a minimum-cost perfect assignment.
#
# Usage: benchmarks/assignment-vs-scipy.sh [N] [SEED]      (defaults: 5000 42)
# Environment: REPEAT=k runs each side k times (default 1); PYTHON=python3.
set -euo pipefail
cd "$(dirname "$0")/.."

N="${1:-5000}"
SEED="${2:-42}"
REPEAT="${REPEAT:-1}"
PYTHON="${PYTHON:-python3}"

if ! "$PYTHON" -c 'import numpy, scipy' 2>/dev/null; then
    echo "installing numpy and scipy with pip" >&2
    "$PYTHON" -m pip install --quiet numpy scipy
fi

scipy_run() {
    "$PYTHON" - "$N" "$SEED" <<'PY'
import sys, time
import numpy as np
from scipy.optimize import linear_sum_assignment

n, seed = int(sys.argv[1]), int(sys.argv[2])
k = np.arange(1, n * n + 1, dtype=np.uint64)
with np.errstate(over="ignore"):
    z = np.uint64(seed) + k * np.uint64(0x9E3779B97F4A7C15)
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    z = z ^ (z >> np.uint64(31))
cost = (z % np.uint64(1000)).astype(np.float64).reshape(n, n)
start = time.perf_counter()
rows, cols = linear_sum_assignment(cost)
seconds = time.perf_counter() - start
print(f"scipy dense {n}x{n}: seconds={seconds:.6f} objective={int(cost[rows, cols].sum())}")
PY
}

ours_run() {
    .build-core/release/sesplan-bench dense "$N" --seed "$SEED" \
        | grep -E "^dense ${N}x${N}: " || { echo "our benchmark did not report" >&2; exit 1; }
}

field() { sed -E "s/.*$1=([^ ]+).*/\\1/"; }

echo "building (release) and running; N=$N seed=$SEED repeat=$REPEAT" >&2
swift build -c release --scratch-path .build-core --product sesplan-bench >&2
best_scipy=""; best_ours=""; scipy_objective=""; our_objective=""
for _ in $(seq "$REPEAT"); do
    line="$(scipy_run)"; echo "$line"
    s="$(echo "$line" | field seconds)"; scipy_objective="$(echo "$line" | field objective)"
    best_scipy="$("$PYTHON" -c "print(min(x for x in [$s, ${best_scipy:-$s}]))")"
    line="$(ours_run)"; echo "ours  $line"
    s="$(echo "$line" | field seconds)"; our_objective="$(echo "$line" | field objective)"
    best_ours="$("$PYTHON" -c "print(min(x for x in [$s, ${best_ours:-$s}]))")"
done

ratio="$("$PYTHON" -c "print(f'{$best_scipy / $best_ours:.2f}')")"
echo "best of $REPEAT: scipy ${best_scipy}s, ours ${best_ours}s; ours is ${ratio}x the speed of scipy"
if [ "$scipy_objective" != "$our_objective" ]; then
    echo "MISMATCH: scipy objective $scipy_objective, ours $our_objective" >&2
    exit 1
fi
echo "objectives agree: $our_objective"
