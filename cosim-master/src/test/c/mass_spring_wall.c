/*
 * MassSpringWall: mass 1 of a two-mass oscillator, tied to the wall by a spring and a damper and pushed by the
 * coupling force of the other half:  m1 x1'' = -k1 x1 - d1 x1' + F.  Outputs are its states, so they depend on no
 * input within a step (no direct feedthrough).
 */
#include <stddef.h>
#include "model.h"

enum { MASS, STIFFNESS, DAMPING, FORCE, POSITION, VELOCITY, COUNT };

static const variable_role roles[COUNT] = {FIXED_PARAMETER, FIXED_PARAMETER, FIXED_PARAMETER, INPUT, OUTPUT, OUTPUT};
/* m1 [kg], k1 [N/m], d1 [N.s/m], F [N], x1(0) [m], v1(0) [m/s]; as modelDescription.xml */
static const double start[COUNT] = {1.0, 10.0, 0.2, 0.0, 0.1, 0.0};
static const int states[] = {POSITION, VELOCITY};

static void derivatives(const double *v, double *dx) {
    dx[0] = v[VELOCITY];
    dx[1] = (-v[STIFFNESS] * v[POSITION] - v[DAMPING] * v[VELOCITY] + v[FORCE]) / v[MASS];
}

static void outputs(double *v) {
    (void)v; /* the outputs are the states */
}

static const char *check(const double *v) {
    if (!(v[MASS] > 0)) return "mass must be positive";
    if (!(v[STIFFNESS] >= 0) || !(v[DAMPING] >= 0)) return "stiffness and damping must not be negative";
    return NULL;
}

const model_definition MODEL = {"{3c1f1b52-7c0e-4d55-9a3e-5a1d2f6b0a01}", COUNT, roles, start, 2, states, 1e-4, 1,
                                derivatives, outputs, check};
