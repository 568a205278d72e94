/*
 * CoupledMass: mass 2 of the two-mass oscillator, on its own spring and damper to the wall, joined to mass 1 by a
 * coupling spring-damper whose force it computes from its state and mass 1's (inputs):
 *   F  = kc (x2 - x1) + dc (v2 - v1)      (force on mass 1; output, depends directly on the inputs)
 *   m2 x2'' = -k2 x2 - d2 x2' - F
 */
#include <stddef.h>
#include "model.h"

enum { MASS, STIFFNESS, DAMPING, COUPLING_STIFFNESS, COUPLING_DAMPING, OTHER_POSITION, OTHER_VELOCITY, POSITION,
       VELOCITY, COUPLING_FORCE, COUNT };

static const variable_role roles[COUNT] = {FIXED_PARAMETER, FIXED_PARAMETER, FIXED_PARAMETER, FIXED_PARAMETER,
                                           FIXED_PARAMETER, INPUT, INPUT, OUTPUT, OUTPUT, OUTPUT};
/* m2 [kg], k2 [N/m], d2, kc [N/m], dc [N.s/m], x1, v1, x2(0) [m], v2(0) [m/s], F [N]; as modelDescription.xml */
static const double start[COUNT] = {1.0, 20.0, 0.1, 5.0, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0};
static const int states[] = {POSITION, VELOCITY};

static double coupling_force(const double *v) {
    return v[COUPLING_STIFFNESS] * (v[POSITION] - v[OTHER_POSITION])
           + v[COUPLING_DAMPING] * (v[VELOCITY] - v[OTHER_VELOCITY]);
}

static void derivatives(const double *v, double *dx) {
    dx[0] = v[VELOCITY];
    dx[1] = (-v[STIFFNESS] * v[POSITION] - v[DAMPING] * v[VELOCITY] - coupling_force(v)) / v[MASS];
}

static void outputs(double *v) {
    v[COUPLING_FORCE] = coupling_force(v);
}

static const char *check(const double *v) {
    if (!(v[MASS] > 0)) return "mass must be positive";
    if (!(v[STIFFNESS] >= 0) || !(v[DAMPING] >= 0) || !(v[COUPLING_STIFFNESS] >= 0) || !(v[COUPLING_DAMPING] >= 0))
        return "stiffness and damping must not be negative";
    return NULL;
}

const model_definition MODEL = {"{3c1f1b52-7c0e-4d55-9a3e-5a1d2f6b0a02}", COUNT, roles, start, 2, states, 1e-4, 1,
                                derivatives, outputs, check};
