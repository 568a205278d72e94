/*
 * RoadLoad: the resistance a car meets, standing for another tool's export (speed in km/h, as such models often
 * take it; no FMU state access):
 *   F = 1/2 rho CdA v|v| + m g (crr cos(theta) + sin(theta)),   P = F v,   v = speed / 3.6 [m/s]
 */
#include <math.h>
#include <stddef.h>
#include "model.h"

enum { MASS, DRAG_AREA, ROLLING_RESISTANCE, AIR_DENSITY, SPEED, GRADE, FORCE, POWER, COUNT };

static const variable_role roles[COUNT] = {FIXED_PARAMETER, FIXED_PARAMETER, FIXED_PARAMETER, FIXED_PARAMETER,
                                           INPUT, INPUT, OUTPUT, OUTPUT};
/* m [kg], CdA [m2], crr [1], rho [kg/m3], speed [km/h], grade [rad], F [N], P [W]; as modelDescription.xml */
static const double start[COUNT] = {1600.0, 0.6, 0.01, 1.2, 0.0, 0.0, 0.0, 0.0};
static const double STANDARD_GRAVITY = 9.80665; /* [m/s2], CGPM 1901 */

static void derivatives(const double *v, double *dx) {
    (void)v; (void)dx; /* no states */
}

static void outputs(double *v) {
    double speed = v[SPEED] / 3.6;
    v[FORCE] = 0.5 * v[AIR_DENSITY] * v[DRAG_AREA] * speed * fabs(speed)
               + v[MASS] * STANDARD_GRAVITY * (v[ROLLING_RESISTANCE] * cos(v[GRADE]) + sin(v[GRADE]));
    v[POWER] = v[FORCE] * speed;
}

static const char *check(const double *v) {
    if (!(v[MASS] > 0) || !(v[DRAG_AREA] >= 0) || !(v[ROLLING_RESISTANCE] >= 0) || !(v[AIR_DENSITY] >= 0))
        return "mass must be positive and drag area, rolling resistance and air density not negative";
    return NULL;
}

const model_definition MODEL = {"{3c1f1b52-7c0e-4d55-9a3e-5a1d2f6b0a03}", COUNT, roles, start, 0, NULL, 1.0, 0,
                                derivatives, outputs, check};
