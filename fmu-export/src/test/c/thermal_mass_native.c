/*
 * ThermalMass as a plain C Co-Simulation FMU: the same model, variables and value references as the Java test
 * slave dev.drivetwin.fmuexport.testslaves.ThermalMass, with no JVM. It stands for a natively exported FMU in
 * the shim benchmark (fmu_host bench), so it does the checks a careful native FMU does on each call (instance,
 * state, NULL pointers, value references, NaN, step size) and no more. Its description is
 * src/test/resources/fmus/ThermalMassNative/modelDescription.xml; the GUID below must match it.
 *
 * Model: C dT/dt = Q - (T - Ta) / R, stepped exactly: T(t+h) = T_inf + (T - T_inf) exp(-h / (R C)),
 * T_inf = Ta + Q R when the heater is enabled (see ThermalMass.java for the source).
 */
#include "fmi2_api.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GUID "{3c6f2a8e-5d41-4b9a-8e07-1f2d9c4b7a60}"
#define MAGIC 0x544d4e31u /* "TMN1" */

enum { VR_HEAT_CAPACITY, VR_THERMAL_RESISTANCE, VR_INITIAL_TEMPERATURE, VR_HEAT_FLOW, VR_AMBIENT_TEMPERATURE,
       VR_TEMPERATURE, REAL_COUNT };

typedef enum { INSTANTIATED = 1, INITIALIZATION = 2, STEP_COMPLETE = 4, TERMINATED = 8 } phase;

typedef struct {
    unsigned magic;
    char *name;
    fmi2CallbackLogger logger;
    fmi2ComponentEnvironment environment;
    phase phase;
    double time; /* [s] */
    double real[REAL_COUNT];
    fmi2Boolean heater_enabled;
    int step_count;
    char label[64];
} model;

static void say(const model *m, fmi2Status status, const char *format, ...) {
    char text[512];
    va_list args;
    va_start(args, format);
    vsnprintf(text, sizeof text, format, args);
    va_end(args);
    m->logger(m->environment, m->name, status, status == fmi2OK ? "logEvents" : "logStatusError", "%s", text);
}

static model *checked(fmi2Component c, int phases, const char *function) {
    model *m = c;
    if (!m || m->magic != MAGIC) return NULL;
    if (!(m->phase & phases)) {
        say(m, fmi2Error, "%s: not allowed in phase %d", function, (int)m->phase);
        return NULL;
    }
    return m;
}

FMI2_EXPORT const char *fmi2GetTypesPlatform(void) { return "default"; }
FMI2_EXPORT const char *fmi2GetVersion(void) { return "2.0"; }

FMI2_EXPORT fmi2Component fmi2Instantiate(fmi2String instanceName, fmi2Type fmuType, fmi2String fmuGUID,
                                          fmi2String fmuResourceLocation,
                                          const fmi2CallbackFunctions *functions, fmi2Boolean visible,
                                          fmi2Boolean loggingOn) {
    (void)fmuResourceLocation, (void)visible, (void)loggingOn;
    if (!functions || !functions->logger || !instanceName || fmuType != fmi2CoSimulation) return NULL;
    if (!fmuGUID || strcmp(fmuGUID, GUID) != 0) {
        functions->logger(functions->componentEnvironment, instanceName, fmi2Error, "logStatusError",
                          "fmi2Instantiate: GUID %s does not match %s", fmuGUID ? fmuGUID : "(NULL)", GUID);
        return NULL;
    }
    model *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    m->magic = MAGIC;
    m->name = strdup(instanceName);
    m->logger = functions->logger;
    m->environment = functions->componentEnvironment;
    m->phase = INSTANTIATED;
    m->real[VR_HEAT_CAPACITY] = 1000;
    m->real[VR_THERMAL_RESISTANCE] = 0.5;
    m->real[VR_INITIAL_TEMPERATURE] = 293.15;
    m->real[VR_HEAT_FLOW] = 0;
    m->real[VR_AMBIENT_TEMPERATURE] = 293.15;
    m->heater_enabled = fmi2True;
    strcpy(m->label, "mass");
    return m;
}

FMI2_EXPORT void fmi2FreeInstance(fmi2Component c) {
    model *m = c;
    if (!m || m->magic != MAGIC) return;
    m->magic = 0;
    free(m->name);
    free(m);
}

FMI2_EXPORT fmi2Status fmi2SetDebugLogging(fmi2Component c, fmi2Boolean loggingOn, size_t nCategories,
                                           const fmi2String categories[]) {
    (void)loggingOn, (void)nCategories, (void)categories;
    return checked(c, INSTANTIATED | INITIALIZATION | STEP_COMPLETE | TERMINATED, "fmi2SetDebugLogging") ? fmi2OK
                                                                                                          : fmi2Error;
}

FMI2_EXPORT fmi2Status fmi2SetupExperiment(fmi2Component c, fmi2Boolean toleranceDefined, fmi2Real tolerance,
                                           fmi2Real startTime, fmi2Boolean stopTimeDefined, fmi2Real stopTime) {
    (void)toleranceDefined, (void)tolerance, (void)stopTimeDefined, (void)stopTime;
    model *m = checked(c, INSTANTIATED, "fmi2SetupExperiment");
    if (!m) return fmi2Error;
    m->time = startTime;
    return fmi2OK;
}

FMI2_EXPORT fmi2Status fmi2EnterInitializationMode(fmi2Component c) {
    model *m = checked(c, INSTANTIATED, "fmi2EnterInitializationMode");
    if (!m) return fmi2Error;
    m->phase = INITIALIZATION;
    return fmi2OK;
}

FMI2_EXPORT fmi2Status fmi2ExitInitializationMode(fmi2Component c) {
    model *m = checked(c, INITIALIZATION, "fmi2ExitInitializationMode");
    if (!m) return fmi2Error;
    m->real[VR_TEMPERATURE] = m->real[VR_INITIAL_TEMPERATURE];
    m->phase = STEP_COMPLETE;
    return fmi2OK;
}

FMI2_EXPORT fmi2Status fmi2Terminate(fmi2Component c) {
    model *m = checked(c, STEP_COMPLETE, "fmi2Terminate");
    if (!m) return fmi2Error;
    m->phase = TERMINATED;
    return fmi2OK;
}

FMI2_EXPORT fmi2Status fmi2Reset(fmi2Component c) {
    model *m = checked(c, INSTANTIATED | INITIALIZATION | STEP_COMPLETE | TERMINATED, "fmi2Reset");
    if (!m) return fmi2Error;
    m->phase = INSTANTIATED;
    m->step_count = 0;
    m->time = 0;
    return fmi2OK;
}

#define GETTABLE (INITIALIZATION | STEP_COMPLETE | TERMINATED)
#define SETTABLE (INSTANTIATED | INITIALIZATION | STEP_COMPLETE)

FMI2_EXPORT fmi2Status fmi2GetReal(fmi2Component c, const fmi2ValueReference vr[], size_t nvr, fmi2Real value[]) {
    model *m = checked(c, GETTABLE, "fmi2GetReal");
    if (!m || (nvr && (!vr || !value))) return fmi2Error;
    for (size_t i = 0; i < nvr; i++) {
        if (vr[i] >= REAL_COUNT) {
            say(m, fmi2Error, "fmi2GetReal: value reference %u is not a Real variable", vr[i]);
            return fmi2Error;
        }
        value[i] = m->real[vr[i]];
    }
    return fmi2OK;
}

FMI2_EXPORT fmi2Status fmi2SetReal(fmi2Component c, const fmi2ValueReference vr[], size_t nvr,
                                   const fmi2Real value[]) {
    model *m = checked(c, SETTABLE, "fmi2SetReal");
    if (!m || (nvr && (!vr || !value))) return fmi2Error;
    for (size_t i = 0; i < nvr; i++) {
        int stepping_writable = vr[i] == VR_HEAT_CAPACITY || vr[i] == VR_HEAT_FLOW || vr[i] == VR_AMBIENT_TEMPERATURE;
        if (vr[i] >= VR_TEMPERATURE || (m->phase == STEP_COMPLETE && !stepping_writable) || isnan(value[i])) {
            say(m, fmi2Error, "fmi2SetReal: cannot set value reference %u to %g", vr[i], value[i]);
            return fmi2Error;
        }
    }
    for (size_t i = 0; i < nvr; i++) m->real[vr[i]] = value[i];
    return fmi2OK;
}

FMI2_EXPORT fmi2Status fmi2GetInteger(fmi2Component c, const fmi2ValueReference vr[], size_t nvr,
                                      fmi2Integer value[]) {
    model *m = checked(c, GETTABLE, "fmi2GetInteger");
    if (!m || (nvr && (!vr || !value))) return fmi2Error;
    for (size_t i = 0; i < nvr; i++) {
        if (vr[i] != 0) return fmi2Error;
        value[i] = m->step_count;
    }
    return fmi2OK;
}

FMI2_EXPORT fmi2Status fmi2GetBoolean(fmi2Component c, const fmi2ValueReference vr[], size_t nvr,
                                      fmi2Boolean value[]) {
    model *m = checked(c, GETTABLE, "fmi2GetBoolean");
    if (!m || (nvr && (!vr || !value))) return fmi2Error;
    for (size_t i = 0; i < nvr; i++) {
        if (vr[i] != 0) return fmi2Error;
        value[i] = m->heater_enabled;
    }
    return fmi2OK;
}

FMI2_EXPORT fmi2Status fmi2SetBoolean(fmi2Component c, const fmi2ValueReference vr[], size_t nvr,
                                      const fmi2Boolean value[]) {
    model *m = checked(c, SETTABLE, "fmi2SetBoolean");
    if (!m || (nvr && (!vr || !value))) return fmi2Error;
    for (size_t i = 0; i < nvr; i++) {
        if (vr[i] != 0) return fmi2Error;
        m->heater_enabled = value[i] != fmi2False;
    }
    return fmi2OK;
}

FMI2_EXPORT fmi2Status fmi2GetString(fmi2Component c, const fmi2ValueReference vr[], size_t nvr,
                                     fmi2String value[]) {
    model *m = checked(c, GETTABLE, "fmi2GetString");
    if (!m || (nvr && (!vr || !value))) return fmi2Error;
    for (size_t i = 0; i < nvr; i++) {
        if (vr[i] != 0) return fmi2Error;
        value[i] = m->label;
    }
    return fmi2OK;
}

FMI2_EXPORT fmi2Status fmi2DoStep(fmi2Component c, fmi2Real currentCommunicationPoint,
                                  fmi2Real communicationStepSize, fmi2Boolean noSetFMUStatePriorToCurrentPoint) {
    (void)noSetFMUStatePriorToCurrentPoint;
    model *m = checked(c, STEP_COMPLETE, "fmi2DoStep");
    if (!m) return fmi2Error;
    if (!(communicationStepSize > 0)
        || fabs(currentCommunicationPoint - m->time) > 1e-9 * fmax(1.0, fabs(m->time))) {
        say(m, fmi2Error, "fmi2DoStep: step %g from %g refused at time %g", communicationStepSize,
            currentCommunicationPoint, m->time);
        return fmi2Error;
    }
    const double *r = m->real;
    double equilibrium = r[VR_AMBIENT_TEMPERATURE] + (m->heater_enabled ? r[VR_HEAT_FLOW] : 0) * r[VR_THERMAL_RESISTANCE];
    double decay = exp(-communicationStepSize / (r[VR_THERMAL_RESISTANCE] * r[VR_HEAT_CAPACITY]));
    m->real[VR_TEMPERATURE] = equilibrium + (r[VR_TEMPERATURE] - equilibrium) * decay;
    m->time = currentCommunicationPoint + communicationStepSize;
    m->step_count++;
    return fmi2OK;
}
