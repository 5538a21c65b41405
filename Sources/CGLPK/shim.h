#ifndef SESPLAN_CGLPK_SHIM_H
#define SESPLAN_CGLPK_SHIM_H
// GNU Linear Programming Kit (Debian/Ubuntu: apt-get install libglpk-dev).
#include <glpk.h>
#endif
