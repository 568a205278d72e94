/*
 * A minimal FMI 2.0 Co-Simulation host of our own, for testing FMUs from outside Java. It dlopens an unpacked
 * FMU's binaries/linux64/<modelIdentifier>.so (it links no JVM: a drivetwin shim creates its own), runs one
 * scenario and prints machine-readable lines on stdout:
 *   RESULT <key>=<value>                                   a figure the scenario measured
 *   LOG instance=<name> status=<fmi2Status> category=<c> message=<text, newlines as \n>
 *   MISUSE case=<id> function=<fmi2 function> returned=<status|NULL|void> expected=<...> logged=<n> message=<last>
 *   FAIL <why>                                             one of the scenario's own checks failed
 * The exit code is 0 when every check of the scenario passed, 1 when one failed, 2 for a usage error.
 *
 * Usage: fmu_host two-instances|threads|leak|misuse|set-then-read <unpacked FMU dir>
 *        fmu_host smoke <unpacked FMU dir> [real:<vr>=<value> | integer:<vr>=<value>
 *                                           | boolean:<vr>=true|false|1|0 | string:<vr>=<text> ...]
 *        fmu_host bench <unpacked Java-slave FMU dir> <unpacked plain C FMU dir>
 *
 * smoke's optional assignments are start values, e.g. `real:12=0.02 integer:0=7 boolean:0=true string:1=B0005`:
 * fmi2SetReal, fmi2SetInteger, fmi2SetBoolean or fmi2SetString of value reference <vr> (decimal) to <value> (a C
 * double as strtod reads it; a decimal int; true, false, 1 or 0; the rest of the argument as is, possibly empty),
 * applied in the order given after fmi2Instantiate and before fmi2EnterInitializationMode, where FMI 2.0 lets a
 * host set parameters (fixed or tunable) and inputs. A malformed assignment is a usage error; one the FMU refuses
 * fails the scenario.
 *
 * Declarations come from the shim's own header (fmu-export/src/main/c/fmi2_api.h); the host only takes the
 * function types from it and looks every function up in the FMU with dlsym.
 */
#include "fmi2_api.h"

#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* ------------------------------------------------------------------ the FMU as a table of functions */

#define FMI2_FUNCTIONS(X)                                                                                       \
    X(fmi2GetTypesPlatform) X(fmi2GetVersion) X(fmi2SetDebugLogging) X(fmi2Instantiate) X(fmi2FreeInstance)     \
    X(fmi2SetupExperiment) X(fmi2EnterInitializationMode) X(fmi2ExitInitializationMode) X(fmi2Terminate)        \
    X(fmi2Reset) X(fmi2GetReal) X(fmi2GetInteger) X(fmi2GetBoolean) X(fmi2GetString) X(fmi2SetReal)             \
    X(fmi2SetInteger) X(fmi2SetBoolean) X(fmi2SetString) X(fmi2GetFMUstate) X(fmi2SetFMUstate)                  \
    X(fmi2FreeFMUstate) X(fmi2SerializedFMUstateSize) X(fmi2SerializeFMUstate) X(fmi2DeSerializeFMUstate)       \
    X(fmi2GetDirectionalDerivative) X(fmi2EnterEventMode) X(fmi2NewDiscreteStates)                              \
    X(fmi2EnterContinuousTimeMode) X(fmi2CompletedIntegratorStep) X(fmi2SetTime) X(fmi2SetContinuousStates)     \
    X(fmi2GetDerivatives) X(fmi2GetEventIndicators) X(fmi2GetContinuousStates)                                  \
    X(fmi2GetNominalsOfContinuousStates) X(fmi2SetRealInputDerivatives) X(fmi2GetRealOutputDerivatives)         \
    X(fmi2DoStep) X(fmi2CancelStep) X(fmi2GetStatus) X(fmi2GetRealStatus) X(fmi2GetIntegerStatus)               \
    X(fmi2GetBooleanStatus) X(fmi2GetStringStatus)

typedef struct {
    void *library;
    char directory[PATH_MAX];
    char identifier[256];
    char guid[256];
    char resource_uri[3 * PATH_MAX + 32];
#define FIELD(name) __typeof__(&name) name;
    FMI2_FUNCTIONS(FIELD)
#undef FIELD
} fmu;

/* ThermalMass value references (its modelDescription.xml; ThermalMassNative uses the same ones). */
enum { VR_HEAT_CAPACITY = 0, VR_THERMAL_RESISTANCE = 1, VR_INITIAL_TEMPERATURE = 2, VR_HEAT_FLOW = 3,
       VR_AMBIENT_TEMPERATURE = 4, VR_TEMPERATURE = 5 };
enum { VR_STEP_COUNT = 0 };

static const char *status_name(fmi2Status status) {
    static const char *names[] = {"fmi2OK", "fmi2Warning", "fmi2Discard", "fmi2Error", "fmi2Fatal", "fmi2Pending"};
    return (unsigned)status < sizeof names / sizeof names[0] ? names[status] : "unknown";
}

/* ------------------------------------------------------------------ logger callback */

static size_t log_count;
static char last_message[8192];
static int quiet; /* the benchmark expects no messages and must not pay for printing any */

static void escape_newlines(char *text) {
    for (char *p = text; *p; p++)
        if (*p == '\n' || *p == '\r') *p = '|';
}

static void host_logger(fmi2ComponentEnvironment environment, fmi2String instanceName, fmi2Status status,
                        fmi2String category, fmi2String message, ...) {
    (void)environment;
    va_list args;
    va_start(args, message);
    vsnprintf(last_message, sizeof last_message, message ? message : "(NULL message)", args);
    va_end(args);
    escape_newlines(last_message);
    log_count++;
    if (quiet) return;
    printf("LOG instance=%s status=%s category=%s message=%s\n", instanceName ? instanceName : "(NULL)",
           status_name(status), category ? category : "(NULL)", last_message);
}

static const fmi2CallbackFunctions callbacks = {host_logger, calloc, free, NULL, NULL};

/* ------------------------------------------------------------------ loading */

static char *read_file(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    rewind(file);
    char *text = malloc((size_t)size + 1);
    if (text && fread(text, 1, (size_t)size, file) != (size_t)size) {
        free(text);
        text = NULL;
    }
    if (text) text[size] = '\0';
    fclose(file);
    return text;
}

/* Copies the value of attribute `name` of the first element `element` in xml; 0, or -1 if absent. */
static int xml_attribute(const char *xml, const char *element, const char *name, char *value, size_t size) {
    const char *start = strstr(xml, element);
    if (!start) return -1;
    const char *end = strchr(start, '>');
    char pattern[64];
    snprintf(pattern, sizeof pattern, " %s=\"", name);
    const char *found = strstr(start, pattern);
    if (!found || (end && found > end)) return -1;
    found += strlen(pattern);
    const char *close = strchr(found, '"');
    if (!close || (size_t)(close - found) >= size) return -1;
    memcpy(value, found, (size_t)(close - found));
    value[close - found] = '\0';
    return 0;
}

/* file:// URI of path, percent-encoding everything but unreserved characters and '/'. */
static void file_uri(const char *path, char *uri, size_t size) {
    size_t j = (size_t)snprintf(uri, size, "file://");
    for (const unsigned char *p = (const unsigned char *)path; *p && j + 4 < size; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || strchr("/-._~", *p))
            uri[j++] = (char)*p;
        else
            j += (size_t)snprintf(uri + j, size - j, "%%%02X", *p);
    }
    uri[j] = '\0';
}

static int load(fmu *f, const char *directory) {
    memset(f, 0, sizeof *f);
    if (!realpath(directory, f->directory)) {
        printf("FAIL cannot resolve FMU directory %s\n", directory);
        return -1;
    }
    char path[PATH_MAX + 64];
    snprintf(path, sizeof path, "%s/modelDescription.xml", f->directory);
    char *xml = read_file(path);
    if (!xml || xml_attribute(xml, "<fmiModelDescription", "guid", f->guid, sizeof f->guid) != 0
        || xml_attribute(xml, "<CoSimulation", "modelIdentifier", f->identifier, sizeof f->identifier) != 0) {
        printf("FAIL %s: cannot read guid and CoSimulation modelIdentifier\n", path);
        free(xml);
        return -1;
    }
    free(xml);
    snprintf(path, sizeof path, "%s/resources", f->directory);
    file_uri(path, f->resource_uri, sizeof f->resource_uri);
    char library[2 * PATH_MAX];
    snprintf(library, sizeof library, "%s/binaries/linux64/%s.so", f->directory, f->identifier);
    f->library = dlopen(library, RTLD_NOW | RTLD_LOCAL);
    if (!f->library) {
        printf("FAIL dlopen %s: %s\n", library, dlerror());
        return -1;
    }
#define LOOKUP(name) f->name = (__typeof__(&name))dlsym(f->library, #name);
    FMI2_FUNCTIONS(LOOKUP)
#undef LOOKUP
    printf("RESULT fmu.identifier=%s\nRESULT fmu.guid=%s\n", f->identifier, f->guid);
    return 0;
}

/* ------------------------------------------------------------------ checks and small steps */

#define CHECK(condition, ...)                                                                                   \
    do {                                                                                                         \
        if (!(condition)) {                                                                                      \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);                                                          \
            printf(__VA_ARGS__);                                                                                 \
            printf("\n");                                                                                        \
            return 1;                                                                                            \
        }                                                                                                        \
    } while (0)

#define CHECK_OK(call) CHECK((call) == fmi2OK, "%s did not return fmi2OK", #call)

static fmi2Component instantiate(const fmu *f, const char *name) {
    return f->fmi2Instantiate(name, fmi2CoSimulation, f->guid, f->resource_uri, &callbacks, fmi2False, fmi2False);
}

/* Setup at t=0 and initialization, leaving the instance in StepComplete. */
static int start(const fmu *f, fmi2Component c) {
    CHECK_OK(f->fmi2SetupExperiment(c, fmi2False, 0, 0, fmi2False, 0));
    CHECK_OK(f->fmi2EnterInitializationMode(c));
    CHECK_OK(f->fmi2ExitInitializationMode(c));
    return 0;
}

static int set_real(const fmu *f, fmi2Component c, fmi2ValueReference vr, double value) {
    CHECK_OK(f->fmi2SetReal(c, &vr, 1, &value));
    return 0;
}

static int get_real(const fmu *f, fmi2Component c, fmi2ValueReference vr, double *value) {
    CHECK_OK(f->fmi2GetReal(c, &vr, 1, value));
    return 0;
}

/* ------------------------------------------------------------------ two-instances */

#define STEPS 10000
#define SNAPSHOT_STEP 5000
#define STEP_SIZE 0.01 /* [s]; time of step k is k * STEP_SIZE, never a running sum */

typedef struct {
    const char *name;
    double heat_capacity; /* [J/K] */
    double heat_flow;     /* [W] */
    fmi2Component c;
    fmi2FMUstate snapshot;
    double after_snapshot[STEPS - SNAPSHOT_STEP]; /* temperature after each step from the snapshot on [K] */
    int step_count;
} mass;

static int step_and_record(const fmu *f, mass *m, int k, double *recorded) {
    CHECK(f->fmi2DoStep(m->c, k * STEP_SIZE, STEP_SIZE, fmi2True) == fmi2OK, "%s: fmi2DoStep at step %d", m->name, k);
    CHECK(get_real(f, m->c, VR_TEMPERATURE, recorded) == 0, "%s: temperature after step %d", m->name, k);
    return 0;
}

/* Steps from the snapshot to the end again and compares each temperature with the first run, bit for bit. */
static int replay(const fmu *f, mass *m, const char *how) {
    size_t mismatches = 0;
    int first_mismatch = -1;
    for (int k = SNAPSHOT_STEP; k < STEPS; k++) {
        double temperature;
        if (step_and_record(f, m, k, &temperature) != 0) return 1;
        if (memcmp(&temperature, &m->after_snapshot[k - SNAPSHOT_STEP], sizeof temperature) != 0) {
            if (first_mismatch < 0) first_mismatch = k;
            mismatches++;
        }
    }
    fmi2ValueReference vr = VR_STEP_COUNT;
    fmi2Integer count = -1;
    CHECK_OK(f->fmi2GetInteger(m->c, &vr, 1, &count));
    printf("RESULT %s.%s.replayedSteps=%d\n", m->name, how, STEPS - SNAPSHOT_STEP);
    printf("RESULT %s.%s.mismatches=%zu\n", m->name, how, mismatches);
    printf("RESULT %s.%s.stepCount=%d\n", m->name, how, count);
    CHECK(mismatches == 0, "%s after %s: %zu temperatures differ from the first run, first at step %d", m->name, how,
          mismatches, first_mismatch);
    CHECK(count == m->step_count, "%s after %s: stepCount %d, first run %d", m->name, how, count, m->step_count);
    return 0;
}

static int restore_and_replay(const fmu *f, mass *m) {
    CHECK_OK(f->fmi2SetFMUstate(m->c, m->snapshot));
    if (replay(f, m, "restore") != 0) return 1;

    size_t size = 0;
    CHECK_OK(f->fmi2SerializedFMUstateSize(m->c, m->snapshot, &size));
    fmi2Byte *bytes = malloc(size);
    CHECK(bytes, "out of memory");
    fmi2FMUstate copy = NULL;
    fmi2Status serialized = f->fmi2SerializeFMUstate(m->c, m->snapshot, bytes, size);
    fmi2Status deserialized = serialized == fmi2OK ? f->fmi2DeSerializeFMUstate(m->c, bytes, size, &copy) : fmi2Error;
    free(bytes);
    CHECK(serialized == fmi2OK && deserialized == fmi2OK, "%s: serialize %s, deserialize %s", m->name,
          status_name(serialized), status_name(deserialized));
    printf("RESULT %s.serializedStateBytes=%zu\n", m->name, size);
    CHECK_OK(f->fmi2SetFMUstate(m->c, copy));
    int replayed = replay(f, m, "deserialize");
    CHECK_OK(f->fmi2FreeFMUstate(m->c, &copy));
    CHECK_OK(f->fmi2FreeFMUstate(m->c, &m->snapshot));
    return replayed;
}

static int scenario_two_instances(const fmu *f) {
    static mass masses[2] = {{.name = "a", .heat_capacity = 1000, .heat_flow = 100},
                             {.name = "b", .heat_capacity = 2500, .heat_flow = 40}};
    for (int i = 0; i < 2; i++) {
        mass *m = &masses[i];
        m->c = instantiate(f, m->name);
        CHECK(m->c, "fmi2Instantiate %s returned NULL", m->name);
        if (set_real(f, m->c, VR_HEAT_CAPACITY, m->heat_capacity) || set_real(f, m->c, VR_HEAT_FLOW, m->heat_flow)
            || start(f, m->c))
            return 1;
        /* Report what the FMU holds, so the test computes the closed form from the FMU's own values. */
        static const struct { fmi2ValueReference vr; const char *name; } reals[] = {
            {VR_HEAT_CAPACITY, "heatCapacity"}, {VR_THERMAL_RESISTANCE, "thermalResistance"},
            {VR_INITIAL_TEMPERATURE, "initialTemperature"}, {VR_HEAT_FLOW, "heatFlow"},
            {VR_AMBIENT_TEMPERATURE, "ambientTemperature"}};
        for (size_t r = 0; r < sizeof reals / sizeof reals[0]; r++) {
            double value;
            if (get_real(f, m->c, reals[r].vr, &value)) return 1;
            printf("RESULT %s.%s=%.17g\n", m->name, reals[r].name, value);
        }
    }
    printf("RESULT steps=%d\nRESULT stepSize=%.17g\n", STEPS, STEP_SIZE);
    /* Both instances advance together, so any shared state between them would show in the results. */
    for (int k = 0; k < STEPS; k++) {
        for (int i = 0; i < 2; i++) {
            mass *m = &masses[i];
            if (k == SNAPSHOT_STEP) CHECK_OK(f->fmi2GetFMUstate(m->c, &m->snapshot));
            double temperature;
            if (step_and_record(f, m, k, &temperature) != 0) return 1;
            if (k >= SNAPSHOT_STEP) m->after_snapshot[k - SNAPSHOT_STEP] = temperature;
        }
    }
    for (int i = 0; i < 2; i++) {
        mass *m = &masses[i];
        fmi2ValueReference vr = VR_STEP_COUNT;
        CHECK_OK(f->fmi2GetInteger(m->c, &vr, 1, &m->step_count));
        printf("RESULT %s.temperature=%.17g\n", m->name, m->after_snapshot[STEPS - SNAPSHOT_STEP - 1]);
        printf("RESULT %s.stepCount=%d\n", m->name, m->step_count);
    }
    printf("RESULT snapshotStep=%d\n", SNAPSHOT_STEP);
    for (int i = 0; i < 2; i++)
        if (restore_and_replay(f, &masses[i]) != 0) return 1;
    for (int i = 0; i < 2; i++) {
        CHECK_OK(f->fmi2Terminate(masses[i].c));
        f->fmi2FreeInstance(masses[i].c);
    }
    return 0;
}

/* ------------------------------------------------------------------ threads */

/* FMI 2.0 lets a host call one instance from any thread, one call at a time, and different instances at once.
 * Part one: one instance, instantiated here, is stepped by THREAD_HOPS short-lived threads in turn (each attaches
 * to the JVM, and is detached when it ends). Part two: two instances are stepped at the same time from two threads.
 * Every final temperature is printed for the test to compare with the closed form. */
#define THREAD_HOPS 8
#define STEPS_PER_HOP 500

typedef struct {
    const fmu *f;
    fmi2Component c;
    int first_step, steps, failed;
} stepping;

static void *step_on_this_thread(void *argument) {
    stepping *work = argument;
    for (int k = work->first_step; k < work->first_step + work->steps && !work->failed; k++) {
        work->failed = work->f->fmi2DoStep(work->c, k * STEP_SIZE, STEP_SIZE, fmi2True) != fmi2OK;
    }
    return NULL;
}

static int run_on_new_thread(stepping *work, pthread_t *thread) {
    CHECK(pthread_create(thread, NULL, step_on_this_thread, work) == 0, "pthread_create failed");
    return 0;
}

static int scenario_threads(const fmu *f) {
    fmi2Component hopping = instantiate(f, "hopping");
    CHECK(hopping, "fmi2Instantiate returned NULL");
    if (set_real(f, hopping, VR_HEAT_FLOW, 100.0) || start(f, hopping)) return 1;
    for (int hop = 0; hop < THREAD_HOPS; hop++) {
        stepping work = {f, hopping, hop * STEPS_PER_HOP, STEPS_PER_HOP, 0};
        pthread_t thread;
        if (run_on_new_thread(&work, &thread)) return 1;
        pthread_join(thread, NULL);
        CHECK(!work.failed, "fmi2DoStep failed on hop %d", hop);
    }
    double temperature;
    if (get_real(f, hopping, VR_TEMPERATURE, &temperature)) return 1;
    printf("RESULT threads.hopping.steps=%d\nRESULT threads.hopping.temperature=%.17g\n",
           THREAD_HOPS * STEPS_PER_HOP, temperature);
    f->fmi2FreeInstance(hopping);

    const double heat_flows[2] = {100.0, 40.0};
    stepping work[2];
    pthread_t threads[2];
    for (int i = 0; i < 2; i++) {
        fmi2Component c = instantiate(f, i == 0 ? "concurrent0" : "concurrent1");
        CHECK(c, "fmi2Instantiate returned NULL");
        if (set_real(f, c, VR_HEAT_FLOW, heat_flows[i]) || start(f, c)) return 1;
        work[i] = (stepping){f, c, 0, THREAD_HOPS * STEPS_PER_HOP, 0};
    }
    for (int i = 0; i < 2; i++)
        if (run_on_new_thread(&work[i], &threads[i])) return 1;
    for (int i = 0; i < 2; i++) {
        pthread_join(threads[i], NULL);
        CHECK(!work[i].failed, "fmi2DoStep failed on concurrent instance %d", i);
        if (get_real(f, work[i].c, VR_TEMPERATURE, &temperature)) return 1;
        printf("RESULT threads.concurrent%d.heatFlow=%.17g\nRESULT threads.concurrent%d.temperature=%.17g\n", i,
               heat_flows[i], i, temperature);
        f->fmi2FreeInstance(work[i].c);
    }
    return 0;
}

/* ------------------------------------------------------------------ leak */

#define LEAK_WARM_UP 500
#define LEAK_CYCLES 1000
/* An in-process JVM fills its young generation and its metaspace (up to the metadata GC threshold) over the first
 * few hundred instances, since each instance has a class loader of its own; after that resident memory follows a
 * sawtooth between GCs. So LEAK_WARM_UP cycles run first, then LEAK_CYCLES measured ones, and the peak of the
 * warm-up's last LEAK_WINDOW cycles is compared with the peak of the measured cycles' last LEAK_WINDOW: a sawtooth
 * has level peaks, while a leak of L bytes per cycle raises the later peak by about LEAK_CYCLES * L. */
#define LEAK_WINDOW 150

static long resident_kib(void) {
    long pages_total = 0, pages_resident = 0;
    FILE *statm = fopen("/proc/self/statm", "r");
    if (!statm) return -1;
    int read = fscanf(statm, "%ld %ld", &pages_total, &pages_resident);
    fclose(statm);
    return read == 2 ? pages_resident * (sysconf(_SC_PAGESIZE) / 1024) : -1;
}

static long max_long(long a, long b) { return a > b ? a : b; }

static int scenario_leak(const fmu *f) {
    const int total = LEAK_WARM_UP + LEAK_CYCLES;
    long at_50 = -1, warm_peak = -1, last_peak = -1;
    for (int cycle = 1; cycle <= total; cycle++) {
        fmi2Component c = instantiate(f, "leak");
        CHECK(c, "cycle %d: fmi2Instantiate returned NULL", cycle);
        if (set_real(f, c, VR_HEAT_FLOW, 50.0) || start(f, c)) return 1;
        for (int k = 0; k < 10; k++) CHECK_OK(f->fmi2DoStep(c, k * STEP_SIZE, STEP_SIZE, fmi2True));
        CHECK_OK(f->fmi2Terminate(c));
        f->fmi2FreeInstance(c);
        long resident = resident_kib();
        CHECK(resident > 0, "cannot read /proc/self/statm");
        if (cycle == 50) at_50 = resident;
        if (cycle % 250 == 0) printf("RESULT leak.residentKiB.cycle%d=%ld\n", cycle, resident);
        if (cycle > LEAK_WARM_UP - LEAK_WINDOW && cycle <= LEAK_WARM_UP) warm_peak = max_long(warm_peak, resident);
        if (cycle > total - LEAK_WINDOW) last_peak = max_long(last_peak, resident);
    }
    printf("RESULT leak.warmUpCycles=%d\nRESULT leak.cycles=%d\nRESULT leak.window=%d\n", LEAK_WARM_UP,
           LEAK_CYCLES, LEAK_WINDOW);
    printf("RESULT leak.peakKiBEndOfWarmUp=%ld\nRESULT leak.peakKiBEnd=%ld\n", warm_peak, last_peak);
    printf("RESULT leak.peakGrowthKiB=%ld\n", last_peak - warm_peak);
    printf("RESULT leak.growthKiBFromCycle50=%ld\n", resident_kib() - at_50);
    return 0;
}

/* ------------------------------------------------------------------ misuse */

static int misuse_failures;

/* One refused call: prints what came back and the last message logged during the call. */
static void report(const char *id, const char *function, const char *returned, const char *expected,
                   size_t logs_before) {
    size_t logged = log_count - logs_before;
    printf("MISUSE case=%s function=%s returned=%s expected=%s logged=%zu message=%s\n", id, function, returned,
           expected, logged, logged ? last_message : "");
    if (strcmp(returned, expected) != 0 || logged == 0) {
        printf("FAIL case %s: %s returned %s (expected %s) and logged %zu messages (expected at least one)\n", id,
               function, returned, expected, logged);
        misuse_failures++;
    }
}

#define REFUSED(id, function, call)                                                                              \
    do {                                                                                                         \
        size_t before = log_count;                                                                               \
        fmi2Status status = (call);                                                                              \
        report(id, #function, status_name(status), "fmi2Error", before);                                         \
    } while (0)

/* A fresh instance, set up and initialised (StepComplete at t=0), or NULL after reporting why. */
static fmi2Component fresh(const fmu *f, const char *id) {
    fmi2Component c = instantiate(f, id);
    if (!c || start(f, c) != 0) {
        printf("FAIL case %s: cannot instantiate and initialise a fresh instance\n", id);
        misuse_failures++;
        if (c) f->fmi2FreeInstance(c);
        return NULL;
    }
    return c;
}

/* Every function that takes an fmi2Component, called with NULL and otherwise valid arguments. A live instance
 * exists meanwhile, as in any real host, so the FMU has a logger to report to. */
static void misuse_null_instance(const fmu *f) {
    fmi2Component live = fresh(f, "live");
    if (!live) return;
    fmi2ValueReference vr[1] = {VR_HEAT_FLOW};
    fmi2Real real[1] = {1};
    fmi2Integer integer[1] = {1}, order[1] = {1};
    fmi2Boolean boolean[1] = {fmi2True}, flag = fmi2False, flag2 = fmi2False;
    fmi2String string[1] = {"text"}, text = NULL;
    fmi2String category[1] = {"logAll"};
    fmi2FMUstate state = NULL;
    fmi2Byte bytes[64] = {0};
    size_t size = 0;
    fmi2Status status_value;
    fmi2EventInfo event_info;
#define NULL_CALL(function, ...) REFUSED("null-instance:" #function, function, f->function(NULL, __VA_ARGS__))
#define NULL_CALL0(function) REFUSED("null-instance:" #function, function, f->function(NULL))
    NULL_CALL(fmi2SetDebugLogging, fmi2True, 1, category);
    NULL_CALL(fmi2SetupExperiment, fmi2False, 0, 0, fmi2False, 0);
    NULL_CALL0(fmi2EnterInitializationMode);
    NULL_CALL0(fmi2ExitInitializationMode);
    NULL_CALL0(fmi2Terminate);
    NULL_CALL0(fmi2Reset);
    NULL_CALL(fmi2GetReal, vr, 1, real);
    NULL_CALL(fmi2GetInteger, vr, 1, integer);
    NULL_CALL(fmi2GetBoolean, vr, 1, boolean);
    NULL_CALL(fmi2GetString, vr, 1, string);
    NULL_CALL(fmi2SetReal, vr, 1, real);
    NULL_CALL(fmi2SetInteger, vr, 1, integer);
    NULL_CALL(fmi2SetBoolean, vr, 1, boolean);
    NULL_CALL(fmi2SetString, vr, 1, string);
    NULL_CALL(fmi2GetFMUstate, &state);
    NULL_CALL(fmi2SetFMUstate, state);
    NULL_CALL(fmi2FreeFMUstate, &state);
    NULL_CALL(fmi2SerializedFMUstateSize, state, &size);
    NULL_CALL(fmi2SerializeFMUstate, state, bytes, sizeof bytes);
    NULL_CALL(fmi2DeSerializeFMUstate, bytes, sizeof bytes, &state);
    NULL_CALL(fmi2GetDirectionalDerivative, vr, 1, vr, 1, real, real);
    NULL_CALL0(fmi2EnterEventMode);
    NULL_CALL(fmi2NewDiscreteStates, &event_info);
    NULL_CALL0(fmi2EnterContinuousTimeMode);
    NULL_CALL(fmi2CompletedIntegratorStep, fmi2True, &flag, &flag2);
    NULL_CALL(fmi2SetTime, 0);
    NULL_CALL(fmi2SetContinuousStates, real, 1);
    NULL_CALL(fmi2GetDerivatives, real, 1);
    NULL_CALL(fmi2GetEventIndicators, real, 1);
    NULL_CALL(fmi2GetContinuousStates, real, 1);
    NULL_CALL(fmi2GetNominalsOfContinuousStates, real, 1);
    NULL_CALL(fmi2SetRealInputDerivatives, vr, 1, order, real);
    NULL_CALL(fmi2GetRealOutputDerivatives, vr, 1, order, real);
    NULL_CALL(fmi2DoStep, 0, STEP_SIZE, fmi2True);
    NULL_CALL0(fmi2CancelStep);
    NULL_CALL(fmi2GetStatus, fmi2DoStepStatus, &status_value);
    NULL_CALL(fmi2GetRealStatus, fmi2LastSuccessfulTime, real);
    NULL_CALL(fmi2GetIntegerStatus, fmi2DoStepStatus, integer);
    NULL_CALL(fmi2GetBooleanStatus, fmi2Terminated, boolean);
    NULL_CALL(fmi2GetStringStatus, fmi2PendingStatus, &text);
#undef NULL_CALL
#undef NULL_CALL0
    /* fmi2FreeInstance(NULL) is legal and has no effect (FMI 2.0 section 2.1.5); it returns nothing. */
    size_t before = log_count;
    f->fmi2FreeInstance(NULL);
    report("null-instance:fmi2FreeInstance", "fmi2FreeInstance", "void", "void", before);
    /* The live instance is untouched by all of the above. */
    if (f->fmi2DoStep(live, 0, STEP_SIZE, fmi2True) != fmi2OK) {
        printf("FAIL case null-instance: the live instance cannot step after the NULL calls\n");
        misuse_failures++;
    }
    f->fmi2FreeInstance(live);
}

static void misuse_arguments(const fmu *f) {
    fmi2ValueReference unknown = 99, heat_flow = VR_HEAT_FLOW, temperature = VR_TEMPERATURE,
                       resistance = VR_THERMAL_RESISTANCE;
    fmi2Real value = 0, nan = NAN, one = 1;
    fmi2Component c;

    if ((c = fresh(f, "unknown-vr-get"))) {
        REFUSED("unknown-vr-get", fmi2GetReal, f->fmi2GetReal(c, &unknown, 1, &value));
        f->fmi2FreeInstance(c);
    }
    if ((c = fresh(f, "unknown-vr-set"))) {
        REFUSED("unknown-vr-set", fmi2SetReal, f->fmi2SetReal(c, &unknown, 1, &one));
        f->fmi2FreeInstance(c);
    }
    if ((c = instantiate(f, "step-before-initialization"))) {
        REFUSED("step-before-initialization", fmi2DoStep, f->fmi2DoStep(c, 0, STEP_SIZE, fmi2True));
        f->fmi2FreeInstance(c);
    }
    if ((c = fresh(f, "nan-input"))) {
        REFUSED("nan-input", fmi2SetReal, f->fmi2SetReal(c, &heat_flow, 1, &nan));
        f->fmi2FreeInstance(c);
    }
    if ((c = fresh(f, "negative-step"))) {
        REFUSED("negative-step", fmi2DoStep, f->fmi2DoStep(c, 0, -STEP_SIZE, fmi2True));
        REFUSED("zero-step", fmi2DoStep, f->fmi2DoStep(c, 0, 0, fmi2True));
        f->fmi2FreeInstance(c);
    }
    if ((c = fresh(f, "null-pointers"))) {
        REFUSED("null-vr-get", fmi2GetReal, f->fmi2GetReal(c, NULL, 1, &value));
        REFUSED("null-value-get", fmi2GetReal, f->fmi2GetReal(c, &temperature, 1, NULL));
        REFUSED("null-vr-set", fmi2SetReal, f->fmi2SetReal(c, NULL, 1, &one));
        REFUSED("null-value-set", fmi2SetReal, f->fmi2SetReal(c, &heat_flow, 1, NULL));
        f->fmi2FreeInstance(c);
    }
    if ((c = fresh(f, "set-output"))) {
        REFUSED("set-output", fmi2SetReal, f->fmi2SetReal(c, &temperature, 1, &one));
        f->fmi2FreeInstance(c);
    }
    if ((c = fresh(f, "set-fixed-parameter"))) {
        REFUSED("set-fixed-parameter", fmi2SetReal, f->fmi2SetReal(c, &resistance, 1, &one));
        f->fmi2FreeInstance(c);
    }
    if ((c = fresh(f, "wrong-communication-point"))) {
        if (f->fmi2DoStep(c, 0, STEP_SIZE, fmi2True) != fmi2OK) {
            printf("FAIL case wrong-communication-point: the first step failed\n");
            misuse_failures++;
        } else {
            REFUSED("wrong-communication-point", fmi2DoStep, f->fmi2DoStep(c, 5.0, STEP_SIZE, fmi2True));
        }
        f->fmi2FreeInstance(c);
    }
    size_t before = log_count;
    c = f->fmi2Instantiate("guid-mismatch", fmi2CoSimulation, "{00000000-0000-0000-0000-000000000000}",
                           f->resource_uri, &callbacks, fmi2False, fmi2False);
    report("guid-mismatch", "fmi2Instantiate", c ? "instance" : "NULL", "NULL", before);
    if (c) f->fmi2FreeInstance(c);
}

/* FMU states from anywhere but this instance's own fmi2GetFMUstate: the shim must never read through them. The
 * unmapped address crashes any FMU that dereferences it, so a pass means the pointer was only compared. */
static void misuse_states(const fmu *f) {
    fmi2FMUstate garbage = (fmi2FMUstate)(uintptr_t)0xdead0000beefULL, state;
    fmi2Byte bytes[64];
    size_t size = 0;
    fmi2Component c, other;

    /* FMI4j 0.38.0 calls fmi2GetFMUstate with *FMUstate uninitialised: a new state must come back, with a debug
     * message (debug logging is on) saying the pointer passed in was not overwritten. */
    if ((c = fresh(f, "garbage-state-get"))) {
        f->fmi2SetDebugLogging(c, fmi2True, 0, NULL);
        state = garbage;
        size_t before = log_count;
        fmi2Status status = f->fmi2GetFMUstate(c, &state);
        report("garbage-state-get", "fmi2GetFMUstate", status_name(status), "fmi2OK", before);
        if (status == fmi2OK && (state == garbage || state == NULL
                                 || f->fmi2SetFMUstate(c, state) != fmi2OK
                                 || f->fmi2FreeFMUstate(c, &state) != fmi2OK || state != NULL)) {
            printf("FAIL case garbage-state-get: the state returned cannot be set and freed\n");
            misuse_failures++;
        }
        f->fmi2FreeInstance(c);
    }
    /* The legal use of a non-NULL *FMUstate: a live state of this instance is overwritten (by fmi2GetFMUstate or
     * fmi2DeSerializeFMUstate), and stays usable. */
    if ((c = fresh(f, "overwritten-state"))) {
        state = NULL;
        fmi2Byte serialized[4096];
        int ok = f->fmi2GetFMUstate(c, &state) == fmi2OK && f->fmi2DoStep(c, 0, STEP_SIZE, fmi2True) == fmi2OK
                 && f->fmi2GetFMUstate(c, &state) == fmi2OK && f->fmi2SetFMUstate(c, state) == fmi2OK
                 && f->fmi2SerializedFMUstateSize(c, state, &size) == fmi2OK && size <= sizeof serialized
                 && f->fmi2SerializeFMUstate(c, state, serialized, size) == fmi2OK
                 && f->fmi2DeSerializeFMUstate(c, serialized, size, &state) == fmi2OK
                 && f->fmi2SetFMUstate(c, state) == fmi2OK
                 && f->fmi2FreeFMUstate(c, &state) == fmi2OK && state == NULL;
        if (!ok) {
            printf("FAIL case overwritten-state: a state passed back to fmi2GetFMUstate is not overwritten and"
                   " usable\n");
            misuse_failures++;
        }
        f->fmi2FreeInstance(c);
    }
    if ((c = fresh(f, "unknown-state"))) {
        state = garbage;
        REFUSED("unknown-state-set", fmi2SetFMUstate, f->fmi2SetFMUstate(c, garbage));
        REFUSED("unknown-state-free", fmi2FreeFMUstate, f->fmi2FreeFMUstate(c, &state));
        REFUSED("unknown-state-size", fmi2SerializedFMUstateSize, f->fmi2SerializedFMUstateSize(c, garbage, &size));
        REFUSED("unknown-state-serialize", fmi2SerializeFMUstate,
                f->fmi2SerializeFMUstate(c, garbage, bytes, sizeof bytes));
        f->fmi2FreeInstance(c);
    }
    /* A state that was live once: freed by this instance, or made by another one. */
    if ((c = fresh(f, "freed-state"))) {
        state = NULL;
        if (f->fmi2GetFMUstate(c, &state) != fmi2OK) {
            printf("FAIL case freed-state: fmi2GetFMUstate failed\n");
            misuse_failures++;
        } else {
            fmi2FMUstate stale = state;
            f->fmi2FreeFMUstate(c, &state);
            REFUSED("freed-state-set", fmi2SetFMUstate, f->fmi2SetFMUstate(c, stale));
        }
        f->fmi2FreeInstance(c);
    }
    if ((c = fresh(f, "other-instance-state")) && (other = fresh(f, "other-instance"))) {
        state = NULL;
        if (f->fmi2GetFMUstate(other, &state) != fmi2OK) {
            printf("FAIL case other-instance-state: fmi2GetFMUstate failed\n");
            misuse_failures++;
        } else {
            REFUSED("other-instance-state-set", fmi2SetFMUstate, f->fmi2SetFMUstate(c, state));
        }
        f->fmi2FreeInstance(other);
    }
    if (c) f->fmi2FreeInstance(c);
}

static int scenario_misuse(const fmu *f) {
#define PRESENT(name) CHECK(f->name, "%s does not export " #name, f->identifier);
    FMI2_FUNCTIONS(PRESENT)
#undef PRESENT
    misuse_null_instance(f);
    misuse_arguments(f);
    misuse_states(f);
    printf("RESULT misuse.failures=%d\n", misuse_failures);
    return misuse_failures ? 1 : 0;
}

/* ------------------------------------------------------------------ set-then-read */

/* In process, fmi2SetReal of a value the slave's rules certainly allow returns before Java has it: the shim
 * queues it, and Java applies the queue at the start of its next call. Whatever the host calls next must see the
 * value as if it had been set at once. Each part prints what it read; the test (SetThenReadIT) checks the figures
 * and that both modes agree. The last part leaves the instance in the Error state. */
static int print_reals(const fmu *f, fmi2Component c, const char *prefix) {
    static const struct { fmi2ValueReference vr; const char *name; } reals[] = {
        {VR_HEAT_CAPACITY, "heatCapacity"}, {VR_THERMAL_RESISTANCE, "thermalResistance"},
        {VR_INITIAL_TEMPERATURE, "initialTemperature"}, {VR_HEAT_FLOW, "heatFlow"},
        {VR_AMBIENT_TEMPERATURE, "ambientTemperature"}, {VR_TEMPERATURE, "temperature"}};
    for (size_t r = 0; r < sizeof reals / sizeof reals[0]; r++) {
        double value;
        if (get_real(f, c, reals[r].vr, &value)) return 1;
        printf("RESULT %s.%s=%.17g\n", prefix, reals[r].name, value);
    }
    return 0;
}

static int scenario_set_then_read(const fmu *f) {
    fmi2Component c = instantiate(f, "set-then-read");
    CHECK(c, "fmi2Instantiate returned NULL");
    /* Set before initialization: read back after it. */
    if (set_real(f, c, VR_HEAT_CAPACITY, 2000) || start(f, c) || print_reals(f, c, "initialized")) return 1;

    /* Set, then read the same input at once. */
    double value;
    if (set_real(f, c, VR_HEAT_FLOW, 77) || get_real(f, c, VR_HEAT_FLOW, &value)) return 1;
    printf("RESULT setThenGet.heatFlow=%.17g\n", value);

    /* One input set three times and another once before a step: the step uses the last value of each. */
    const fmi2ValueReference both[2] = {VR_HEAT_FLOW, VR_AMBIENT_TEMPERATURE};
    const double first[2] = {1, 310};
    if (set_real(f, c, VR_HEAT_FLOW, 2) || set_real(f, c, VR_HEAT_FLOW, 1000)) return 1;
    CHECK_OK(f->fmi2SetReal(c, both, 2, first));
    if (set_real(f, c, VR_HEAT_FLOW, 3)) return 1;
    CHECK_OK(f->fmi2DoStep(c, 0, 10, fmi2True));
    printf("RESULT repeated.stepSize=%.17g\n", 10.0);
    if (print_reals(f, c, "repeated")) return 1;

    /* A state saved right after a set holds the value, and restoring it brings the value back. */
    fmi2FMUstate state = NULL;
    if (set_real(f, c, VR_HEAT_FLOW, 10)) return 1;
    CHECK_OK(f->fmi2GetFMUstate(c, &state));
    if (set_real(f, c, VR_HEAT_FLOW, 20) || get_real(f, c, VR_HEAT_FLOW, &value)) return 1;
    printf("RESULT state.heatFlowAfterSave=%.17g\n", value);
    if (set_real(f, c, VR_HEAT_FLOW, 30)) return 1;
    CHECK_OK(f->fmi2SetFMUstate(c, state));
    CHECK_OK(f->fmi2FreeFMUstate(c, &state));
    if (get_real(f, c, VR_HEAT_FLOW, &value)) return 1;
    printf("RESULT state.heatFlowRestored=%.17g\n", value);

    /* A value set with fmi2OK stays set when a later batch is refused; the refused batch sets nothing, not even
     * its valid first value. */
    const fmi2ValueReference batch[2] = {VR_HEAT_FLOW, VR_HEAT_CAPACITY};
    const double refused[2] = {7, NAN};
    if (set_real(f, c, VR_HEAT_FLOW, 5)) return 1;
    size_t logs_before = log_count;
    fmi2Status status = f->fmi2SetReal(c, batch, 2, refused);
    printf("RESULT refusedBatch.status=%s\nRESULT refusedBatch.logged=%zu\nRESULT refusedBatch.message=%s\n",
           status_name(status), log_count - logs_before, log_count > logs_before ? last_message : "");
    CHECK(status == fmi2Error, "a batch with NaN returned %s", status_name(status));
    if (print_reals(f, c, "refusedBatch")) return 1; /* fmi2GetReal is allowed in the Error state */
    f->fmi2FreeInstance(c);
    return 0;
}

/* ------------------------------------------------------------------ bench */

#define BENCH_WARM_UP 200000L
#define BENCH_ITERATIONS 1000000L
#define BENCH_RUNS 5

static double now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

/* Round trips k = *step .. *step + n - 1: one fmi2DoStep, one fmi2GetReal, one fmi2SetReal each. Returns the worst
 * status seen (statuses are ORed, so any non-OK shows; checking once keeps branches out of the loop). */
static int round_trips(const fmu *f, fmi2Component c, long *step, long n) {
    const fmi2ValueReference out = VR_TEMPERATURE, in = VR_HEAT_FLOW;
    const double h = 1e-3;
    int worst = 0;
    for (long end = *step + n; *step < end; ++*step) {
        double temperature, heat_flow;
        worst |= f->fmi2DoStep(c, (double)*step * h, h, fmi2True);
        worst |= f->fmi2GetReal(c, &out, 1, &temperature);
        heat_flow = temperature < 320 ? 100.0 : 0.0; /* a thermostat, so the set value depends on the get */
        worst |= f->fmi2SetReal(c, &in, 1, &heat_flow);
    }
    return worst;
}

static int bench_one(const fmu *f, const char *label, double *best_ns) {
    fmi2Component c = instantiate(f, label);
    CHECK(c, "%s: fmi2Instantiate returned NULL", label);
    if (start(f, c)) return 1;
    long step = 0;
    size_t logs_before = log_count; /* instantiation may log (creating the JVM); the loop must not */
    CHECK(round_trips(f, c, &step, BENCH_WARM_UP) == fmi2OK, "%s: a call failed during warm-up", label);
    *best_ns = INFINITY;
    for (int run = 0; run < BENCH_RUNS; run++) {
        double begin = now_ns();
        int worst = round_trips(f, c, &step, BENCH_ITERATIONS);
        double ns = (now_ns() - begin) / BENCH_ITERATIONS;
        CHECK(worst == fmi2OK, "%s: a call failed in run %d", label, run);
        printf("RESULT bench.%s.run%d.nsPerRoundTrip=%.1f\n", label, run, ns);
        if (ns < *best_ns) *best_ns = ns;
    }
    CHECK(log_count == logs_before, "%s: %zu messages were logged during the round trips; last: %s", label,
          log_count - logs_before, last_message);
    f->fmi2FreeInstance(c);
    return 0;
}

static int scenario_bench(const fmu *java, const fmu *native) {
    quiet = 1;
    double java_ns, native_ns;
    printf("RESULT bench.warmUpRoundTrips=%ld\nRESULT bench.roundTripsPerRun=%ld\nRESULT bench.runs=%d\n",
           BENCH_WARM_UP, BENCH_ITERATIONS, BENCH_RUNS);
    if (bench_one(native, "native", &native_ns) || bench_one(java, "java", &java_ns)) return 1;
    printf("RESULT bench.native.bestNsPerRoundTrip=%.1f\n", native_ns);
    printf("RESULT bench.java.bestNsPerRoundTrip=%.1f\n", java_ns);
    printf("RESULT bench.ratio=%.1f\n", java_ns / native_ns);
    return 0;
}

/* ------------------------------------------------------------------ smoke: any of our FMUs */

enum { SMOKE_STEPS = 100, SMOKE_SNAPSHOT_STEP = 50 };
static const double SMOKE_STEP_SIZE = 1e-3; /* [s] */

/*
 * How many Real variables modelDescription.xml declares: the <Real elements inside <ModelVariables>. Our exporter
 * numbers each type's value references 0..n-1, so this is all a generic check needs to read every Real.
 */
static int count_model_reals(const fmu *f, size_t *count) {
    char path[PATH_MAX + 64];
    snprintf(path, sizeof path, "%s/modelDescription.xml", f->directory);
    char *xml = read_file(path);
    CHECK(xml, "cannot read %s", path);
    char *begin = strstr(xml, "<ModelVariables");
    char *end = begin ? strstr(begin, "</ModelVariables>") : NULL;
    *count = 0;
    for (char *p = begin; p && p < end && (p = strstr(p, "<Real")) && p < end; p += 5) {
        if (p[5] == ' ' || p[5] == '/' || p[5] == '>') (*count)++;
    }
    free(xml);
    CHECK(begin && end, "%s: no <ModelVariables> element", path);
    return 0;
}

static int read_all_reals(const fmu *f, fmi2Component c, size_t count, double *values) {
    for (size_t vr = 0; vr < count; vr++) {
        fmi2ValueReference reference = (fmi2ValueReference)vr;
        CHECK_OK(f->fmi2GetReal(c, &reference, 1, &values[vr]));
    }
    return 0;
}

/* Steps [from, to) of SMOKE_STEP_SIZE, at communication points k * SMOKE_STEP_SIZE. */
static int smoke_steps(const fmu *f, fmi2Component c, int from, int to) {
    for (int k = from; k < to; k++) {
        fmi2Status status = f->fmi2DoStep(c, k * SMOKE_STEP_SIZE, SMOKE_STEP_SIZE, fmi2True);
        CHECK(status == fmi2OK, "fmi2DoStep at step %d returned %s", k, status_name(status));
    }
    return 0;
}

/* One start value from the command line: `<kind>:<vr>=<value>`, kind one of those in `kinds`. */
typedef enum { KIND_REAL, KIND_INTEGER, KIND_BOOLEAN, KIND_STRING, KIND_COUNT } assignment_kind;

static const struct {
    const char *prefix;   /* on the command line, before <vr> */
    const char *setter;   /* the fmi2 function that sets it, for messages */
    const char *expected; /* what the value must be, for messages */
} kinds[KIND_COUNT] = {
    [KIND_REAL] = {"real:", "fmi2SetReal", "a number in the range of a double"},
    [KIND_INTEGER] = {"integer:", "fmi2SetInteger", "a decimal integer in the range of fmi2Integer"},
    [KIND_BOOLEAN] = {"boolean:", "fmi2SetBoolean", "true, false, 1 or 0"},
    [KIND_STRING] = {"string:", "fmi2SetString", "any text"},
};

typedef struct {
    const char *argument; /* as given, for messages */
    assignment_kind kind;
    fmi2ValueReference vr;
    union {
        fmi2Real real;
        fmi2Integer integer;
        fmi2Boolean boolean;
        fmi2String string; /* points into argv, which lives as long as the process */
    } value;
} assignment;

/* [text, end) must be all decimal digits: strtoul alone would skip blanks and wrap "-1" round to UINT_MAX. */
static int parse_value_reference(const char *text, const char *end, fmi2ValueReference *vr) {
    if (text == end || *text < '0' || *text > '9') return -1;
    char *stop;
    errno = 0;
    unsigned long value = strtoul(text, &stop, 10);
    if (stop != end || errno != 0 || value > UINT_MAX) return -1;
    *vr = (fmi2ValueReference)value;
    return 0;
}

/* Underflow to a subnormal is a value like any other; only overflow (ERANGE with an infinite result) is refused. */
static int parse_real(const char *text, fmi2Real *value) {
    char *stop;
    errno = 0;
    *value = strtod(text, &stop);
    return *text == '\0' || *stop != '\0' || (errno == ERANGE && isinf(*value)) ? -1 : 0;
}

static int parse_integer(const char *text, fmi2Integer *value) {
    char *stop;
    errno = 0;
    long parsed = strtol(text, &stop, 10);
    if (*text == '\0' || *stop != '\0' || errno != 0 || parsed < INT_MIN || parsed > INT_MAX) return -1;
    *value = (fmi2Integer)parsed;
    return 0;
}

/* The lexical forms of xs:boolean, as modelDescription.xml writes start values: true, false, 1 and 0, exactly. */
static int parse_boolean(const char *text, fmi2Boolean *value) {
    if (strcmp(text, "true") == 0 || strcmp(text, "1") == 0) *value = fmi2True;
    else if (strcmp(text, "false") == 0 || strcmp(text, "0") == 0) *value = fmi2False;
    else return -1;
    return 0;
}

/* <value> as the assignment's kind reads it; a string is the rest as is, so it may be empty or hold '=' and blanks. */
static int parse_value(const char *text, assignment *a) {
    switch (a->kind) {
    case KIND_REAL: return parse_real(text, &a->value.real);
    case KIND_INTEGER: return parse_integer(text, &a->value.integer);
    case KIND_BOOLEAN: return parse_boolean(text, &a->value.boolean);
    case KIND_STRING: a->value.string = text; return 0;
    default: return -1;
    }
}

/* Parses one assignment; on failure prints why, naming the argument, and returns -1. */
static int parse_assignment(const char *argument, assignment *a) {
    a->argument = argument;
    const char *reference = NULL;
    for (int k = 0; k < KIND_COUNT && !reference; k++) {
        size_t length = strlen(kinds[k].prefix);
        if (strncmp(argument, kinds[k].prefix, length) == 0) {
            a->kind = (assignment_kind)k;
            reference = argument + length;
        }
    }
    const char *equals = reference ? strchr(reference, '=') : NULL;
    if (!equals || parse_value_reference(reference, equals, &a->vr) != 0) {
        fprintf(stderr, "malformed assignment '%s': expected real:, integer:, boolean: or string:<vr>=<value>,"
                        " <vr> a decimal value reference\n", argument);
        return -1;
    }
    if (parse_value(equals + 1, a) != 0) {
        fprintf(stderr, "malformed assignment '%s': '%s' is not %s\n", argument, equals + 1,
                kinds[a->kind].expected);
        return -1;
    }
    return 0;
}

static fmi2Status set_start_value(const fmu *f, fmi2Component c, const assignment *a) {
    switch (a->kind) {
    case KIND_REAL: return f->fmi2SetReal(c, &a->vr, 1, &a->value.real);
    case KIND_INTEGER: return f->fmi2SetInteger(c, &a->vr, 1, &a->value.integer);
    case KIND_BOOLEAN: return f->fmi2SetBoolean(c, &a->vr, 1, &a->value.boolean);
    case KIND_STRING: return f->fmi2SetString(c, &a->vr, 1, &a->value.string);
    default: return fmi2Error;
    }
}

/* Sets each start value, in the order given; the FMU may refuse one (a value out of range, a constant ...). */
static int apply_assignments(const fmu *f, fmi2Component c, const assignment *assignments, int count) {
    for (int i = 0; i < count; i++) {
        const assignment *a = &assignments[i];
        fmi2Status status = set_start_value(f, c, a);
        CHECK(status == fmi2OK, "%s of value reference %u (argument '%s') returned %s", kinds[a->kind].setter,
              a->vr, a->argument, status_name(status));
    }
    printf("RESULT smoke.assignments=%d\n", count);
    return 0;
}

/*
 * Instantiate, set the given start values, setup and initialize, SMOKE_STEPS steps of 1 ms saving the state
 * halfway, then restore it and step to the end again: every Real must come out bit-identical, as restoring a
 * state is the state.
 */
static int scenario_smoke(const fmu *f, const assignment *assignments, int assignment_count) {
    size_t reals = 0;
    if (count_model_reals(f, &reals) != 0) return 1;
    CHECK(reals > 0, "no Real variables in the model description");
    double *first = calloc(reals, sizeof *first);
    double *second = calloc(reals, sizeof *second);
    CHECK(first && second, "out of memory");
    fmi2Component c = instantiate(f, "smoke");
    CHECK(c != NULL, "fmi2Instantiate returned NULL");
    if (apply_assignments(f, c, assignments, assignment_count) != 0) return 1;
    if (start(f, c) != 0 || smoke_steps(f, c, 0, SMOKE_SNAPSHOT_STEP) != 0) return 1;
    fmi2FMUstate snapshot = NULL;
    CHECK_OK(f->fmi2GetFMUstate(c, &snapshot));
    if (smoke_steps(f, c, SMOKE_SNAPSHOT_STEP, SMOKE_STEPS) != 0 || read_all_reals(f, c, reals, first) != 0) return 1;
    CHECK_OK(f->fmi2SetFMUstate(c, snapshot));
    if (smoke_steps(f, c, SMOKE_SNAPSHOT_STEP, SMOKE_STEPS) != 0 || read_all_reals(f, c, reals, second) != 0) return 1;
    size_t mismatches = 0;
    for (size_t vr = 0; vr < reals; vr++) {
        if (memcmp(&first[vr], &second[vr], sizeof first[vr]) != 0) mismatches++;
        printf("RESULT smoke.real%zu=%.17g\n", vr, first[vr]);
    }
    printf("RESULT smoke.steps=%d\nRESULT smoke.stepSize=%.17g\nRESULT smoke.reals=%zu\n", SMOKE_STEPS,
           SMOKE_STEP_SIZE, reals);
    printf("RESULT smoke.snapshotStep=%d\nRESULT smoke.stateMismatches=%zu\n", SMOKE_SNAPSHOT_STEP, mismatches);
    CHECK_OK(f->fmi2FreeFMUstate(c, &snapshot));
    CHECK_OK(f->fmi2Terminate(c));
    f->fmi2FreeInstance(c);
    free(first);
    free(second);
    CHECK(mismatches == 0, "%zu Real variables differ after fmi2SetFMUstate", mismatches);
    return 0;
}

/* ------------------------------------------------------------------ main */

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IOLBF, 0); /* a line reaches the test even if the FMU kills the process later */
    if (argc < 3 || (strcmp(argv[1], "bench") == 0 && argc < 4)) {
        fprintf(stderr, "usage: %s two-instances|threads|leak|misuse|set-then-read <unpacked FMU dir>\n"
                        "       %s smoke <unpacked FMU dir> [real:<vr>=<value> | integer:<vr>=<value>\n"
                        "                 | boolean:<vr>=true|false|1|0 | string:<vr>=<text> ...]\n"
                        "       %s bench <unpacked Java-slave FMU dir> <unpacked plain C FMU dir>\n"
                        "smoke sets each real:/integer:/boolean:/string: start value (value reference <vr>,\n"
                        "decimal) after fmi2Instantiate and before fmi2EnterInitializationMode,\n"
                        "e.g. real:12=0.02 integer:0=7 boolean:0=true string:1=B0005\n",
                argv[0], argv[0], argv[0]);
        return 2;
    }
    /* smoke's start values are checked before loading the FMU, so a typo costs no JVM start. */
    int assignment_count = strcmp(argv[1], "smoke") == 0 ? argc - 3 : 0;
    assignment *assignments = calloc(assignment_count > 0 ? (size_t)assignment_count : 1, sizeof *assignments);
    if (!assignments) return 1;
    for (int i = 0; i < assignment_count; i++)
        if (parse_assignment(argv[3 + i], &assignments[i]) != 0) return 2;
    static fmu first, second;
    if (load(&first, argv[2]) != 0) return 1;
    int failed;
    if (strcmp(argv[1], "two-instances") == 0) failed = scenario_two_instances(&first);
    else if (strcmp(argv[1], "threads") == 0) failed = scenario_threads(&first);
    else if (strcmp(argv[1], "leak") == 0) failed = scenario_leak(&first);
    else if (strcmp(argv[1], "misuse") == 0) failed = scenario_misuse(&first);
    else if (strcmp(argv[1], "set-then-read") == 0) failed = scenario_set_then_read(&first);
    else if (strcmp(argv[1], "smoke") == 0) failed = scenario_smoke(&first, assignments, assignment_count);
    else if (strcmp(argv[1], "bench") == 0) failed = load(&second, argv[3]) != 0 || scenario_bench(&first, &second);
    else {
        fprintf(stderr, "%s: unknown scenario '%s'\n", argv[0], argv[1]);
        return 2;
    }
    printf("RESULT scenario=%s\nRESULT passed=%s\n", argv[1], failed ? "false" : "true");
    fflush(stdout);
    free(assignments);
    return failed ? 1 : 0;
}
