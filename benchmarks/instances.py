"""Benchmark instances that `sesplan synth` does not make: an assignment problem posed through
scores.csv (OR-Library's assignp5000, or an equivalent generated here) and an agency of
interchangeable executives. Everything is seeded, so the same call writes the same files."""
import os
import random

POLICY = "as_of: 2026-12-01\necq_framework: \"2025\"\nplans: 1\n"


def read_assignp(path):
    """OR-Library sparse assignment file: n (and optionally the arc count), then 'i j cost' per arc."""
    with open(path) as f:
        tokens = [int(t) for t in f.read().split()]
    n, rest = tokens[0], tokens[1:]
    if len(rest) % 3:
        rest = tokens[2:]
    return n, [(rest[k] - 1, rest[k + 1] - 1, rest[k + 2]) for k in range(0, len(rest), 3)]


def generate_assignp(n=5000, per_row=20, seed=5000):
    """An assignp5000 equivalent: n x n, per_row distinct columns per row (one from a random
    permutation, so a perfect matching exists), integer costs uniform in 1..100."""
    rng = random.Random(seed)
    perm = list(range(n))
    rng.shuffle(perm)
    arcs = []
    for i in range(n):
        cols = {perm[i]}
        while len(cols) < per_row:
            cols.add(rng.randrange(n))
        arcs += [(i, j, rng.randint(1, 100)) for j in sorted(cols)]
    return n, arcs


def write_triples(path, n, arcs):
    with open(path, "w") as f:
        f.write(f"{n} {len(arcs)}\n")
        f.writelines(f"{i + 1} {j + 1} {c}\n" for i, j, c in arcs)


def write_assignment_instance(d, n, arcs):
    """The assignment problem as sesplan input: executive i holds position i (so each takes exactly
    one position), only the listed pairs are allowed, and the score is minus the cost, so the
    optimum is minus the minimum cost."""
    os.makedirs(d, exist_ok=True)
    with open(f"{d}/executives.csv", "w") as f:
        f.write("id,appointment,agency,position_id\n")
        f.writelines(f"E{i + 1},career,A,P{i + 1}\n" for i in range(n))
    with open(f"{d}/positions.csv", "w") as f:
        f.write("id,agency,location,designation\n")
        f.writelines(f"P{j + 1},A,Washington DC,general\n" for j in range(n))
    with open(f"{d}/scores.csv", "w") as f:
        f.write("executive_id,position_id,score\n")
        f.writelines(f"E{i + 1},P{j + 1},{-c}\n" for i, j, c in arcs)
    with open(f"{d}/policy.yaml", "w") as f:
        f.write(POLICY)


def write_interchangeable(d, executives=5000, vacancies=500, seed=7):
    """One agency of `executives` + `vacancies` positions in five commuting areas (ECQ minimums 1-4,
    a required skill on half of them, priorities 0-10, a fifth of the vacancies must be filled)
    and `executives` career executives alike in everything but id and seat (ratings 3 on every ECQ,
    the same two skills and dates, all willing to relocate), so about a quarter of the pairs are
    lawful, a 10% move budget and a 3% relocation budget."""
    rng = random.Random(seed)
    os.makedirs(d, exist_ok=True)
    areas = ["Washington, DC", "Denver, CO", "Atlanta, GA", "Chicago, IL", "Seattle, WA"]
    skills = ["budget", "legal", "cyber", "data", "acquisition", "science"]
    m = executives + vacancies
    with open(f"{d}/positions.csv", "w") as f:
        f.write("id,agency,component,location,designation,priority,must_fill,fill_by,"
                "ecq1,ecq2,ecq3,ecq4,ecq5,required_skills,desired_skills\n")
        for j in range(m):
            vacant = j >= executives
            must = vacant and rng.random() < 0.2
            ecq = ",".join(str(rng.choice([1, 2, 2, 3, 3, 4])) for _ in range(5))
            required = rng.choice(skills) if rng.random() < 1 / 2 else ""
            desired = ";".join(rng.sample(skills, 2))
            f.write(f"P{j + 1},AGENCY,C{j % 7},\"{rng.choice(areas)}\",general,{rng.randint(0, 10)},"
                    f"{'true' if must else 'false'},{'2027-03-01' if must else ''},{ecq},{required},{desired}\n")
    with open(f"{d}/executives.csv", "w") as f:
        f.write("id,appointment,agency,component,position_id,position_start,ses_start,ecq1,ecq2,ecq3,ecq4,ecq5,"
                "skills,willing_relocate\n")
        f.writelines(f"E{i + 1},career,AGENCY,C0,P{i + 1},2021-06-01,2018-06-01,3,3,3,3,3,budget;legal,true\n"
                     for i in range(executives))
    with open(f"{d}/policy.yaml", "w") as f:
        f.write(POLICY + f"limits:\n  max_moves: {executives // 10}\n  max_relocations: {executives * 3 // 100}\n")
