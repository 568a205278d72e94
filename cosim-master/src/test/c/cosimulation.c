/*
 * Generic FMI 2.0 Co-Simulation functions for the test models of cosim-master: one instance holds the model's
 * Real values and the time; fmi2DoStep integrates the states with RK4. The call-sequence check is a table of the
 * phases each function is allowed in (FMI 2.0 section 4.2.4), checked in one place. Declarations come from
 * drivetwin's own fmu-export/src/main/c/fmi2_api.h.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fmi2_api.h"
#include "model.h"

typedef enum { INSTANTIATED = 1, INITIALIZATION = 2, STEP_COMPLETE = 4, TERMINATED = 8, FAILED = 16 } phase;

#define ANY_LIVE (INSTANTIATED | INITIALIZATION | STEP_COMPLETE | TERMINATED)

typedef struct snapshot {
    double values[MAX_VALUES];
    double time;
    struct snapshot *next_saved; /* the instance's list of states it handed out */
} snapshot;

typedef struct {
    char *name;
    fmi2CallbackLogger logger;
    fmi2ComponentEnvironment environment;
    phase phase;
    snapshot now;
    snapshot *saved; /* every FMU state handed out and not yet freed */
} instance;

static void log_error(instance *self, const char *format, ...) {
    char message[512];
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(message, sizeof message, format, arguments);
    va_end(arguments);
    if (self->logger) {
        self->logger(self->environment, self->name, fmi2Error, "logStatusError", "%s", message);
    }
}

/* Refuses a call in a phase the standard does not allow it in, naming the function and the phase. */
static int allowed(fmi2Component c, const char *function, int phases) {
    instance *self = (instance *)c;
    if (self == NULL) {
        return 0;
    }
    if (!(self->phase & phases)) {
        log_error(self, "%s is not allowed in phase %d", function, (int)self->phase);
        return 0;
    }
    return 1;
}

static fmi2Status fail(instance *self, const char *format, const char *detail, double value) {
    char message[256];
    snprintf(message, sizeof message, format, detail, value);
    log_error(self, "%s", message);
    return fmi2Error;
}

const char *fmi2GetTypesPlatform(void) { return "default"; }
const char *fmi2GetVersion(void) { return "2.0"; }

fmi2Status fmi2SetDebugLogging(fmi2Component c, fmi2Boolean loggingOn, size_t n, const fmi2String categories[]) {
    (void)loggingOn; (void)n; (void)categories;
    return allowed(c, "fmi2SetDebugLogging", ANY_LIVE) ? fmi2OK : fmi2Error;
}

fmi2Component fmi2Instantiate(fmi2String name, fmi2Type type, fmi2String guid, fmi2String resources,
                              const fmi2CallbackFunctions *functions, fmi2Boolean visible, fmi2Boolean loggingOn) {
    (void)resources; (void)visible; (void)loggingOn;
    if (type != fmi2CoSimulation || guid == NULL || strcmp(guid, MODEL.guid) != 0 || name == NULL) {
        if (functions && functions->logger) {
            functions->logger(functions->componentEnvironment, name, fmi2Error, "logStatusError",
                              "expected a Co-Simulation instance with GUID %s", MODEL.guid);
        }
        return NULL;
    }
    instance *self = calloc(1, sizeof(instance));
    if (self == NULL) {
        return NULL;
    }
    self->name = strdup(name);
    self->logger = functions ? functions->logger : NULL;
    self->environment = functions ? functions->componentEnvironment : NULL;
    self->phase = INSTANTIATED;
    memcpy(self->now.values, MODEL.start, sizeof(double) * MODEL.count);
    return self;
}

void fmi2FreeInstance(fmi2Component c) {
    instance *self = (instance *)c;
    if (self) {
        while (self->saved) {
            snapshot *next = self->saved->next_saved;
            free(self->saved);
            self->saved = next;
        }
        free(self->name);
        free(self);
    }
}

fmi2Status fmi2SetupExperiment(fmi2Component c, fmi2Boolean toleranceDefined, fmi2Real tolerance,
                               fmi2Real startTime, fmi2Boolean stopTimeDefined, fmi2Real stopTime) {
    (void)toleranceDefined; (void)tolerance; (void)stopTimeDefined; (void)stopTime;
    if (!allowed(c, "fmi2SetupExperiment", INSTANTIATED)) return fmi2Error;
    ((instance *)c)->now.time = startTime;
    return fmi2OK;
}

fmi2Status fmi2EnterInitializationMode(fmi2Component c) {
    if (!allowed(c, "fmi2EnterInitializationMode", INSTANTIATED)) return fmi2Error;
    instance *self = (instance *)c;
    self->phase = INITIALIZATION;
    MODEL.outputs(self->now.values);
    return fmi2OK;
}

fmi2Status fmi2ExitInitializationMode(fmi2Component c) {
    if (!allowed(c, "fmi2ExitInitializationMode", INITIALIZATION)) return fmi2Error;
    instance *self = (instance *)c;
    const char *problem = MODEL.check(self->now.values);
    if (problem) {
        self->phase = FAILED;
        log_error(self, "%s", problem);
        return fmi2Error;
    }
    self->phase = STEP_COMPLETE;
    MODEL.outputs(self->now.values);
    return fmi2OK;
}

fmi2Status fmi2Terminate(fmi2Component c) {
    if (!allowed(c, "fmi2Terminate", STEP_COMPLETE)) return fmi2Error;
    ((instance *)c)->phase = TERMINATED;
    return fmi2OK;
}

fmi2Status fmi2Reset(fmi2Component c) {
    if (!allowed(c, "fmi2Reset", ANY_LIVE | FAILED)) return fmi2Error;
    instance *self = (instance *)c;
    self->phase = INSTANTIATED;
    memcpy(self->now.values, MODEL.start, sizeof(double) * MODEL.count);
    self->now.time = 0;
    return fmi2OK;
}

static int valid_references(instance *self, const fmi2ValueReference vr[], size_t nvr, const char *function) {
    for (size_t i = 0; i < nvr; i++) {
        if (vr[i] >= (fmi2ValueReference)MODEL.count) {
            log_error(self, "%s: no Real with value reference %u", function, vr[i]);
            return 0;
        }
    }
    return 1;
}

fmi2Status fmi2GetReal(fmi2Component c, const fmi2ValueReference vr[], size_t nvr, fmi2Real value[]) {
    if (!allowed(c, "fmi2GetReal", INITIALIZATION | STEP_COMPLETE | TERMINATED)) return fmi2Error;
    instance *self = (instance *)c;
    if (nvr > 0 && (vr == NULL || value == NULL)) return fail(self, "fmi2GetReal: %s is NULL%.0f", "vr or value", 0);
    if (!valid_references(self, vr, nvr, "fmi2GetReal")) return fmi2Error;
    if (self->phase == INITIALIZATION) {
        MODEL.outputs(self->now.values); /* outputs follow inputs set in initialization mode */
    }
    for (size_t i = 0; i < nvr; i++) {
        value[i] = self->now.values[vr[i]];
    }
    return fmi2OK;
}

fmi2Status fmi2SetReal(fmi2Component c, const fmi2ValueReference vr[], size_t nvr, const fmi2Real value[]) {
    if (!allowed(c, "fmi2SetReal", INSTANTIATED | INITIALIZATION | STEP_COMPLETE)) return fmi2Error;
    instance *self = (instance *)c;
    if (nvr > 0 && (vr == NULL || value == NULL)) return fail(self, "fmi2SetReal: %s is NULL%.0f", "vr or value", 0);
    if (!valid_references(self, vr, nvr, "fmi2SetReal")) return fmi2Error;
    for (size_t i = 0; i < nvr; i++) {
        variable_role role = MODEL.roles[vr[i]];
        if (role == OUTPUT || (role == FIXED_PARAMETER && self->phase == STEP_COMPLETE)) {
            log_error(self, "fmi2SetReal: value reference %u cannot be set now", vr[i]);
            return fmi2Error;
        }
        if (!isfinite(value[i])) {
            log_error(self, "fmi2SetReal: value reference %u: %g is not a finite number", vr[i], value[i]);
            return fmi2Error;
        }
    }
    for (size_t i = 0; i < nvr; i++) {
        self->now.values[vr[i]] = value[i];
    }
    if (self->phase == STEP_COMPLETE) {
        MODEL.outputs(self->now.values); /* direct feedthrough: outputs follow inputs at once */
    }
    return fmi2OK;
}

/* The test models have no Integer, Boolean or String variables: any reference is an error, none is fine. */
#define NO_VARIABLES_OF_TYPE(function, type, constness)                                                     \
    fmi2Status function(fmi2Component c, const fmi2ValueReference vr[], size_t nvr, constness type value[]) { \
        (void)vr; (void)value;                                                                               \
        if (!allowed(c, #function, ANY_LIVE)) return fmi2Error;                                            \
        if (nvr == 0) return fmi2OK;                                                                         \
        log_error((instance *)c, "%s: the model has no variable of this type", #function);                 \
        return fmi2Error;                                                                                    \
    }
#define NOTHING
NO_VARIABLES_OF_TYPE(fmi2GetInteger, fmi2Integer, NOTHING)
NO_VARIABLES_OF_TYPE(fmi2GetBoolean, fmi2Boolean, NOTHING)
NO_VARIABLES_OF_TYPE(fmi2GetString, fmi2String, NOTHING)
NO_VARIABLES_OF_TYPE(fmi2SetInteger, fmi2Integer, const)
NO_VARIABLES_OF_TYPE(fmi2SetBoolean, fmi2Boolean, const)
NO_VARIABLES_OF_TYPE(fmi2SetString, fmi2String, const)

static int state_allowed(fmi2Component c, const char *function) {
    if (!allowed(c, function, INITIALIZATION | STEP_COMPLETE)) return 0;
    if (!MODEL.can_get_and_set_state) {
        log_error((instance *)c, "%s: this FMU declares canGetAndSetFMUstate=false", function);
        return 0;
    }
    return 1;
}

/* Finds a state this instance handed out; *FMUstate may be uninitialised memory, so it is never dereferenced
 * unless it is in the list. Returns the link pointing at it, or NULL. */
static snapshot **find_saved(instance *self, void *state) {
    for (snapshot **link = &self->saved; *link; link = &(*link)->next_saved) {
        if (*link == state) return link;
    }
    return NULL;
}

fmi2Status fmi2GetFMUstate(fmi2Component c, fmi2FMUstate *state) {
    if (!state_allowed(c, "fmi2GetFMUstate") || state == NULL) return fmi2Error;
    instance *self = (instance *)c;
    snapshot **existing = find_saved(self, *state);
    snapshot *copy = existing ? *existing : malloc(sizeof(snapshot));
    if (copy == NULL) return fmi2Error;
    snapshot *next = existing ? copy->next_saved : self->saved;
    *copy = self->now;
    copy->next_saved = next;
    if (!existing) self->saved = copy;
    *state = copy;
    return fmi2OK;
}

fmi2Status fmi2SetFMUstate(fmi2Component c, fmi2FMUstate state) {
    if (!state_allowed(c, "fmi2SetFMUstate")) return fmi2Error;
    instance *self = (instance *)c;
    snapshot **saved = find_saved(self, state);
    if (saved == NULL) {
        log_error(self, "fmi2SetFMUstate: %p is not a state of this instance", state);
        return fmi2Error;
    }
    snapshot *keep = self->now.next_saved;
    self->now = **saved;
    self->now.next_saved = keep;
    return fmi2OK;
}

fmi2Status fmi2FreeFMUstate(fmi2Component c, fmi2FMUstate *state) {
    if (!state_allowed(c, "fmi2FreeFMUstate") || state == NULL) return fmi2Error;
    instance *self = (instance *)c;
    snapshot **saved = find_saved(self, *state);
    if (saved == NULL) {
        log_error(self, "fmi2FreeFMUstate: %p is not a state of this instance", *state);
        return fmi2Error;
    }
    snapshot *gone = *saved;
    *saved = gone->next_saved;
    free(gone);
    *state = NULL;
    return fmi2OK;
}

static fmi2Status unsupported(fmi2Component c, const char *function) {
    if (c) log_error((instance *)c, "%s is not supported by this FMU", function);
    return fmi2Error;
}

fmi2Status fmi2SerializedFMUstateSize(fmi2Component c, fmi2FMUstate s, size_t *size) {
    (void)s; (void)size;
    return unsupported(c, "fmi2SerializedFMUstateSize");
}
fmi2Status fmi2SerializeFMUstate(fmi2Component c, fmi2FMUstate s, fmi2Byte bytes[], size_t size) {
    (void)s; (void)bytes; (void)size;
    return unsupported(c, "fmi2SerializeFMUstate");
}
fmi2Status fmi2DeSerializeFMUstate(fmi2Component c, const fmi2Byte bytes[], size_t size, fmi2FMUstate *s) {
    (void)s; (void)bytes; (void)size;
    return unsupported(c, "fmi2DeSerializeFMUstate");
}
fmi2Status fmi2GetDirectionalDerivative(fmi2Component c, const fmi2ValueReference u[], size_t nu,
                                        const fmi2ValueReference k[], size_t nk, const fmi2Real dk[],
                                        fmi2Real du[]) {
    (void)u; (void)nu; (void)k; (void)nk; (void)dk; (void)du;
    return unsupported(c, "fmi2GetDirectionalDerivative");
}
fmi2Status fmi2SetRealInputDerivatives(fmi2Component c, const fmi2ValueReference vr[], size_t nvr,
                                       const fmi2Integer order[], const fmi2Real value[]) {
    (void)vr; (void)nvr; (void)order; (void)value;
    return unsupported(c, "fmi2SetRealInputDerivatives");
}
fmi2Status fmi2GetRealOutputDerivatives(fmi2Component c, const fmi2ValueReference vr[], size_t nvr,
                                        const fmi2Integer order[], fmi2Real value[]) {
    (void)vr; (void)nvr; (void)order; (void)value;
    return unsupported(c, "fmi2GetRealOutputDerivatives");
}

/* One RK4 substep of length h on the states, inputs held. */
static void rk4(double *values, double h) {
    double start[MAX_STATES], k[4][MAX_STATES], stage[MAX_VALUES];
    int n = MODEL.state_count;
    for (int i = 0; i < n; i++) start[i] = values[MODEL.states[i]];
    memcpy(stage, values, sizeof(double) * MODEL.count);
    static const double weights[3] = {0.5, 0.5, 1.0};
    for (int s = 0; s < 4; s++) {
        MODEL.derivatives(stage, k[s]);
        if (s < 3) {
            for (int i = 0; i < n; i++) stage[MODEL.states[i]] = start[i] + weights[s] * h * k[s][i];
        }
    }
    for (int i = 0; i < n; i++) {
        values[MODEL.states[i]] = start[i] + h / 6 * (k[0][i] + 2 * k[1][i] + 2 * k[2][i] + k[3][i]);
    }
}

fmi2Status fmi2DoStep(fmi2Component c, fmi2Real time, fmi2Real step, fmi2Boolean noSetPrior) {
    (void)noSetPrior;
    if (!allowed(c, "fmi2DoStep", STEP_COMPLETE)) return fmi2Error;
    instance *self = (instance *)c;
    if (!(step > 0)) return fail(self, "fmi2DoStep: %s %g is not positive", "communicationStepSize", step);
    if (fabs(time - self->now.time) > 1e-9 * fmax(1, fabs(time))) {
        return fail(self, "fmi2DoStep: %s %.17g is not the FMU's time", "currentCommunicationPoint", time);
    }
    int substeps = (int)ceil(step / MODEL.max_substep - 1e-9);
    if (substeps < 1) substeps = 1;
    for (int i = 0; i < substeps; i++) {
        rk4(self->now.values, step / substeps);
    }
    MODEL.outputs(self->now.values);
    self->now.time = time + step;
    return fmi2OK;
}

fmi2Status fmi2CancelStep(fmi2Component c) { return unsupported(c, "fmi2CancelStep"); }

fmi2Status fmi2GetStatus(fmi2Component c, const fmi2StatusKind s, fmi2Status *value) {
    (void)s; (void)value;
    return unsupported(c, "fmi2GetStatus");
}
fmi2Status fmi2GetRealStatus(fmi2Component c, const fmi2StatusKind s, fmi2Real *value) {
    if (!allowed(c, "fmi2GetRealStatus", ANY_LIVE) || value == NULL || s != fmi2LastSuccessfulTime) {
        return fmi2Discard;
    }
    *value = ((instance *)c)->now.time;
    return fmi2OK;
}
fmi2Status fmi2GetIntegerStatus(fmi2Component c, const fmi2StatusKind s, fmi2Integer *value) {
    (void)s; (void)value;
    return unsupported(c, "fmi2GetIntegerStatus");
}
fmi2Status fmi2GetBooleanStatus(fmi2Component c, const fmi2StatusKind s, fmi2Boolean *value) {
    (void)s; (void)value;
    return unsupported(c, "fmi2GetBooleanStatus");
}
fmi2Status fmi2GetStringStatus(fmi2Component c, const fmi2StatusKind s, fmi2String *value) {
    (void)s; (void)value;
    return unsupported(c, "fmi2GetStringStatus");
}
