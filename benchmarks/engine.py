#!/usr/bin/env python3
"""Benchmark of sesplan in one sitting, whole process against whole process (release build).

1. governmentwide (`sesplan synth --seed 1`): one plan and five plans; plain GLPK and HiGHS (highspy,
   one thread) on the model `sesplan plan --export-model` writes; one large agency likewise;
2. an assignment problem through scores.csv: OR-Library's assignp5000 when given (--assignp FILE),
   else an equivalent generated here (5,000 x 5,000, 20 pairs per row, costs 1-100), against scipy's
   sparse min_weight_full_bipartite_matching, lap.lapjv and lapjv.lapjv;
3. 5,000 interchangeable executives in one agency;
4. the scaling curve from 1,000 to 32,000 executives with the fitted exponent;
5. rotations of 200 candidates at 400 hosts over 24 months, monthly and weekly periods.
Every sesplan figure is a median of --runs runs with its spread, CPU time as well as wall time,
and sesplan's own split by phase (read, screen, solve, write). The machine's load is printed.
The two ratios measured side by side (five plans against one plan, sesplan against scipy) take
--pairs pairs of runs in turn (default 15): the runs are short (under three seconds), and the median
of five pairs moved by up to 0.05 between sittings with the machine's speed.

Usage: python3 benchmarks/engine.py [--quick] [--runs N] [--pairs N] [--assignp FILE] [--glpk-limit S] [--peer-limit S]
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import instances  # noqa: E402
import peers  # noqa: E402
from measure import alternate, fmt_run, load, repeat, summarise, timed  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUM = os.path.join(ROOT, "data", "plum-2025", "ses_positions_current.csv")
BIN = os.path.join(ROOT, ".build", "release", "sesplan")
RESULTS = {}
SCALING_RUNS = 3  # runs per point of the scaling curve


def synth(out, *extra):
    subprocess.run([BIN, "synth", "--plum", PLUM, "--seed", "1", "--out", out, *extra], check=True, capture_output=True)


def inputs(d, scores=False):
    files = ["--executives", f"{d}/executives.csv", "--positions", f"{d}/positions.csv", "--policy", f"{d}/policy.yaml"]
    if os.path.exists(f"{d}/agencies.csv"):
        files += ["--agencies", f"{d}/agencies.csv"]
    return files + (["--scores", f"{d}/scores.csv"] if scores else [])


def plan_command(d, plans=1, engine="fast", extra=(), scores=False):
    return [BIN, "plan", *inputs(d, scores), "--out", f"{d}/out-{engine}-{plans}", "--quiet", "--engine", engine,
            "--plans", str(plans), *extra]


def with_objective(r, d, plans=1, engine="fast"):
    if r["code"] == 0:
        with open(f"{d}/out-{engine}-{plans}/plan-1.json") as f:
            p = json.load(f)
        r.update(objective=p["objective"], status=p["status"])
    return r


def plan(d, runs, plans=1, engine="fast", extra=(), scores=False):
    return with_objective(repeat(plan_command(d, plans, engine, extra, scores), runs), d, plans, engine)


def show(label, r):
    ok = r.get("code", 0) == 0
    result = f"  {r.get('status', '')} {r.get('objective', '')}".rstrip() if ok else f"  exit {r['code']}"
    figures = fmt_run(r) if "wall_spread" in r else f"wall {r['wall']:.2f} s, cpu {r['cpu']:.2f} s, {r['mib']:.0f} MiB"
    print(f"{label:44} {figures}{result}")
    RESULTS[label] = {k: v for k, v in r.items() if k not in ("last", "stdout", "stderr")}


def planning(work, args):
    for title, d, extra in [("one agency (Veterans Affairs)", f"{work}/va", ["--agency", "DEPARTMENT OF VETERANS AFFAIRS"]),
                            ("governmentwide", f"{work}/gov", [])]:
        synth(d, *extra)
        print(f"\n{title}: load {load()}")
        # One plan and five plans in turn, so that the ratio compares runs taken side by side.
        one, five, ratio = alternate(plan_command(d), plan_command(d, plans=5), args.pairs)
        show(f"{title}: sesplan, one plan", with_objective(one, d))
        show(f"{title}: sesplan, five plans", with_objective(five, d, plans=5))
        RESULTS[f"{title}: five plans / one plan"] = ratio
        if ratio:
            lo, hi = ratio["spread"]
            print(f"  five plans / one plan: {ratio['median']:.2f}x wall (median of {args.pairs} runs taken in turn, "
                  f"[{lo:.2f}-{hi:.2f}]); {five['wall'] / one['wall']:.2f}x of the medians, "
                  f"{five['cpu'] / one['cpu']:.2f}x cpu")
        if args.quick and title == "governmentwide":
            continue
        glpk = plan(d, 1, engine="glpk", extra=["--time-limit", str(args.glpk_limit)])
        show(f"{title}: sesplan --engine glpk", glpk)
        mps = f"{d}/model.mps"
        subprocess.run([BIN, "plan", *inputs(d), "--out", f"{d}/export", "--quiet", "--plans", "1", "--export-model", mps],
                       check=True)
        if peers.installed("highspy", "highspy"):
            h = peers.highs(mps, args.peer_limit)
            show(f"{title}: HiGHS, one thread, exported MPS", h)
            print(f"  HiGHS / sesplan: {h['wall'] / one['wall']:.1f}x wall")


def assignment(work, args):
    d = f"{work}/assign"
    if args.assignp:
        n, arcs = instances.read_assignp(args.assignp)
        source = args.assignp
    else:
        n, arcs = instances.generate_assignp()
        source = "generated equivalent (seed 5000)"
    triples = f"{work}/assign.txt"
    instances.write_triples(triples, n, arcs)
    instances.write_assignment_instance(d, n, arcs)
    print(f"\nassignment {n} x {n}, {len(arcs)} pairs ({source}): load {load()}")
    ours = None
    for kind, module, package in [("scipy", "scipy", "scipy"), ("lap", "lap", "lap"), ("lapjv", "lapjv", "lapjv")]:
        if not peers.installed(module, package):
            print(f"  {kind}: does not install here")
            continue
        if ours is None:
            # sesplan and the first peer in turn, so that their ratio compares runs taken side by side.
            mine, r, ratio = alternate(plan_command(d, scores=True), peers.assignment_command(kind, triples), args.pairs)
            ours = with_objective(mine, d)
            show("assignment: sesplan plan --scores", ours)
            r = peers.with_objective(r)
        else:
            r, ratio = peers.assignment(kind, triples, args.runs), None
        show(f"assignment: {kind}", r)
        if r["code"] == 0:
            paired = (f" (median of {args.pairs} runs taken in turn: {1 / ratio['median']:.2f}x, "
                      f"[{1 / ratio['spread'][1]:.2f}-{1 / ratio['spread'][0]:.2f}])") if ratio else ""
            RESULTS[f"assignment: sesplan / {kind}"] = {
                "ratio_of_medians": ours["wall"] / r["wall"],
                "side_by_side": {"median": 1 / ratio["median"], "spread": (1 / ratio["spread"][1], 1 / ratio["spread"][0])}
                if ratio else None}
            print(f"  sesplan / {kind}: {ours['wall'] / r['wall']:.2f}x wall{paired}; objectives "
                  f"{-ours.get('objective', 0):.0f} and {r['objective']:.0f}")
    if ours is None:
        show("assignment: sesplan plan --scores", plan(d, args.runs, scores=True))


def interchangeable(work, args):
    d = f"{work}/interchangeable"
    instances.write_interchangeable(d)
    print(f"\n5,000 interchangeable executives in one agency: load {load()}")
    show("interchangeable: sesplan, one plan", plan(d, max(1, args.runs // 2)))


def scaling(work, args):
    print(f"\nscaling (one plan; beyond the real SES, synthetic copies of the agencies): load {load()}")
    sizes = []
    for target in [1000, 2000, 4000, 8000, 16000, 32000]:
        d = f"{work}/scale-{target}"
        synth(d, "--copies", "4", "--max-executives", str(target))
        with open(f"{d}/executives.csv") as f:
            n = sum(1 for _ in f) - 1
        check = subprocess.run([BIN, "validate", *inputs(d)], capture_output=True, text=True)
        pairs = int(re.search(r"(\d+) lawful moves", check.stdout + check.stderr).group(1))
        sizes.append((d, n, pairs))
    # The points in turn (1,000 to 32,000, then again), so that a drift in the machine's speed
    # during the section falls on every point alike rather than on the large end alone.
    runs = [[] for _ in sizes]
    for _ in range(SCALING_RUNS):
        for k, (d, _, _) in enumerate(sizes):
            runs[k].append(timed(plan_command(d)))
    points = []
    for (d, n, pairs), taken in zip(sizes, runs):
        r = with_objective(summarise(taken), d)
        show(f"scaling: {n} executives, {pairs} lawful moves", r)
        points.append((n, r["wall"], r["cpu"], pairs))
    for k, name in [(1, "wall"), (2, "cpu")]:
        for size, label in [(0, "executives"), (3, "lawful moves")]:
            slope = fitted(points, size, k)
            print(f"fitted growth ({name} time): {label}^{slope:.2f}")
            RESULTS[f"scaling exponent ({name} time, {label})"] = slope
    slope = fitted(points, 0, 3)
    print(f"lawful moves grow as executives^{slope:.2f}")


def fitted(points, x, y):
    """The least-squares slope of log(y) against log(x)."""
    xs = [math.log(p[x]) for p in points]
    ys = [math.log(max(p[y], 1e-3)) for p in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((a - mx) * (b - my) for a, b in zip(xs, ys)) / sum((a - mx) ** 2 for a in xs)


def rotations(work, args):
    d = f"{work}/rot"
    subprocess.run([BIN, "rotations", "synth", "--sites-from", os.path.join(ROOT, "examples/cdp-cohort/hosts.csv"),
                    "--candidates", "200", "--host-count", "400", "--months", "24", "--seed", "1", "--out", d],
                   check=True, capture_output=True)
    with open(f"{d}/policy.yaml") as f:
        text = f.read()
    with open(f"{d}/policy-week.yaml", "w") as f:
        f.write(text.replace("period: month", "period: week"))
    print(f"\nrotations, 200 candidates x 400 hosts x 24 months: load {load()}")
    for label, policy, runs, limit in [("monthly", "policy.yaml", max(1, args.runs // 2), 60),
                                       ("weekly", "policy-week.yaml", 1, args.weekly_limit)]:
        cmd = [BIN, "rotations", "--cohort", f"{d}/cohort.csv", "--hosts", f"{d}/hosts.csv", "--policy", f"{d}/{policy}",
               "--out", f"{d}/out-{label}", "--quiet", "--time-limit", str(limit)]
        r = repeat(cmd, runs)
        if r["code"] == 0:
            with open(f"{d}/out-{label}/schedule.json") as f:
                s = json.load(f)
            r.update(status=s["status"], objective=s["objective"], bound=s["bound"], gap=s["gap"], options=s["model"]["options"])
        show(f"rotations {label} (time limit {limit} s)", r)
        if "bound" in r:
            print(f"{'':44} bound {r['bound']}, gap {r['gap']}, {r['options']} options")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="skip plain GLPK and HiGHS on the governmentwide instance")
    ap.add_argument("--runs", type=int, default=5, help="runs per sesplan figure (median and spread)")
    ap.add_argument("--pairs", type=int, default=15, help="pairs of runs taken in turn for the side-by-side ratios")
    ap.add_argument("--assignp", help="OR-Library's assignp5000 file (else an equivalent is generated)")
    ap.add_argument("--glpk-limit", type=float, default=1800)
    ap.add_argument("--peer-limit", type=float, default=1800)
    ap.add_argument("--weekly-limit", type=float, default=120)
    ap.add_argument("--only", help="comma-separated sections: planning,assignment,interchangeable,scaling,rotations")
    args = ap.parse_args()
    if args.runs < 1 or args.pairs < 1:
        ap.error("--runs and --pairs must be at least 1")
    subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "sesplan"], cwd=ROOT, check=True)
    work = tempfile.mkdtemp(prefix="sesplan-bench-")
    print(f"machine: {os.cpu_count()} cores, load {load()}; work files in {work}")
    sections = {"planning": planning, "assignment": assignment, "interchangeable": interchangeable,
                "scaling": scaling, "rotations": rotations}
    chosen = args.only.split(",") if args.only else list(sections)
    for name in chosen:
        sections[name](work, args)
    with open(f"{work}/results.json", "w") as f:
        json.dump(RESULTS, f, indent=1, default=str)
    print(f"\nresults: {work}/results.json")


if __name__ == "__main__":
    main()
