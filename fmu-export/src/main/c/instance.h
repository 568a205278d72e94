/*
 * One FMU instance as the shim sees it: the host's callbacks, where the instance is in the FMI 2.0
 * Co-Simulation state machine, and the backend that runs the Java slave (in this process through JNI, or in a
 * child JVM process over a pipe). The fmi2 layer (fmi2_functions.c) does every state and argument check once,
 * then calls the backend, which may assume valid arguments.
 */
#ifndef DRIVETWIN_INSTANCE_H
#define DRIVETWIN_INSTANCE_H

#include "fmi2_api.h"
#include "fmu_config.h"

/* States of FMI 2.0 section 4.2.4, one bit each so that a function's allowed states are one mask. */
enum instance_state {
    STATE_INSTANTIATED = 1 << 0,
    STATE_INITIALIZATION_MODE = 1 << 1,
    STATE_STEP_COMPLETE = 1 << 2,
    STATE_STEP_FAILED = 1 << 3,
    STATE_TERMINATED = 1 << 4,
    STATE_ERROR = 1 << 5,
    STATE_FATAL = 1 << 6
};

struct instance;

/* What a backend does; each returns an fmi2Status and has logged why when it is not fmi2OK. */
typedef struct backend_ops {
    const char *name;
    fmi2Status (*set_debug_logging)(struct instance *, int on, size_t n, const fmi2String categories[]);
    fmi2Status (*setup_experiment)(struct instance *, int tolerance_defined, double tolerance, double start,
                                   int stop_defined, double stop);
    fmi2Status (*enter_initialization)(struct instance *);
    fmi2Status (*exit_initialization)(struct instance *);
    fmi2Status (*do_step)(struct instance *, double t, double h);
    fmi2Status (*terminate)(struct instance *);
    fmi2Status (*reset)(struct instance *);
    fmi2Status (*get_real)(struct instance *, const fmi2ValueReference *, size_t, fmi2Real *);
    fmi2Status (*set_real)(struct instance *, const fmi2ValueReference *, size_t, const fmi2Real *);
    fmi2Status (*get_integer)(struct instance *, const fmi2ValueReference *, size_t, fmi2Integer *);
    fmi2Status (*set_integer)(struct instance *, const fmi2ValueReference *, size_t, const fmi2Integer *);
    fmi2Status (*get_boolean)(struct instance *, const fmi2ValueReference *, size_t, fmi2Boolean *);
    fmi2Status (*set_boolean)(struct instance *, const fmi2ValueReference *, size_t, const fmi2Boolean *);
    /* Strings handed back stay valid until the next call on this instance (instance->strings owns them). */
    fmi2Status (*get_string)(struct instance *, const fmi2ValueReference *, size_t, fmi2String *);
    fmi2Status (*set_string)(struct instance *, const fmi2ValueReference *, size_t, const fmi2String *);
    /* Serialised slave state in a malloc'd buffer the caller frees. */
    fmi2Status (*get_state)(struct instance *, unsigned char **bytes, size_t *size);
    fmi2Status (*set_state)(struct instance *, const unsigned char *bytes, size_t size);
    fmi2Status (*last_successful_time)(struct instance *, double *time);
    void (*free)(struct instance *);
} backend_ops;

typedef struct instance {
    unsigned magic; /* set while the instance is live, so a stale pointer is refused, not used */
    char *name;
    char *guid;
    char *fmu_directory;      /* the unpacked FMU's root folder */
    char *resource_directory; /* fmu_directory/resources */
    fmi2CallbackLogger logger;
    fmi2ComponentEnvironment environment;
    int logging_on;
    int state;
    fmu_config config;
    const backend_ops *ops;
    void *backend;
    /* storage for strings returned by fmi2GetString */
    char **strings;
    size_t string_count;
    /* FMU states this instance handed out (fmi2GetFMUstate, fmi2DeSerializeFMUstate) and has not freed. A state
     * pointer from the host is only dereferenced once found here: the host may pass anything (FMI4j 0.38.0 passes
     * an uninitialised *FMUstate to fmi2GetFMUstate), and reading through a stray pointer would crash it. */
    void **states;
    size_t state_count, state_capacity;
    /* the process's live instances, newest first, so a call without a usable instance can still be reported */
    struct instance *older, *newer;
} instance;

/* Sends a message to the host's logger; printf-style. Never fails, never calls back into Java. */
void instance_log(const instance *inst, fmi2Status status, const char *category, const char *format, ...)
    __attribute__((format(printf, 4, 5)));

/* Replaces the strings kept for fmi2GetString with n empty slots; returns 0, or -1 when out of memory. */
int instance_reserve_strings(instance *inst, size_t n);

/* Backends: each fills inst->ops and inst->backend; returns 0 on success, -1 after logging why, or
 * BACKEND_HOST_JVM_TOO_OLD when the process already runs a JVM older than Java 17 (auto mode then runs a child). */
#define BACKEND_HOST_JVM_TOO_OLD (-2)
int jvm_backend_open(instance *inst);
int child_backend_open(instance *inst);

#endif
