#!/usr/bin/env python3
"""Benchmark of sesplan's solvers on synthetic instances built on the real PLUM positions.

Runs, in one sitting: the governmentwide instance and one large agency through the fast engine,
plain GLPK on the same model, HiGHS (highspy) and OR-Tools CP-SAT on the exported MPS model;
`--plans 5` against one plan; the engine's scaling curve from about 1,000 to 16,000 executives
with its fitted growth exponent. Python peers are installed from PyPI when missing.
Wall time and peak memory are measured from outside each process with /usr/bin/time -v.

Usage: python3 benchmarks/engine.py [--quick] [--glpk-limit SECONDS] [--peer-limit SECONDS]
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUM = os.path.join(ROOT, "data", "plum-2025", "ses_positions_current.csv")
BIN = os.path.join(ROOT, ".build", "release", "sesplan")


def timed(cmd, **kw):
    """Runs cmd under /usr/bin/time -v; returns (exit code, wall seconds, peak MiB, stdout, stderr)."""
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True, **kw)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", p.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    seconds = 0.0
    if wall:
        for part in wall.group(1).split(":"):
            seconds = seconds * 60 + float(part)
    return p.returncode, seconds, (int(rss.group(1)) / 1024 if rss else float("nan")), p.stdout, p.stderr


def ensure(module, package):
    try:
        __import__(module)
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", package], check=True)


def synth(out, *extra):
    subprocess.run([BIN, "synth", "--plum", PLUM, "--seed", "7", "--out", out, *extra], check=True,
                   capture_output=True)


def inputs(d):
    return ["--executives", f"{d}/executives.csv", "--positions", f"{d}/positions.csv",
            "--agencies", f"{d}/agencies.csv", "--policy", f"{d}/policy.yaml"]


def plan(d, out, engine, plans=1, limit=None, extra=(), repeat=1):
    """Runs `sesplan plan`; with repeat > 1, the median wall time and the largest peak memory."""
    cmd = [BIN, "plan", *inputs(d), "--out", out, "--quiet", "--engine", engine, "--plans", str(plans), *extra]
    if limit:
        cmd += ["--time-limit", str(limit)]
    runs = [timed(cmd) for _ in range(repeat)]
    code = max(r[0] for r in runs)
    wall = sorted(r[1] for r in runs)[len(runs) // 2]
    mib = max(r[2] for r in runs)
    label = f"sesplan {engine}" + (f" ({plans} plans)" if plans > 1 else "") + (f", median of {repeat}" if repeat > 1 else "")
    row = {"solver": label, "wall": wall, "mib": mib, "objective": None, "gap": None, "status": f"exit {code}"}
    if code == 0:
        with open(f"{out}/plan-1.json") as f:
            p = json.load(f)
        row.update(objective=p["objective"], gap=p["gap"], status=p["status"])
    return row


PEER = r'''
import json, sys, time
kind, path, limit = sys.argv[1], sys.argv[2], float(sys.argv[3])
t = time.time()
if kind == "highs":
    import highspy
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", limit)
    h.readModel(path)
    h.run()
    info = h.getInfo()
    status = h.modelStatusToString(h.getModelStatus())
    out = {"objective": info.objective_function_value, "bound": info.mip_dual_bound, "gap": info.mip_gap, "status": status}
else:
    from ortools.linear_solver.python import model_builder as mb
    m = mb.Model()
    m.import_from_mps_file(path)
    s = mb.Solver("sat")
    s.set_time_limit_in_seconds(limit)
    st = s.solve(m)
    obj, bound = s.objective_value, s.best_objective_bound
    out = {"objective": obj, "bound": bound, "gap": abs(bound - obj) / max(1e-10, abs(obj)), "status": str(st)}
out["solve_seconds"] = time.time() - t
print(json.dumps(out))
'''


def peer(kind, mps, limit):
    code, wall, mib, out, err = timed([sys.executable, "-c", PEER, kind, mps, str(limit)])
    row = {"solver": {"highs": "HiGHS (highspy)", "sat": "OR-Tools CP-SAT"}[kind], "wall": wall, "mib": mib,
           "objective": None, "gap": None, "status": f"exit {code}"}
    if code == 0:
        r = json.loads(out.strip().splitlines()[-1])
        row.update(objective=r["objective"], gap=r["gap"], status=r["status"])
    else:
        row["status"] += ": " + err.strip().splitlines()[-1][:60] if err.strip() else ""
    return row


def fmt(x, spec):
    return "—" if x is None or (isinstance(x, float) and math.isnan(x)) else format(x, spec)


def table(title, rows, engine_wall):
    print(f"\n{title}")
    print(f"{'solver':40} {'wall s':>9} {'peak MiB':>9} {'objective':>16} {'gap':>9} {'engine/peer':>11}  status")
    for r in rows:
        ratio = engine_wall / r["wall"] if r["wall"] else float("nan")
        print(f"{r['solver']:40} {fmt(r['wall'], '9.2f')} {fmt(r['mib'], '9.0f')} {fmt(r['objective'], '16.4f')} "
              f"{fmt(r['gap'], '9.2g')} {fmt(ratio, '11.3f')}  {r['status']}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="skip plain GLPK and the peers on the governmentwide instance")
    ap.add_argument("--glpk-limit", type=float, default=1800)
    ap.add_argument("--peer-limit", type=float, default=1800)
    args = ap.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "sesplan"], cwd=ROOT, check=True)
    ensure("highspy", "highspy")
    ensure("ortools", "ortools")
    work = tempfile.mkdtemp(prefix="sesplan-bench-")
    instances = [("one large agency (Veterans Affairs)", f"{work}/va", ["--agency", "DEPARTMENT OF VETERANS AFFAIRS"]),
                 ("governmentwide", f"{work}/gov", [])]
    for title, d, extra in instances:
        synth(d, *extra)
        with open(f"{d}/executives.csv") as f:
            n = sum(1 for _ in f) - 1
        mps = f"{d}/model.mps"
        subprocess.run([BIN, "plan", *inputs(d), "--out", f"{d}/export", "--quiet", "--engine", "fast",
                        "--plans", "1", "--export-model", mps], check=True)
        rows = [plan(d, f"{d}/fast", "fast", repeat=5)]
        engine_wall = rows[0]["wall"]
        rows.append(plan(d, f"{d}/fast5", "fast", plans=5, repeat=5))
        heavy = not (args.quick and title == "governmentwide")
        if heavy:
            rows.append(plan(d, f"{d}/glpk", "glpk", limit=args.glpk_limit))
            rows.append(peer("highs", mps, args.peer_limit))
            rows.append(peer("sat", mps, args.peer_limit))
        table(f"{title}: {n} executives (synthetic, on real PLUM positions)", rows, engine_wall)
        print(f"--plans 5 / one plan: {rows[1]['wall'] / engine_wall:.2f}x")

    print("\nScaling of the fast engine (one plan; synthetic copies of the agencies beyond the real SES)")
    points = []
    for target in [1000, 2000, 4000, 8000, 16000]:
        d = f"{work}/scale-{target}"
        synth(d, "--copies", "2", "--max-executives", str(target))
        with open(f"{d}/executives.csv") as f:
            n = sum(1 for _ in f) - 1
        r = plan(d, f"{d}/out", "fast")
        points.append((n, r["wall"]))
        print(f"{n:8d} executives  {r['wall']:7.2f} s  {r['mib']:7.0f} MiB  {r['status']}")
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(max(w, 1e-3)) for _, w in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    print(f"fitted growth: time ~ executives^{slope:.2f}")
    print(f"\nwork files: {work}")


if __name__ == "__main__":
    main()
