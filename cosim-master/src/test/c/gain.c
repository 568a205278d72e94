/* Gain: y = gain * u + offset, with direct feedthrough; two of them in a ring form an algebraic loop. */
#include <stddef.h>
#include "model.h"

enum { GAIN, OFFSET, U, Y, COUNT };

static const variable_role roles[COUNT] = {FIXED_PARAMETER, FIXED_PARAMETER, INPUT, OUTPUT};
static const double start[COUNT] = {0.5, 1.0, 0.0, 1.0};

static void derivatives(const double *v, double *dx) {
    (void)v; (void)dx;
}

static void outputs(double *v) {
    v[Y] = v[GAIN] * v[U] + v[OFFSET];
}

static const char *check(const double *v) {
    (void)v;
    return NULL;
}

const model_definition MODEL = {"{3c1f1b52-7c0e-4d55-9a3e-5a1d2f6b0a04}", COUNT, roles, start, 0, NULL, 1.0, 1,
                                derivatives, outputs, check};
