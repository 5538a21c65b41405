/* sesplan: reference model of a reassignment plan, in GNU MathProg.

   The lawful pairs (arcs) and their scores come from the data file that
   `sesplan export-mathprog` writes: the legal filtering (Career Reserved,
   noncareer to General only, voluntary transfers, qualifications, relocation
   consent, protected-disclosure hold, limited appointments, policy forbids) and
   the scoring happen before the model, so every arc here is lawful.

   Solve with:  glpsol -m models/reassignment.mod -d data.dat
*/

set E;                               /* executives */
set P;                               /* positions */
set A within {E, P};                 /* lawful executive-position pairs */

param score{A};                      /* the pair's total score */
param placed{E} binary;              /* 1: holds a position now, must hold exactly one after */
param must_fill{P} binary, default 0;
param timely{A} binary, default 1;   /* 1: effective on or before the position's fill_by */
param penalty >= 0;                  /* per must-fill position left empty */

set L;                               /* side constraints: moves, relocations, components, noncareer caps */
param limit{L} >= 0;
set LA within {L, E, P};             /* arcs counted by each side constraint */

set PIN within A;                    /* pairs the policy fixes */

set K;                               /* earlier plans, for the next-best plans (no-good cuts) */
set KA within {K, E, P};
param ng_coef{KA};
param ng_rhs{K};

var x{A} binary;
var short{p in P: must_fill[p] = 1} >= 0, <= 1;

maximize total:
    sum{(e, p) in A} score[e, p] * x[e, p]
  - sum{p in P: must_fill[p] = 1} penalty * short[p];

s.t. hold_one{e in E: placed[e] = 1}:
    sum{(e, p) in A} x[e, p] = 1;

s.t. hold_at_most_one{e in E: placed[e] = 0}:
    sum{(e, p) in A} x[e, p] <= 1;

s.t. one_holder{p in P}:
    sum{(e, p) in A} x[e, p] <= 1;

s.t. fill{p in P: must_fill[p] = 1}:
    sum{(e, p) in A: timely[e, p] = 1} x[e, p] + short[p] >= 1;

s.t. side{l in L}:
    sum{(l, e, p) in LA} x[e, p] <= limit[l];

s.t. pinned{(e, p) in PIN}:
    x[e, p] = 1;

s.t. nogood{k in K}:
    sum{(k, e, p) in KA} ng_coef[k, e, p] * x[e, p] <= ng_rhs[k];

solve;

printf "objective %.6f\n", total;
printf{(e, p) in A: x[e, p] > 0.5} "assign %s %s\n", e, p;

end;
