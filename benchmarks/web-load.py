#!/usr/bin/env python3
"""Load benchmark of `sesplan serve` (not a test): concurrent simulated users plan the Labor
example against one server on loopback.

Each user is a browser session of its own (cookie, CSRF token, name). It creates a scenario,
uploads examples/labor (executives, positions, agencies, policy), then plans ROUNDS times: start a
run, poll its status URL every 0.25 s as the page's script does (every second), open the run page
(plans side by side, every move's explanation, the record of consent) and download plan-1.json.
The run is bounded: USERS users, ROUNDS plans each, and a time limit; it prints throughput, latency
percentiles and the errors (any unexpected status, exception or run that did not end "done"), and
exits 1 when there was an error.

    python3 benchmarks/web-load.py                 # starts .build/debug/sesplan serve itself
    python3 benchmarks/web-load.py --bin .build/release/sesplan --users 20 --rounds 3
    python3 benchmarks/web-load.py --url http://127.0.0.1:8080   # against a running server

Needs `requests` (pip install requests).
"""
import argparse
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time

import requests

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
VERSION = re.compile(r'name="version" value="(\d+)"')


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.latency = {}
        self.turnaround = []
        self.errors = []
        self.requests = 0
        self.plans = 0

    def timed(self, kind, call):
        start = time.perf_counter()
        try:
            return call()
        finally:
            with self.lock:
                self.latency.setdefault(kind, []).append(time.perf_counter() - start)
                self.requests += 1

    def error(self, message):
        with self.lock:
            self.errors.append(message)


def percentile(values, q):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


class User(threading.Thread):
    def __init__(self, number, base, stats, rounds, deadline):
        super().__init__(daemon=True)
        self.number, self.base, self.stats, self.rounds, self.deadline = number, base, stats, rounds, deadline
        self.http = requests.Session()

    def expect(self, response, statuses, what):
        if response.status_code not in statuses:
            raise RuntimeError(f"user {self.number}: {what}: HTTP {response.status_code}")
        return response

    def get(self, kind, path):
        return self.expect(self.stats.timed(kind, lambda: self.http.get(self.base + path, timeout=300)), (200,), kind)

    def post(self, kind, path, fields, files=None):
        parts = {k: (None, str(v)) for k, v in fields.items()}
        parts["csrf"] = (None, self.csrf)
        for key, (name, text) in (files or {}).items():
            parts[key] = (name, text, "text/csv")
        response = self.stats.timed(kind, lambda: self.http.post(self.base + path, files=parts, allow_redirects=False,
                                                                  timeout=300))
        return self.expect(response, (303,), kind)

    def run(self):
        try:
            self.session()
        except Exception as error:  # counted, reported, and the user stops
            self.stats.error(str(error))

    def session(self):
        page = self.get("page", "/name?next=/")
        self.csrf = CSRF.search(page.text).group(1)
        self.post("form", "/name", {"name": f"Load user {self.number}", "next": "/"})
        scenario = self.post("form", "/scenarios", {"name": f"Load {self.number}"}).headers["Location"]
        version = VERSION.search(self.get("page", scenario).text).group(1)
        files = {}
        for kind in ("executives", "positions", "agencies", "policy"):
            name = "policy.yaml" if kind == "policy" else f"{kind}.csv"
            with open(os.path.join(ROOT, "examples", "labor", name), encoding="utf-8") as handle:
                files[kind] = (name, handle.read())
        self.post("upload", scenario + "/files", {"version": version}, files)
        for _ in range(self.rounds):
            if time.time() > self.deadline:
                self.stats.error(f"user {self.number}: the time limit ended the run before its rounds")
                return
            started = time.perf_counter()
            run = self.post("form", scenario + "/runs", {}).headers["Location"]
            while True:
                status = self.get("status", run + "/status").json()
                if status["finished"]:
                    break
                if time.time() > self.deadline:
                    self.stats.error(f"user {self.number}: {run} still running at the time limit")
                    return
                time.sleep(0.25)
            if status["state"] != "done":
                self.stats.error(f"user {self.number}: {run} ended {status['state']}")
                continue
            page = self.get("run page", run)
            if "Plans side by side" not in page.text:
                self.stats.error(f"user {self.number}: {run} page has no plans")
            self.get("export", run + "/export/plan-1.json")
            with self.stats.lock:
                self.stats.turnaround.append(time.perf_counter() - started)
                self.stats.plans += 1


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running server (otherwise one is started on a free loopback port)")
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "debug", "sesplan"), help="the sesplan binary to serve with")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3, help="plans per user")
    parser.add_argument("--time-limit", type=float, default=600, help="seconds for the whole run")
    parser.add_argument("--solvers", type=int, help="the server's --solvers (default: its own)")
    args = parser.parse_args()

    server = None
    workspace = None
    base = args.url
    if not base:
        workspace = tempfile.mkdtemp(prefix="sesplan-load-")
        port = free_port()
        command = [args.bin, "serve", "--workspace", workspace, "--port", str(port)]
        if args.solvers:
            command += ["--solvers", str(args.solvers)]
        server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        line = server.stdout.readline()
        if not line.startswith("sesplan workspace: "):
            print("the server did not start: " + line + server.stdout.read(), file=sys.stderr)
            return 1
        base = f"http://127.0.0.1:{port}"
    base = base.rstrip("/")

    stats = Stats()
    started = time.time()
    deadline = started + args.time_limit
    users = [User(k + 1, base, stats, args.rounds, deadline) for k in range(args.users)]
    for user in users:
        user.start()
    for user in users:
        user.join(max(0.0, deadline - time.time()) + 30)
    wall = time.time() - started
    if server:
        server.terminate()
        server.wait(timeout=30)

    expected = args.users * args.rounds
    all_latency = [x for values in stats.latency.values() for x in values]
    print(f"sesplan serve load: {args.users} users x {args.rounds} plans of the Labor example on {base}"
          + (f" ({os.path.relpath(args.bin, ROOT)})" if server else ""))
    print(f"  plans completed   {stats.plans} of {expected} in {wall:.1f} s: {stats.plans / wall:.2f} plans/s")
    print(f"  HTTP requests     {stats.requests}: {stats.requests / wall:.1f} requests/s")
    print(f"  request latency   p50 {percentile(all_latency, 0.5) * 1000:.0f} ms, p95 {percentile(all_latency, 0.95) * 1000:.0f} ms, "
          f"max {max(all_latency, default=0) * 1000:.0f} ms")
    for kind in sorted(stats.latency):
        values = stats.latency[kind]
        print(f"    {kind:<10} n={len(values):<5} p50 {percentile(values, 0.5) * 1000:7.0f} ms   p95 {percentile(values, 0.95) * 1000:7.0f} ms")
    print(f"  plan turnaround   p50 {percentile(stats.turnaround, 0.5):.1f} s, p95 {percentile(stats.turnaround, 0.95):.1f} s "
          "(start to result page, queueing included)")
    print(f"  errors            {len(stats.errors)}")
    for message in stats.errors[:20]:
        print("    " + message)
    return 0 if not stats.errors and stats.plans == expected else 1


if __name__ == "__main__":
    sys.exit(main())
