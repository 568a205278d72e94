/*
 * The contract between the generic FMI 2.0 Co-Simulation code (cosimulation.c) and one test model. A model has
 * only Real variables, numbered by value reference 0..count-1; some of them are continuous states, integrated by
 * cosimulation.c with classic Runge-Kutta 4 over substeps no longer than max_substep, with the inputs held
 * constant over the communication step (what the master's zero-order hold assumes).
 */
#ifndef DRIVETWIN_TEST_MODEL_H
#define DRIVETWIN_TEST_MODEL_H

#define MAX_VALUES 32
#define MAX_STATES 8

typedef enum { FIXED_PARAMETER, INPUT, OUTPUT } variable_role;

typedef struct {
    const char *guid;
    int count;                       /* Real variables, value references 0..count-1 */
    const variable_role *roles;      /* one per value reference */
    const double *start;             /* one start value per value reference */
    int state_count;
    const int *states;               /* value references of the states */
    double max_substep;              /* [s] */
    int can_get_and_set_state;
    /* derivative of each state, from all values (states, parameters, held inputs) */
    void (*derivatives)(const double *values, double *derivatives);
    /* recomputes the outputs that are not states from the states, parameters and inputs */
    void (*outputs)(double *values);
    /* checks the parameters at fmi2ExitInitializationMode; returns NULL or what is wrong */
    const char *(*check)(const double *values);
} model_definition;

extern const model_definition MODEL;

#endif
