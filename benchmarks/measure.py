"""Measuring whole processes from outside: wall time, CPU time (user + system, both cores) and
peak memory from GNU time, and sesplan's own phase split (read / screen / solve / write) from the
line it prints with SESPLAN_TIMINGS=1. Figures are medians of several runs with their spread."""
import os
import re
import statistics
import subprocess

PHASE = re.compile(r"(\w+) ([0-9.]+)/([0-9.]+) s")


def timed(cmd, env=None):
    """One run: dict with code, wall, cpu, mib, phases {name: (wall, cpu)}, stdout, stderr."""
    full_env = dict(os.environ, SESPLAN_TIMINGS="1", **(env or {}))
    p = subprocess.run(["/usr/bin/time", "-f", "TIME %e %U %S %M"] + cmd, capture_output=True, text=True, env=full_env)
    m = re.findall(r"^TIME ([0-9.]+) ([0-9.]+) ([0-9.]+) (\d+)$", p.stderr, re.M)
    wall, user, system, kb = (float(x) for x in m[-1]) if m else (float("nan"),) * 4
    phases = {}
    for line in p.stderr.splitlines():
        if line.startswith("timings (wall/cpu):"):
            phases = {k: (float(w), float(c)) for k, w, c in PHASE.findall(line)}
    return {"code": p.returncode, "wall": wall, "cpu": user + system, "mib": kb / 1024, "phases": phases,
            "stdout": p.stdout, "stderr": p.stderr}


def repeat(cmd, n, env=None):
    """n runs summarised: medians, spreads (min-max), the largest peak memory and the phase medians."""
    return summarise([timed(cmd, env) for _ in range(n)])


def alternate(cmd_a, cmd_b, n, env=None):
    """n runs of each command, taken in turn (a, b, a, b, ...) so that a drift in the machine's speed
    falls on both alike: both summaries and the wall ratio b/a, the median of the n pairs' ratios
    with their spread."""
    pairs = [(timed(cmd_a, env), timed(cmd_b, env)) for _ in range(n)]
    ratios = sorted(b["wall"] / a["wall"] for a, b in pairs if a["code"] == 0 and b["code"] == 0)
    ratio = {"median": statistics.median(ratios), "spread": (ratios[0], ratios[-1])} if ratios else None
    return summarise([a for a, _ in pairs]), summarise([b for _, b in pairs]), ratio


def summarise(runs):
    """Runs summarised: medians, spreads (min-max), the largest peak memory and the phase medians."""
    ok = [r for r in runs if r["code"] == 0] or runs

    def med(key):
        return statistics.median(r[key] for r in ok)

    def spread(key):
        return (min(r[key] for r in ok), max(r[key] for r in ok))

    names = [k for k in ok[0]["phases"]]
    phases = {k: statistics.median(r["phases"].get(k, (0, 0))[1] for r in ok) for k in names}
    return {"runs": len(runs), "code": max(r["code"] for r in runs), "wall": med("wall"), "wall_spread": spread("wall"),
            "cpu": med("cpu"), "cpu_spread": spread("cpu"), "mib": max(r["mib"] for r in ok), "phases": phases,
            "last": ok[-1]}


def fmt_run(r):
    lo, hi = r["wall_spread"]
    clo, chi = r["cpu_spread"]
    split = ", ".join(f"{k} {v:.2f}" for k, v in r["phases"].items() if k != "total")
    return (f"wall {r['wall']:.2f} s [{lo:.2f}-{hi:.2f}], cpu {r['cpu']:.2f} s [{clo:.2f}-{chi:.2f}], "
            f"{r['mib']:.0f} MiB, n={r['runs']}" + (f"; cpu by phase: {split}" if split else ""))


def load():
    with open("/proc/loadavg") as f:
        return f.read().split()[0]
