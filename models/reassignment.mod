/* sesplan: reference model of a reassignment plan, in GNU MathProg.

   The lawful pairs (arcs) and their scores come from the data file that
   `sesplan export-mathprog` writes: the legal filtering (Career Reserved,
   noncareer to General only, voluntary transfers, qualifications, relocation
   consent, protected-disclosure hold, limited appointments, policy forbids) and
   the scoring happen before the model, so every arc here is lawful.

   A must-fill position with a fill_by date is filled in time only when the
   move into it takes effect by then on the date that follows the vacancy
   chains: a move takes effect no earlier than the holder of its new seat
   leaves, so a seat is vacated late when its holder's move is itself late or
   goes to a seat that is vacated late (late[j, q] below, the least solution
   of those conditions, which the objective finds). This adds |F| times the
   holders' arcs constraints: meant for checks on small data; the tool adds
   the same conditions lazily, only where a plan breaks one.

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

set F within P;                      /* must-fill positions with a fill_by date */
param fill_by_day{F} integer;        /* fill_by, in days after as_of */
param own_day{A} integer, default 0; /* the move's own earliest date, in days after as_of (holders' moves) */
set H within {E, P};                 /* (e, q): e holds q before the plan */
set HP := setof{(e, q) in H} q;      /* positions held before the plan */

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
var late{F, HP} >= 0, <= 1;          /* 1: seat q is vacated after fill_by[j] */

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

s.t. leave_late{j in F, (e, q) in H, (e, r) in A: r != q and own_day[e, r] > fill_by_day[j]}:
    late[j, q] >= x[e, r];

s.t. leave_after{j in F, (e, q) in H, (e, r) in A: r != q and own_day[e, r] <= fill_by_day[j] and r in HP}:
    late[j, q] >= x[e, r] + late[j, r] - 1;

s.t. fill_in_time{j in F: j in HP}:
    short[j] >= late[j, j];

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
