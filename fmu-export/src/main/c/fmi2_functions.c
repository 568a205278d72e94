/*
 * The fmi2 entry points. Each one checks, in this order and only here: the instance pointer, the call order
 * against the FMI 2.0 Co-Simulation state machine (section 4.2.4, one allowed-state mask per function), and its
 * arguments (NULL pointers, non-finite or non-positive times); then it calls the backend and moves the state
 * on by the status the backend returned. A refused call logs why and returns fmi2Error without changing the
 * state, so the host can correct the call. Nothing here can let an exception or signal reach the host.
 */
#include "instance.h"

#include <ctype.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define INSTANCE_MAGIC 0x44544649u  /* "DTFI" */
#define SAVED_STATE_MAGIC 0x44545331u /* "DTS1", the first bytes of a serialised state */

#define ANY_STATE (STATE_INSTANTIATED | STATE_INITIALIZATION_MODE | STATE_STEP_COMPLETE | STATE_STEP_FAILED \
                   | STATE_TERMINATED | STATE_ERROR | STATE_FATAL)
#define ANY_BUT_FATAL (ANY_STATE & ~STATE_FATAL)

/* Allowed states per function, from the table in FMI 2.0 section 4.2.4. */
#define MASK_fmi2SetDebugLogging ANY_BUT_FATAL
#define MASK_fmi2SetupExperiment STATE_INSTANTIATED
#define MASK_fmi2EnterInitializationMode STATE_INSTANTIATED
#define MASK_fmi2ExitInitializationMode STATE_INITIALIZATION_MODE
#define MASK_fmi2Terminate (STATE_STEP_COMPLETE | STATE_STEP_FAILED)
#define MASK_fmi2Reset ANY_BUT_FATAL
#define MASK_fmi2GetValue (STATE_INITIALIZATION_MODE | STATE_STEP_COMPLETE | STATE_STEP_FAILED \
                           | STATE_TERMINATED | STATE_ERROR)
#define MASK_fmi2SetValue (STATE_INSTANTIATED | STATE_INITIALIZATION_MODE | STATE_STEP_COMPLETE)
#define MASK_fmi2FMUstate ANY_BUT_FATAL
#define MASK_fmi2DoStep STATE_STEP_COMPLETE
#define MASK_fmi2GetStatusKind (STATE_STEP_COMPLETE | STATE_STEP_FAILED | STATE_TERMINATED)

/* One FMU state: the shim's state-machine state and the slave's own serialised bytes. The host only ever holds a
 * pointer to it; the instance's registry (instance->states) says which pointers are live. */
typedef struct {
    int state;
    size_t size;
    unsigned char bytes[];
} saved_state;

/* ---------------------------------------------------------------- logging */

static const char *state_name(int state) {
    switch (state) {
    case STATE_INSTANTIATED: return "Instantiated";
    case STATE_INITIALIZATION_MODE: return "InitializationMode";
    case STATE_STEP_COMPLETE: return "StepComplete";
    case STATE_STEP_FAILED: return "StepFailed";
    case STATE_TERMINATED: return "Terminated";
    case STATE_ERROR: return "Error";
    case STATE_FATAL: return "Fatal";
    default: return "unknown";
    }
}

static void describe_mask(int mask, char *text, size_t size) {
    text[0] = '\0';
    for (int bit = STATE_INSTANTIATED; bit <= STATE_FATAL; bit <<= 1) {
        if (mask & bit) {
            size_t used = strlen(text);
            snprintf(text + used, size - used, "%s%s", used ? ", " : "", state_name(bit));
        }
    }
}

/* The longest message handed to the host's logger, '\0' included. FMI4j 0.38.0 formats each message with
 * vsprintf into a 1000-byte stack buffer and the process aborts ("buffer overflow detected") on anything longer;
 * the standard sets no limit, so stay within the smallest one known. A longer message ends in TRUNCATED. */
#define HOST_MESSAGE_MAX 1000
#define TRUNCATED " [truncated]"

void instance_log(const instance *inst, fmi2Status status, const char *category, const char *format, ...) {
    if (!inst || !inst->logger) return;
    /* Informational messages only when the host asked for debug logging; a status worse than OK always goes. */
    if (status == fmi2OK && !inst->logging_on) return;
    char message[4096];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    /* Hosts pass the message to printf-like functions: double every '%' so a value can never be a format. A '%'
     * and its double are copied together, so truncation never leaves a lone '%' at the end. */
    char escaped[HOST_MESSAGE_MAX];
    const size_t room = sizeof escaped - sizeof TRUNCATED; /* characters before the marker and the '\0' */
    size_t i = 0, j = 0;
    for (; message[i]; i++) {
        size_t width = message[i] == '%' ? 2 : 1;
        if (j + width > room) break;
        if (message[i] == '%') escaped[j++] = '%';
        escaped[j++] = message[i];
    }
    if (message[i]) {
        memcpy(escaped + j, TRUNCATED, sizeof TRUNCATED - 1);
        j += sizeof TRUNCATED - 1;
    }
    escaped[j] = '\0';
    inst->logger(inst->environment, inst->name, status, category, escaped);
}

/* ---------------------------------------------------------------- checks */

/* Live instances, newest first. A call with a NULL or stale fmi2Component has no logger of its own; it is reported
 * to the logger of the newest live instance (most likely the same host's), and to stderr only when none lives.
 * Only instantiation, freeing and such reports take the lock; the checks on the hot path do not. */
static pthread_mutex_t live_lock = PTHREAD_MUTEX_INITIALIZER;
static instance *newest_live;

static void live_add(instance *inst) {
    pthread_mutex_lock(&live_lock);
    inst->older = newest_live;
    inst->newer = NULL;
    if (newest_live) newest_live->newer = inst;
    newest_live = inst;
    pthread_mutex_unlock(&live_lock);
}

static void live_remove(instance *inst) {
    pthread_mutex_lock(&live_lock);
    if (inst->newer) inst->newer->older = inst->older;
    else if (newest_live == inst) newest_live = inst->older;
    if (inst->older) inst->older->newer = inst->newer;
    inst->older = inst->newer = NULL;
    pthread_mutex_unlock(&live_lock);
}

static void report_without_instance(fmi2Status status, const char *format, const char *function) {
    instance reporter = {0};
    pthread_mutex_lock(&live_lock);
    if (newest_live) {
        reporter.logger = newest_live->logger;
        reporter.environment = newest_live->environment;
    }
    pthread_mutex_unlock(&live_lock);
    reporter.name = "(no instance)";
    if (reporter.logger) {
        instance_log(&reporter, status, status == fmi2Error ? "logStatusError" : "logStatusWarning", format, function);
    } else {
        fprintf(stderr, "drivetwin FMU: ");
        fprintf(stderr, format, function);
        fprintf(stderr, "\n");
    }
}

static instance *checked(fmi2Component c, const char *function) {
    instance *inst = (instance *)c;
    if (!inst) {
        report_without_instance(fmi2Error, "%s: called with a NULL fmi2Component; returning fmi2Error", function);
        return NULL;
    }
    if (inst->magic != INSTANCE_MAGIC) {
        report_without_instance(fmi2Error, "%s: called with a pointer that is not a live instance of this FMU (freed"
                                " already?); returning fmi2Error", function);
        return NULL;
    }
    return inst;
}

static int allowed(instance *inst, const char *function, int mask) {
    if (inst->state & mask) return 1;
    char states[256];
    describe_mask(mask, states, sizeof states);
    instance_log(inst, fmi2Error, "logStatusError", "%s: not allowed in state %s; allowed in %s", function,
                 state_name(inst->state), states);
    return 0;
}

static int not_null(instance *inst, const char *function, const void *pointer, const char *argument) {
    if (pointer) return 1;
    instance_log(inst, fmi2Error, "logStatusError", "%s: argument %s is a NULL pointer", function, argument);
    return 0;
}

static int values_present(instance *inst, const char *function, const void *vr, size_t nvr, const void *value) {
    if (nvr == 0) return 1;
    return not_null(inst, function, vr, "vr") && not_null(inst, function, value, "value");
}

/* Moves the instance to Error or Fatal when the backend says so, and passes the status on. */
static fmi2Status settle(instance *inst, fmi2Status status) {
    if (status == fmi2Error) inst->state = STATE_ERROR;
    if (status == fmi2Fatal) inst->state = STATE_FATAL;
    return status;
}

#define ENTER(function, mask)                                                                                    \
    instance *inst = checked(c, #function);                                                                     \
    if (!inst) return fmi2Error;                                                                                 \
    if (!allowed(inst, #function, mask)) return fmi2Error

/* ---------------------------------------------------------------- common functions */

FMI2_EXPORT const char *fmi2GetTypesPlatform(void) { return "default"; }

FMI2_EXPORT const char *fmi2GetVersion(void) { return "2.0"; }

FMI2_EXPORT fmi2Status fmi2SetDebugLogging(fmi2Component c, fmi2Boolean loggingOn, size_t nCategories,
                                           const fmi2String categories[]) {
    ENTER(fmi2SetDebugLogging, MASK_fmi2SetDebugLogging);
    if (nCategories > 0 && !not_null(inst, "fmi2SetDebugLogging", categories, "categories")) return fmi2Error;
    for (size_t i = 0; i < nCategories; i++) {
        if (!not_null(inst, "fmi2SetDebugLogging", categories[i], "categories[i]")) return fmi2Error;
    }
    inst->logging_on = loggingOn != fmi2False;
    return settle(inst, inst->ops->set_debug_logging(inst, inst->logging_on, nCategories, categories));
}

static char *percent_decode(const char *text) {
    char *out = malloc(strlen(text) + 1), *o = out;
    if (!out) return NULL;
    for (const char *p = text; *p; p++) {
        if (p[0] == '%' && isxdigit((unsigned char)p[1]) && isxdigit((unsigned char)p[2])) {
            char hex[3] = {p[1], p[2], 0};
            *o++ = (char)strtol(hex, NULL, 16);
            p += 2;
        } else {
            *o++ = *p;
        }
    }
    *o = '\0';
    return out;
}

/* file:///a/b, file:/a/b and file://localhost/a/b to /a/b; NULL for anything else. */
static char *resource_path(const char *location) {
    const char *path;
    if (strncmp(location, "file://localhost/", 17) == 0) path = location + 16;
    else if (strncmp(location, "file:///", 8) == 0) path = location + 7;
    else if (strncmp(location, "file:/", 6) == 0) path = location + 5;
    else return NULL;
    char *decoded = percent_decode(path);
    if (!decoded) return NULL;
    size_t length = strlen(decoded);
    while (length > 1 && decoded[length - 1] == '/') decoded[--length] = '\0';
    return decoded;
}

static void free_instance(instance *inst) {
    live_remove(inst);
    instance_reserve_strings(inst, 0);
    /* FMI 2.0 section 2.1.5: fmi2FreeInstance frees all memory of the instance, so states the host kept go too. */
    for (size_t i = 0; i < inst->state_count; i++) free(inst->states[i]);
    free(inst->states);
    fmu_config_free(&inst->config);
    inst->magic = 0;
    free(inst->name);
    free(inst->guid);
    free(inst->fmu_directory);
    free(inst->resource_directory);
    free(inst);
}

int instance_reserve_strings(instance *inst, size_t n) {
    for (size_t i = 0; i < inst->string_count; i++) free(inst->strings[i]);
    free(inst->strings);
    inst->strings = NULL;
    inst->string_count = 0;
    if (n == 0) return 0;
    inst->strings = calloc(n, sizeof *inst->strings);
    if (!inst->strings) return -1;
    inst->string_count = n;
    return 0;
}

static fmi2Component refuse_instantiation(const fmi2CallbackFunctions *functions, fmi2String name,
                                          const char *format, const char *detail) {
    if (functions && functions->logger) {
        instance reporter = {0};
        reporter.logger = functions->logger;
        reporter.environment = functions->componentEnvironment;
        reporter.name = (char *)(name ? name : "?");
        instance_log(&reporter, fmi2Error, "logStatusError", format, detail);
    } else {
        fprintf(stderr, "drivetwin FMU: fmi2Instantiate: ");
        fprintf(stderr, format, detail);
        fprintf(stderr, "\n");
    }
    return NULL;
}

FMI2_EXPORT fmi2Component fmi2Instantiate(fmi2String instanceName, fmi2Type fmuType, fmi2String fmuGUID,
                                          fmi2String fmuResourceLocation,
                                          const fmi2CallbackFunctions *functions, fmi2Boolean visible,
                                          fmi2Boolean loggingOn) {
    (void)visible;
    if (!functions || !functions->logger)
        return refuse_instantiation(functions, instanceName, "%s", "functions or functions->logger is NULL");
    if (!instanceName || !*instanceName)
        return refuse_instantiation(functions, instanceName, "%s", "instanceName is NULL or empty");
    if (fmuType != fmi2CoSimulation)
        return refuse_instantiation(functions, instanceName, "%s",
                                    "fmuType is not fmi2CoSimulation; this FMU supports Co-Simulation only");
    if (!fmuGUID) return refuse_instantiation(functions, instanceName, "%s", "fmuGUID is NULL");
    if (!fmuResourceLocation)
        return refuse_instantiation(functions, instanceName, "%s",
                                    "fmuResourceLocation is NULL; this FMU needs its resources/ folder");
    char *resources = resource_path(fmuResourceLocation);
    if (!resources)
        return refuse_instantiation(functions, instanceName,
                                    "fmuResourceLocation '%s' is not a file: URI (expected file:///path/resources)",
                                    fmuResourceLocation);

    instance *inst = calloc(1, sizeof *inst);
    if (!inst) {
        free(resources);
        return refuse_instantiation(functions, instanceName, "%s", "out of memory");
    }
    inst->magic = INSTANCE_MAGIC;
    inst->name = strdup(instanceName);
    inst->guid = strdup(fmuGUID);
    inst->resource_directory = resources;
    inst->fmu_directory = strdup(resources);
    char *slash = strrchr(inst->fmu_directory, '/');
    if (slash && slash != inst->fmu_directory) *slash = '\0';
    inst->logger = functions->logger;
    inst->environment = functions->componentEnvironment;
    inst->logging_on = loggingOn != fmi2False;
    inst->state = STATE_INSTANTIATED;

    char error[1024];
    if (fmu_config_read(&inst->config, inst->resource_directory, error, sizeof error) != 0) {
        instance_log(inst, fmi2Error, "logStatusError", "fmi2Instantiate: %s", error);
        free_instance(inst);
        return NULL;
    }
    int opened;
    if (inst->config.mode == MODE_OUT_OF_PROCESS) {
        opened = child_backend_open(inst);
    } else {
        opened = jvm_backend_open(inst);
        if (opened == BACKEND_HOST_JVM_TOO_OLD && inst->config.mode == MODE_AUTO) {
            instance_log(inst, fmi2OK, "logEvents", "fmi2Instantiate: running the Java slave in a child JVM");
            opened = child_backend_open(inst);
        }
    }
    if (opened != 0) {
        free_instance(inst);
        return NULL;
    }
    live_add(inst);
    return inst;
}

FMI2_EXPORT void fmi2FreeInstance(fmi2Component c) {
    if (!c) {
        /* FMI 2.0 section 2.1.5: a NULL c is ignored. Still worth a warning: a host that frees NULL may have lost
         * an instance it meant to free. */
        report_without_instance(fmi2Warning, "%s: called with a NULL fmi2Component; ignored", "fmi2FreeInstance");
        return;
    }
    instance *inst = checked(c, "fmi2FreeInstance");
    if (!inst) return;
    inst->ops->free(inst);
    free_instance(inst);
}

FMI2_EXPORT fmi2Status fmi2SetupExperiment(fmi2Component c, fmi2Boolean toleranceDefined, fmi2Real tolerance,
                                           fmi2Real startTime, fmi2Boolean stopTimeDefined, fmi2Real stopTime) {
    ENTER(fmi2SetupExperiment, MASK_fmi2SetupExperiment);
    if (!isfinite(startTime)) {
        instance_log(inst, fmi2Error, "logStatusError", "fmi2SetupExperiment: startTime %g is not finite",
                     startTime);
        return fmi2Error;
    }
    if (stopTimeDefined && !(stopTime >= startTime)) {
        instance_log(inst, fmi2Error, "logStatusError",
                     "fmi2SetupExperiment: stopTime %g is not a number at or after startTime %g", stopTime,
                     startTime);
        return fmi2Error;
    }
    if (toleranceDefined && !(tolerance > 0)) {
        instance_log(inst, fmi2Error, "logStatusError", "fmi2SetupExperiment: tolerance %g is not positive",
                     tolerance);
        return fmi2Error;
    }
    return settle(inst, inst->ops->setup_experiment(inst, toleranceDefined != fmi2False, tolerance, startTime,
                                                    stopTimeDefined != fmi2False, stopTime));
}

FMI2_EXPORT fmi2Status fmi2EnterInitializationMode(fmi2Component c) {
    ENTER(fmi2EnterInitializationMode, MASK_fmi2EnterInitializationMode);
    fmi2Status status = inst->ops->enter_initialization(inst);
    if (status <= fmi2Warning) inst->state = STATE_INITIALIZATION_MODE;
    return settle(inst, status);
}

FMI2_EXPORT fmi2Status fmi2ExitInitializationMode(fmi2Component c) {
    ENTER(fmi2ExitInitializationMode, MASK_fmi2ExitInitializationMode);
    fmi2Status status = inst->ops->exit_initialization(inst);
    if (status <= fmi2Warning) inst->state = STATE_STEP_COMPLETE;
    return settle(inst, status);
}

FMI2_EXPORT fmi2Status fmi2Terminate(fmi2Component c) {
    ENTER(fmi2Terminate, MASK_fmi2Terminate);
    fmi2Status status = inst->ops->terminate(inst);
    if (status <= fmi2Warning) inst->state = STATE_TERMINATED;
    return settle(inst, status);
}

FMI2_EXPORT fmi2Status fmi2Reset(fmi2Component c) {
    ENTER(fmi2Reset, MASK_fmi2Reset);
    fmi2Status status = inst->ops->reset(inst);
    if (status <= fmi2Warning) inst->state = STATE_INSTANTIATED;
    return settle(inst, status);
}

/* ---------------------------------------------------------------- getting and setting values */

#define GET_OR_SET(function, mask, operation)                                                                   \
    ENTER(function, mask);                                                                                      \
    if (!values_present(inst, #function, vr, nvr, value)) return fmi2Error;                                   \
    if (nvr == 0) return fmi2OK;                                                                                \
    return settle(inst, inst->ops->operation(inst, vr, nvr, value))

FMI2_EXPORT fmi2Status fmi2GetReal(fmi2Component c, const fmi2ValueReference vr[], size_t nvr, fmi2Real value[]) {
    GET_OR_SET(fmi2GetReal, MASK_fmi2GetValue, get_real);
}

FMI2_EXPORT fmi2Status fmi2GetInteger(fmi2Component c, const fmi2ValueReference vr[], size_t nvr,
                                      fmi2Integer value[]) {
    GET_OR_SET(fmi2GetInteger, MASK_fmi2GetValue, get_integer);
}

FMI2_EXPORT fmi2Status fmi2GetBoolean(fmi2Component c, const fmi2ValueReference vr[], size_t nvr,
                                      fmi2Boolean value[]) {
    GET_OR_SET(fmi2GetBoolean, MASK_fmi2GetValue, get_boolean);
}

FMI2_EXPORT fmi2Status fmi2GetString(fmi2Component c, const fmi2ValueReference vr[], size_t nvr,
                                     fmi2String value[]) {
    GET_OR_SET(fmi2GetString, MASK_fmi2GetValue, get_string);
}

FMI2_EXPORT fmi2Status fmi2SetReal(fmi2Component c, const fmi2ValueReference vr[], size_t nvr,
                                   const fmi2Real value[]) {
    GET_OR_SET(fmi2SetReal, MASK_fmi2SetValue, set_real);
}

FMI2_EXPORT fmi2Status fmi2SetInteger(fmi2Component c, const fmi2ValueReference vr[], size_t nvr,
                                      const fmi2Integer value[]) {
    GET_OR_SET(fmi2SetInteger, MASK_fmi2SetValue, set_integer);
}

FMI2_EXPORT fmi2Status fmi2SetBoolean(fmi2Component c, const fmi2ValueReference vr[], size_t nvr,
                                      const fmi2Boolean value[]) {
    GET_OR_SET(fmi2SetBoolean, MASK_fmi2SetValue, set_boolean);
}

FMI2_EXPORT fmi2Status fmi2SetString(fmi2Component c, const fmi2ValueReference vr[], size_t nvr,
                                     const fmi2String value[]) {
    GET_OR_SET(fmi2SetString, MASK_fmi2SetValue, set_string);
}

/* ---------------------------------------------------------------- FMU state */

/* Where `state` is in the instance's registry of live states, or -1. Compares pointers only, never reads
 * through one: an unknown value may be garbage. An instance keeps a handful of states, so a linear scan is fine. */
static long registry_index(const instance *inst, fmi2FMUstate state) {
    for (size_t i = 0; i < inst->state_count; i++)
        if (inst->states[i] == state) return (long)i;
    return -1;
}

/* Adds a state to the registry; 0, or -1 after logging when out of memory (the caller still owns `saved`). */
static int registry_add(instance *inst, const char *function, saved_state *saved) {
    if (inst->state_count == inst->state_capacity) {
        size_t capacity = inst->state_capacity ? 2 * inst->state_capacity : 8;
        void **grown = realloc(inst->states, capacity * sizeof *grown);
        if (!grown) {
            instance_log(inst, fmi2Error, "logStatusError", "%s: out of memory for the list of FMU states", function);
            return -1;
        }
        inst->states = grown;
        inst->state_capacity = capacity;
    }
    inst->states[inst->state_count++] = saved;
    return 0;
}

/* Registers a new state, in place of the live state at `previous` (freed) when that is not -1; 0, or -1 after
 * logging when out of memory (then `saved` is freed). */
static int registry_keep(instance *inst, const char *function, long previous, saved_state *saved) {
    if (previous >= 0) {
        free(inst->states[previous]);
        inst->states[previous] = saved;
        return 0;
    }
    if (registry_add(inst, function, saved) != 0) {
        free(saved);
        return -1;
    }
    return 0;
}

/* Frees the registered state at `index` and drops it from the registry (order does not matter). */
static void registry_free(instance *inst, long index) {
    free(inst->states[index]);
    inst->states[index] = inst->states[--inst->state_count];
}

/* The live state `state` of this instance, or NULL after logging why: NULL, or a pointer this instance did not
 * hand out or has freed (another instance's state, a freed one, an uninitialised variable). */
static saved_state *owned_state(instance *inst, const char *function, fmi2FMUstate state) {
    if (!not_null(inst, function, state, "FMUstate")) return NULL;
    if (registry_index(inst, state) < 0) {
        instance_log(inst, fmi2Error, "logStatusError",
                     "%s: FMUstate %p is not a live state of this instance: it was not returned by"
                     " fmi2GetFMUstate or fmi2DeSerializeFMUstate of this instance, or was freed already",
                     function, state);
        return NULL;
    }
    return (saved_state *)state;
}

static saved_state *new_state(int state, const unsigned char *bytes, size_t size) {
    saved_state *saved = malloc(sizeof *saved + size);
    if (!saved) return NULL;
    saved->state = state;
    saved->size = size;
    memcpy(saved->bytes, bytes, size);
    return saved;
}

FMI2_EXPORT fmi2Status fmi2GetFMUstate(fmi2Component c, fmi2FMUstate *FMUstate) {
    ENTER(fmi2GetFMUstate, MASK_fmi2FMUstate);
    if (!not_null(inst, "fmi2GetFMUstate", FMUstate, "FMUstate")) return fmi2Error;
    /* Section 2.1.8: a non-NULL *FMUstate is a state from an earlier call, to be overwritten. Only a state in
     * this instance's registry is taken as one; anything else is treated as NULL (FMI4j 0.38.0 passes an
     * uninitialised variable), since reading through it could crash the host. */
    long previous = *FMUstate ? registry_index(inst, *FMUstate) : -1;
    if (*FMUstate && previous < 0) {
        instance_log(inst, fmi2OK, "logEvents",
                     "fmi2GetFMUstate: *FMUstate %p is not a state of this instance (uninitialised?); returning a"
                     " new state instead of overwriting it", *FMUstate);
    }
    unsigned char *bytes = NULL;
    size_t size = 0;
    fmi2Status status = inst->ops->get_state(inst, &bytes, &size);
    if (status > fmi2Warning) return settle(inst, status);
    saved_state *saved = new_state(inst->state, bytes, size);
    free(bytes);
    if (!saved) {
        instance_log(inst, fmi2Error, "logStatusError", "fmi2GetFMUstate: out of memory for %zu bytes", size);
        return fmi2Error;
    }
    if (registry_keep(inst, "fmi2GetFMUstate", previous, saved) != 0) return fmi2Error;
    *FMUstate = saved;
    return status;
}

FMI2_EXPORT fmi2Status fmi2SetFMUstate(fmi2Component c, fmi2FMUstate FMUstate) {
    ENTER(fmi2SetFMUstate, MASK_fmi2FMUstate);
    saved_state *saved = owned_state(inst, "fmi2SetFMUstate", FMUstate);
    if (!saved) return fmi2Error;
    fmi2Status status = inst->ops->set_state(inst, saved->bytes, saved->size);
    if (status <= fmi2Warning) inst->state = saved->state;
    return settle(inst, status);
}

FMI2_EXPORT fmi2Status fmi2FreeFMUstate(fmi2Component c, fmi2FMUstate *FMUstate) {
    ENTER(fmi2FreeFMUstate, MASK_fmi2FMUstate);
    if (!not_null(inst, "fmi2FreeFMUstate", FMUstate, "FMUstate")) return fmi2Error;
    if (!*FMUstate) return fmi2OK; /* freeing nothing is allowed */
    if (!owned_state(inst, "fmi2FreeFMUstate", *FMUstate)) return fmi2Error;
    registry_free(inst, registry_index(inst, *FMUstate));
    *FMUstate = NULL;
    return fmi2OK;
}

/* Serialised layout: magic (4 bytes), shim state (4), slave bytes length (8), slave bytes; host byte order. */
#define SERIAL_HEADER (4 + 4 + 8)

FMI2_EXPORT fmi2Status fmi2SerializedFMUstateSize(fmi2Component c, fmi2FMUstate FMUstate, size_t *size) {
    ENTER(fmi2SerializedFMUstateSize, MASK_fmi2FMUstate);
    saved_state *saved = owned_state(inst, "fmi2SerializedFMUstateSize", FMUstate);
    if (!saved || !not_null(inst, "fmi2SerializedFMUstateSize", size, "size")) return fmi2Error;
    *size = SERIAL_HEADER + saved->size;
    return fmi2OK;
}

FMI2_EXPORT fmi2Status fmi2SerializeFMUstate(fmi2Component c, fmi2FMUstate FMUstate, fmi2Byte serializedState[],
                                             size_t size) {
    ENTER(fmi2SerializeFMUstate, MASK_fmi2FMUstate);
    saved_state *saved = owned_state(inst, "fmi2SerializeFMUstate", FMUstate);
    if (!saved || !not_null(inst, "fmi2SerializeFMUstate", serializedState, "serializedState")) return fmi2Error;
    if (size < SERIAL_HEADER + saved->size) {
        instance_log(inst, fmi2Error, "logStatusError",
                     "fmi2SerializeFMUstate: buffer of %zu bytes is too small; fmi2SerializedFMUstateSize says %zu",
                     size, (size_t)(SERIAL_HEADER + saved->size));
        return fmi2Error;
    }
    uint32_t magic = SAVED_STATE_MAGIC, state = (uint32_t)saved->state;
    uint64_t length = saved->size;
    memcpy(serializedState, &magic, 4);
    memcpy(serializedState + 4, &state, 4);
    memcpy(serializedState + 8, &length, 8);
    memcpy(serializedState + SERIAL_HEADER, saved->bytes, saved->size);
    return fmi2OK;
}

FMI2_EXPORT fmi2Status fmi2DeSerializeFMUstate(fmi2Component c, const fmi2Byte serializedState[], size_t size,
                                               fmi2FMUstate *FMUstate) {
    ENTER(fmi2DeSerializeFMUstate, MASK_fmi2FMUstate);
    if (!not_null(inst, "fmi2DeSerializeFMUstate", serializedState, "serializedState")
        || !not_null(inst, "fmi2DeSerializeFMUstate", FMUstate, "FMUstate"))
        return fmi2Error;
    uint32_t magic = 0, state = 0;
    uint64_t length = 0;
    if (size >= SERIAL_HEADER) {
        memcpy(&magic, serializedState, 4);
        memcpy(&state, serializedState + 4, 4);
        memcpy(&length, serializedState + 8, 8);
    }
    if (size < SERIAL_HEADER || magic != SAVED_STATE_MAGIC || length != size - SERIAL_HEADER
        || !(state & ANY_BUT_FATAL) || (state & (state - 1))) {
        instance_log(inst, fmi2Error, "logStatusError",
                     "fmi2DeSerializeFMUstate: %zu bytes are not a state serialised by this FMU (bad header or"
                     " length)", size);
        return fmi2Error;
    }
    saved_state *saved = new_state((int)state, (const unsigned char *)serializedState + SERIAL_HEADER, length);
    if (!saved) {
        instance_log(inst, fmi2Error, "logStatusError", "fmi2DeSerializeFMUstate: out of memory");
        return fmi2Error;
    }
    /* As in fmi2GetFMUstate, a live state passed in is overwritten; any other value is not read. */
    long previous = *FMUstate ? registry_index(inst, *FMUstate) : -1;
    if (registry_keep(inst, "fmi2DeSerializeFMUstate", previous, saved) != 0) return fmi2Error;
    *FMUstate = saved;
    return fmi2OK;
}

/* ---------------------------------------------------------------- Co-Simulation */

FMI2_EXPORT fmi2Status fmi2DoStep(fmi2Component c, fmi2Real currentCommunicationPoint,
                                  fmi2Real communicationStepSize, fmi2Boolean noSetFMUStatePriorToCurrentPoint) {
    (void)noSetFMUStatePriorToCurrentPoint;
    ENTER(fmi2DoStep, MASK_fmi2DoStep);
    if (!isfinite(currentCommunicationPoint)) {
        instance_log(inst, fmi2Error, "logStatusError", "fmi2DoStep: currentCommunicationPoint %g is not finite",
                     currentCommunicationPoint);
        return fmi2Error;
    }
    if (!(communicationStepSize > 0) || !isfinite(communicationStepSize)) {
        instance_log(inst, fmi2Error, "logStatusError",
                     "fmi2DoStep: communicationStepSize %g at t=%g must be positive and finite",
                     communicationStepSize, currentCommunicationPoint);
        return fmi2Error;
    }
    fmi2Status status = inst->ops->do_step(inst, currentCommunicationPoint, communicationStepSize);
    if (status == fmi2OK || status == fmi2Warning) inst->state = STATE_STEP_COMPLETE;
    else if (status == fmi2Discard) inst->state = STATE_STEP_FAILED;
    return settle(inst, status);
}

static fmi2Status unsupported(fmi2Component c, const char *function, const char *reason) {
    instance *inst = checked(c, function);
    if (!inst) return fmi2Error;
    instance_log(inst, fmi2Error, "logStatusError", "%s: not supported: %s", function, reason);
    return fmi2Error;
}

#define NO_ASYNC "this FMU steps synchronously (canRunAsynchronuously=false), so no step is ever pending"

FMI2_EXPORT fmi2Status fmi2CancelStep(fmi2Component c) { return unsupported(c, "fmi2CancelStep", NO_ASYNC); }

FMI2_EXPORT fmi2Status fmi2GetStatus(fmi2Component c, const fmi2StatusKind s, fmi2Status *value) {
    (void)s;
    (void)value;
    return unsupported(c, "fmi2GetStatus", NO_ASYNC);
}

FMI2_EXPORT fmi2Status fmi2GetRealStatus(fmi2Component c, const fmi2StatusKind s, fmi2Real *value) {
    ENTER(fmi2GetRealStatus, MASK_fmi2GetStatusKind);
    if (!not_null(inst, "fmi2GetRealStatus", value, "value")) return fmi2Error;
    if (s != fmi2LastSuccessfulTime) {
        instance_log(inst, fmi2Error, "logStatusError",
                     "fmi2GetRealStatus: status kind %d not available; only fmi2LastSuccessfulTime is", (int)s);
        return fmi2Error;
    }
    return settle(inst, inst->ops->last_successful_time(inst, value));
}

FMI2_EXPORT fmi2Status fmi2GetIntegerStatus(fmi2Component c, const fmi2StatusKind s, fmi2Integer *value) {
    (void)s;
    (void)value;
    return unsupported(c, "fmi2GetIntegerStatus", "the standard defines no Integer status kind");
}

FMI2_EXPORT fmi2Status fmi2GetBooleanStatus(fmi2Component c, const fmi2StatusKind s, fmi2Boolean *value) {
    ENTER(fmi2GetBooleanStatus, MASK_fmi2GetStatusKind);
    if (!not_null(inst, "fmi2GetBooleanStatus", value, "value")) return fmi2Error;
    if (s != fmi2Terminated) {
        instance_log(inst, fmi2Error, "logStatusError",
                     "fmi2GetBooleanStatus: status kind %d not available; only fmi2Terminated is", (int)s);
        return fmi2Error;
    }
    /* A discarded step never ends the simulation for a drivetwin slave: the master may retry. */
    *value = fmi2False;
    return fmi2OK;
}

FMI2_EXPORT fmi2Status fmi2GetStringStatus(fmi2Component c, const fmi2StatusKind s, fmi2String *value) {
    (void)s;
    (void)value;
    return unsupported(c, "fmi2GetStringStatus", NO_ASYNC);
}

FMI2_EXPORT fmi2Status fmi2SetRealInputDerivatives(fmi2Component c, const fmi2ValueReference vr[], size_t nvr,
                                                   const fmi2Integer order[], const fmi2Real value[]) {
    (void)vr, (void)nvr, (void)order, (void)value;
    return unsupported(c, "fmi2SetRealInputDerivatives", "canInterpolateInputs=false; inputs are held constant");
}

FMI2_EXPORT fmi2Status fmi2GetRealOutputDerivatives(fmi2Component c, const fmi2ValueReference vr[], size_t nvr,
                                                    const fmi2Integer order[], fmi2Real value[]) {
    (void)vr, (void)nvr, (void)order, (void)value;
    return unsupported(c, "fmi2GetRealOutputDerivatives", "maxOutputDerivativeOrder=0");
}

FMI2_EXPORT fmi2Status fmi2GetDirectionalDerivative(fmi2Component c, const fmi2ValueReference vUnknown_ref[],
                                                    size_t nUnknown, const fmi2ValueReference vKnown_ref[],
                                                    size_t nKnown, const fmi2Real dvKnown[],
                                                    fmi2Real dvUnknown[]) {
    (void)vUnknown_ref, (void)nUnknown, (void)vKnown_ref, (void)nKnown, (void)dvKnown, (void)dvUnknown;
    return unsupported(c, "fmi2GetDirectionalDerivative", "providesDirectionalDerivative=false");
}

/* ---------------------------------------------------------------- Model Exchange: not provided */

#define CS_ONLY "this FMU provides Co-Simulation only (no <ModelExchange> in its modelDescription.xml)"

FMI2_EXPORT fmi2Status fmi2EnterEventMode(fmi2Component c) { return unsupported(c, "fmi2EnterEventMode", CS_ONLY); }

FMI2_EXPORT fmi2Status fmi2NewDiscreteStates(fmi2Component c, fmi2EventInfo *eventInfo) {
    (void)eventInfo;
    return unsupported(c, "fmi2NewDiscreteStates", CS_ONLY);
}

FMI2_EXPORT fmi2Status fmi2EnterContinuousTimeMode(fmi2Component c) {
    return unsupported(c, "fmi2EnterContinuousTimeMode", CS_ONLY);
}

FMI2_EXPORT fmi2Status fmi2CompletedIntegratorStep(fmi2Component c, fmi2Boolean noSetFMUStatePriorToCurrentPoint,
                                                   fmi2Boolean *enterEventMode, fmi2Boolean *terminateSimulation) {
    (void)noSetFMUStatePriorToCurrentPoint, (void)enterEventMode, (void)terminateSimulation;
    return unsupported(c, "fmi2CompletedIntegratorStep", CS_ONLY);
}

FMI2_EXPORT fmi2Status fmi2SetTime(fmi2Component c, fmi2Real time) {
    (void)time;
    return unsupported(c, "fmi2SetTime", CS_ONLY);
}

FMI2_EXPORT fmi2Status fmi2SetContinuousStates(fmi2Component c, const fmi2Real x[], size_t nx) {
    (void)x, (void)nx;
    return unsupported(c, "fmi2SetContinuousStates", CS_ONLY);
}

FMI2_EXPORT fmi2Status fmi2GetDerivatives(fmi2Component c, fmi2Real derivatives[], size_t nx) {
    (void)derivatives, (void)nx;
    return unsupported(c, "fmi2GetDerivatives", CS_ONLY);
}

FMI2_EXPORT fmi2Status fmi2GetEventIndicators(fmi2Component c, fmi2Real eventIndicators[], size_t ni) {
    (void)eventIndicators, (void)ni;
    return unsupported(c, "fmi2GetEventIndicators", CS_ONLY);
}

FMI2_EXPORT fmi2Status fmi2GetContinuousStates(fmi2Component c, fmi2Real x[], size_t nx) {
    (void)x, (void)nx;
    return unsupported(c, "fmi2GetContinuousStates", CS_ONLY);
}

FMI2_EXPORT fmi2Status fmi2GetNominalsOfContinuousStates(fmi2Component c, fmi2Real x_nominal[], size_t nx) {
    (void)x_nominal, (void)nx;
    return unsupported(c, "fmi2GetNominalsOfContinuousStates", CS_ONLY);
}
