"""Measuring whole processes from outside: wall time on a monotonic clock from just before the start
to just after the process is reaped, CPU time (user + system, both cores) and peak memory from the
kernel's accounting of the finished process (wait4), and sesplan's own phase split (read / screen /
solve / write) from the line it prints with SESPLAN_TIMINGS=1. Figures are medians of several runs
with their spread."""
import os
import re
import statistics
import subprocess
import tempfile
import time

PHASE = re.compile(r"(\w+) ([0-9.]+)/([0-9.]+) s")


def timed(cmd, env=None):
    """One run: dict with code, wall, cpu, mib, phases {name: (wall, cpu)}, stdout, stderr."""
    full_env = dict(os.environ, SESPLAN_TIMINGS="1", **(env or {}))
    # The outputs go to files, not pipes, so that nothing has to be read while the process runs and
    # the process is reaped by wait4 itself (GNU time's %e has a resolution of 10 ms, a twentieth
    # of the shortest run measured here).
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=err, env=full_env)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        p.returncode = code  # reaped above: Popen must not wait for it again
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    phases = {}
    for line in stderr.splitlines():
        if line.startswith("timings (wall/cpu):"):
            phases = {k: (float(w), float(c)) for k, w, c in PHASE.findall(line)}
    # A process ended by a signal counts as a failure (128 + the signal, as a shell reports it).
    return {"code": code if code >= 0 else 128 - code, "wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
            "mib": usage.ru_maxrss / 1024, "phases": phases, "stdout": stdout, "stderr": stderr}


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
