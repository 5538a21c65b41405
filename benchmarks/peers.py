"""The peers, each run as a whole Python process on the same files: HiGHS (highspy, one thread) on
the exported MPS model; scipy's sparse min_weight_full_bipartite_matching, lap.lapjv and
lapjv.lapjv on an assignment problem given as 'i j cost' triples (the dense solvers get a cost
above any matching's for the missing pairs)."""
import json
import subprocess
import sys

from measure import repeat, timed

HIGHS = r'''
import json, sys, highspy
h = highspy.Highs()
h.setOptionValue("output_flag", False)
h.setOptionValue("threads", 1)
h.setOptionValue("time_limit", float(sys.argv[2]))
h.readModel(sys.argv[1])
h.run()
info = h.getInfo()
print(json.dumps({"objective": info.objective_function_value, "gap": info.mip_gap,
                  "status": h.modelStatusToString(h.getModelStatus())}))
'''

ASSIGN = r'''
import json, sys
import numpy as np
kind, path = sys.argv[1], sys.argv[2]
with open(path) as f:
    n = int(f.readline().split()[0])
t = np.loadtxt(path, skiprows=1, dtype=np.int64).reshape(-1, 3)
rows, cols, cost = t[:, 0] - 1, t[:, 1] - 1, t[:, 2].astype(np.float64)
if kind == "scipy":
    import scipy.sparse as sp
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching
    m = sp.csr_matrix((cost, (rows, cols)), shape=(n, n))
    r, c = min_weight_full_bipartite_matching(m)
    total = m[r, c].sum()
else:
    big = float(cost.sum() + 1)
    dense = np.full((n, n), big)
    dense[rows, cols] = cost
    if kind == "lap":
        import lap
        _, x, _ = lap.lapjv(dense)
    else:
        import lapjv
        x, _, _ = lapjv.lapjv(dense)
    total = dense[np.arange(n), x].sum()
print(json.dumps({"objective": float(total)}))
'''


def importable(module):
    """Whether `module` imports, tried in a process of its own: importing NumPy or SciPy here would
    grow this process, and the kernel counts the memory of the process that starts a command in
    that command's peak (a command forked from it starts with its pages), so every figure below
    this process's size would read as this process's size."""
    return subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True).returncode == 0


def installed(module, package):
    """Whether `module` imports, installing `package` from PyPI first when missing; False when it will not install."""
    if importable(module):
        return True
    p = subprocess.run([sys.executable, "-m", "pip", "install", "-q", package], capture_output=True, text=True)
    return p.returncode == 0 and importable(module)


def highs(mps, limit):
    r = timed([sys.executable, "-c", HIGHS, mps, str(limit)])
    if r["code"] == 0:
        r.update(json.loads(r["stdout"].strip().splitlines()[-1]))
    return r


def assignment_command(kind, triples):
    return [sys.executable, "-c", ASSIGN, kind, triples]


def with_objective(r):
    """The peer's run summary with the objective its last run printed."""
    if r["code"] == 0:
        r.update(json.loads(r["last"]["stdout"].strip().splitlines()[-1]))
    return r


def assignment(kind, triples, runs):
    return with_objective(repeat(assignment_command(kind, triples), runs))
