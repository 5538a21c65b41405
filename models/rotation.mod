/* sesplan: reference model of a CDP developmental rotation schedule, in GNU MathProg.

   Candidate Development Program candidates need at least `minimum` days (120 by default) of
   developmental assignment outside the position of record (5 CFR 412.302(c); the rules were
   revised in 2025, so the number is a policy parameter). Each candidate gets assignments at host
   offices, time-indexed by period (months or weeks of the program): no two of a candidate's
   assignments overlap, none falls in a period the candidate is unavailable or the host is closed,
   every host keeps to its capacity in every period, and each assignment lasts between the host's
   minimum and maximum length.

   This is the full model: every start and every allowed length is a variable. The tool's model
   (Sources/SESPlanning/Rotation) drops dominated lengths and solves a time-aggregated relaxation
   first; the tests require both to reach the same optimum.

   The data file comes from `sesplan rotations --export-mathprog data.dat`.
   Solve with:  glpsol --cuts -m models/rotation.mod -d data.dat
*/

param T integer > 0;                    /* number of periods */
set PER := 1..T;
param days{PER} integer > 0;            /* calendar days of each period */

set C;                                  /* candidates */
set H;                                  /* hosts */
set E within {C, H};                    /* candidate-host pairs (the position of record is left out) */

param minimum >= 0;                     /* developmental days required (5 CFR 412.302(c)) */
param K integer >= 1;                   /* most assignments per candidate */
param capacity{H} integer >= 0;         /* people at a host at the same time */
param minlen{H} integer >= 1;           /* shortest assignment, periods */
param maxlen{H} integer >= 0;           /* longest assignment, periods (below minlen: none) */
param counts{E} binary;                 /* days at the host count toward the minimum */
param value{E};                         /* broadening + ECQ needs + preference of one assignment */
param wa >= 0;                          /* cost of each assignment */
param wp >= 0;                          /* cost of each period occupied */
param penalty >= 0;                     /* per candidate left unscheduled */

set BLOCKED within {C, PER};            /* the candidate is unavailable on some day of the period */
set OPEN within {H, PER};               /* the host takes people for the whole period */

/* Every assignment that fits: candidate c at host h from period b for l periods. */
set O := setof{(c, h) in E, b in PER, l in minlen[h] .. maxlen[h]:
               b + l - 1 <= T
               and (forall{t in b .. b + l - 1} ((h, t) in OPEN and not ((c, t) in BLOCKED)))} (c, h, b, l);

var y{O} binary;                        /* the assignment is made */
var u{C} binary;                        /* the candidate is left unscheduled */

maximize total:
    sum{(c, h, b, l) in O} (value[c, h] - wa - wp * l) * y[c, h, b, l]
  - penalty * sum{c in C} u[c];

/* A candidate's assignments never overlap; an unscheduled candidate has none. */
s.t. overlap{c in C, t in PER}:
    sum{(c, h, b, l) in O: b <= t and t <= b + l - 1} y[c, h, b, l] + u[c] <= 1;

/* At least the minimum outside the position of record (only counting hosts), unless unscheduled. */
s.t. minimum_days{c in C}:
    sum{(c, h, b, l) in O: counts[c, h] = 1} (sum{t in b .. b + l - 1} days[t]) * y[c, h, b, l]
  + minimum * u[c] >= minimum;

/* Implied by minimum_days for integer solutions (no period is longer than the longest one), and
   stated because it tightens the LP relaxation: at least P periods at counting hosts. */
param P := if minimum > 0 then ceil(minimum / max{t in PER} days[t]) else 0;
s.t. minimum_periods{c in C: P > 1}:
    sum{(c, h, b, l) in O: counts[c, h] = 1} min(l, P) * y[c, h, b, l] + P * u[c] >= P;

s.t. at_most{c in C}:
    sum{(c, h, b, l) in O} y[c, h, b, l] <= K;

/* At most one assignment per candidate and host. */
s.t. once{(c, h) in E}:
    sum{(c, h, b, l) in O} y[c, h, b, l] <= 1;

s.t. host_capacity{h in H, t in PER}:
    sum{(c, h, b, l) in O: b <= t and t <= b + l - 1} y[c, h, b, l] <= capacity[h];

solve;

printf "objective %.6f\n", total;
printf{(c, h, b, l) in O: y[c, h, b, l] > 0.5} "assign %s %s %d %d\n", c, h, b, l;
printf{c in C: u[c] > 0.5} "unscheduled %s\n", c;

end;
