/*
 * Checks the shim's out-of-process mode from the host's side: loads an unpacked FMU's shared library with dlopen,
 * as a C host (Simulink, a master written in C) does, and drives it through the fmi2 API. The mode comes from the
 * environment variable DRIVETWIN_FMU_MODE, so ChildModeIT runs the same scenario in both modes and compares.
 * Everything it observes goes to stdout, one fact per line, for the test to assert; log messages as "LOG ...".
 *
 *   child_mode_check thermal <unpacked ThermalMass.fmu>        1000 steps, state round trips, every base type
 *   child_mode_check fault <unpacked FaultySlave.fmu> <fault>  one faulty step, then free; children and fds
 *   child_mode_check bench <unpacked ThermalMass.fmu> [count]  round trip (doStep + getReal + setReal) in both
 *                                                              modes in this one process
 */
#include <dirent.h>
#include <dlfcn.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "fmi2_api.h"

#define FUNCTION(name) __typeof__(name) *name
typedef struct {
    FUNCTION(fmi2Instantiate);
    FUNCTION(fmi2FreeInstance);
    FUNCTION(fmi2SetupExperiment);
    FUNCTION(fmi2EnterInitializationMode);
    FUNCTION(fmi2ExitInitializationMode);
    FUNCTION(fmi2Terminate);
    FUNCTION(fmi2Reset);
    FUNCTION(fmi2DoStep);
    FUNCTION(fmi2GetReal);
    FUNCTION(fmi2SetReal);
    FUNCTION(fmi2GetInteger);
    FUNCTION(fmi2SetInteger);
    FUNCTION(fmi2GetBoolean);
    FUNCTION(fmi2SetBoolean);
    FUNCTION(fmi2GetString);
    FUNCTION(fmi2SetString);
    FUNCTION(fmi2GetFMUstate);
    FUNCTION(fmi2SetFMUstate);
    FUNCTION(fmi2FreeFMUstate);
    FUNCTION(fmi2SerializedFMUstateSize);
    FUNCTION(fmi2SerializeFMUstate);
    FUNCTION(fmi2DeSerializeFMUstate);
    FUNCTION(fmi2GetRealStatus);
    char guid[128];
    char resources[4096];
} fmu;

/* ThermalMass and FaultySlave value references (their modelDescription.xml) */
enum { HEAT_CAPACITY = 0, HEAT_FLOW = 3, AMBIENT_TEMPERATURE = 4, TEMPERATURE = 5 };
enum { STEP_COUNT = 0, HEATER_ENABLED = 0, LABEL = 0, FAULT = 0, FAULTY_TIME = 0 };

static void fail(const char *format, const char *detail) {
    fprintf(stderr, "child_mode_check: ");
    fprintf(stderr, format, detail);
    fprintf(stderr, "\n");
    exit(2);
}

static void logger(fmi2ComponentEnvironment environment, fmi2String name, fmi2Status status, fmi2String category,
                   fmi2String message, ...) {
    (void)environment;
    va_list args;
    va_start(args, message);
    printf("LOG %s [%d] %s: ", name, (int)status, category);
    vprintf(message, args);
    printf("\n");
    va_end(args);
    fflush(stdout);
}

static const fmi2CallbackFunctions callbacks = {logger, calloc, free, NULL, NULL};

static void load(fmu *f, const char *directory) {
    char path[4096 + 256];
    snprintf(path, sizeof path, "%s/binaries/linux64", directory);
    DIR *binaries = opendir(path);
    if (!binaries) fail("no folder %s", path);
    struct dirent *entry;
    char library[sizeof path + 256] = "";
    while ((entry = readdir(binaries))) {
        size_t length = strlen(entry->d_name);
        if (length > 3 && strcmp(entry->d_name + length - 3, ".so") == 0)
            snprintf(library, sizeof library, "%s/%s", path, entry->d_name);
    }
    closedir(binaries);
    if (!library[0]) fail("no .so in %s", path);
    void *handle = dlopen(library, RTLD_NOW | RTLD_LOCAL);
    if (!handle) fail("%s", dlerror());
#define BIND(name)                                                                                               \
    if (!(f->name = (__typeof__(f->name))dlsym(handle, #name))) fail("missing %s", #name)
    BIND(fmi2Instantiate);
    BIND(fmi2FreeInstance);
    BIND(fmi2SetupExperiment);
    BIND(fmi2EnterInitializationMode);
    BIND(fmi2ExitInitializationMode);
    BIND(fmi2Terminate);
    BIND(fmi2Reset);
    BIND(fmi2DoStep);
    BIND(fmi2GetReal);
    BIND(fmi2SetReal);
    BIND(fmi2GetInteger);
    BIND(fmi2SetInteger);
    BIND(fmi2GetBoolean);
    BIND(fmi2SetBoolean);
    BIND(fmi2GetString);
    BIND(fmi2SetString);
    BIND(fmi2GetFMUstate);
    BIND(fmi2SetFMUstate);
    BIND(fmi2FreeFMUstate);
    BIND(fmi2SerializedFMUstateSize);
    BIND(fmi2SerializeFMUstate);
    BIND(fmi2DeSerializeFMUstate);
    BIND(fmi2GetRealStatus);
    /* the GUID from modelDescription.xml: the first guid="..." attribute */
    snprintf(path, sizeof path, "%s/modelDescription.xml", directory);
    FILE *description = fopen(path, "r");
    if (!description) fail("cannot open %s", path);
    static char xml[1 << 16];
    size_t n = fread(xml, 1, sizeof xml - 1, description);
    xml[n] = '\0';
    fclose(description);
    char *guid = strstr(xml, "guid=\"");
    if (!guid || sscanf(guid + 6, "%127[^\"]", f->guid) != 1) fail("no guid in %s", path);
    snprintf(f->resources, sizeof f->resources, "file://%s/resources", directory);
}

static fmi2Component instantiate(const fmu *f, const char *name) {
    fmi2Component c = f->fmi2Instantiate(name, fmi2CoSimulation, f->guid, f->resources, &callbacks, fmi2False,
                                         fmi2False);
    if (!c) {
        printf("instantiate failed\n");
        exit(3);
    }
    return c;
}

static void expect(const char *what, fmi2Status status) {
    if (status != fmi2OK) {
        printf("%s returned %d\n", what, (int)status);
        exit(4);
    }
}

static double seconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + now.tv_nsec * 1e-9;
}

/* Processes whose parent is this one, zombies included, from /proc. */
static int children(void) {
    DIR *proc = opendir("/proc");
    int count = 0;
    struct dirent *entry;
    while (proc && (entry = readdir(proc))) {
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9') continue;
        char path[300], line[1024];
        snprintf(path, sizeof path, "/proc/%s/stat", entry->d_name);
        FILE *stat = fopen(path, "r");
        if (!stat) continue;
        size_t n = fread(line, 1, sizeof line - 1, stat);
        fclose(stat);
        line[n] = '\0';
        char *end = strrchr(line, ')'); /* the command name may hold spaces */
        int parent = 0;
        if (end && sscanf(end + 1, " %*c %d", &parent) == 1 && parent == getpid()) count++;
    }
    if (proc) closedir(proc);
    return count;
}

static int open_descriptors(void) {
    DIR *fds = opendir("/proc/self/fd");
    int count = 0;
    while (fds && readdir(fds)) count++;
    if (fds) closedir(fds);
    return count - 3; /* ".", ".." and the one opendir holds */
}

/* ------------------------------------------------------------------ thermal */

static void thermal_inputs(const fmu *f, fmi2Component c, int step) {
    fmi2ValueReference vr[2] = {HEAT_FLOW, AMBIENT_TEMPERATURE};
    fmi2Real value[2] = {100 + 80 * sin(step * 0.01), 290 + 0.002 * step};
    expect("fmi2SetReal", f->fmi2SetReal(c, vr, 2, value));
}

static double thermal_step(const fmu *f, fmi2Component c, int step, double h) {
    thermal_inputs(f, c, step);
    expect("fmi2DoStep", f->fmi2DoStep(c, step * h, h, fmi2True));
    fmi2ValueReference vr = TEMPERATURE;
    fmi2Real temperature;
    expect("fmi2GetReal", f->fmi2GetReal(c, &vr, 1, &temperature));
    return temperature;
}

static int thermal(const fmu *f) {
    const double h = 0.5;
    const int steps = 1000, saved_at = 500;
    fmi2Component c = instantiate(f, "thermal");
    fmi2ValueReference vr = LABEL;
    fmi2String label = "checked \xe2\x9c\x93";
    expect("fmi2SetString", f->fmi2SetString(c, &vr, 1, &label));
    vr = HEAT_CAPACITY;
    fmi2Real capacity = 400;
    expect("fmi2SetReal", f->fmi2SetReal(c, &vr, 1, &capacity));
    vr = HEATER_ENABLED;
    fmi2Boolean heater = fmi2True;
    expect("fmi2SetBoolean", f->fmi2SetBoolean(c, &vr, 1, &heater));
    expect("fmi2SetupExperiment", f->fmi2SetupExperiment(c, fmi2False, 0, 0, fmi2True, steps * h));
    expect("fmi2EnterInitializationMode", f->fmi2EnterInitializationMode(c));
    expect("fmi2ExitInitializationMode", f->fmi2ExitInitializationMode(c));

    fmi2FMUstate saved = NULL;
    double at_save = 0, last = 0;
    for (int i = 0; i < steps; i++) {
        if (i == saved_at) {
            expect("fmi2GetFMUstate", f->fmi2GetFMUstate(c, &saved));
            at_save = last;
        }
        last = thermal_step(f, c, i, h);
        printf("value %d %.17g\n", i, last);
    }
    fmi2Integer count;
    vr = STEP_COUNT;
    expect("fmi2GetInteger", f->fmi2GetInteger(c, &vr, 1, &count));
    vr = LABEL;
    fmi2String label_read;
    expect("fmi2GetString", f->fmi2GetString(c, &vr, 1, &label_read));
    vr = HEATER_ENABLED;
    expect("fmi2GetBoolean", f->fmi2GetBoolean(c, &vr, 1, &heater));
    fmi2Real last_time;
    expect("fmi2GetRealStatus", f->fmi2GetRealStatus(c, fmi2LastSuccessfulTime, &last_time));
    printf("stepCount %d\nlabel %s\nheaterEnabled %d\nlastSuccessfulTime %.17g\n", (int)count, label_read,
           (int)heater, last_time);

    /* Back to step 500 and forward again: the same inputs must give the same bits. */
    expect("fmi2SetFMUstate", f->fmi2SetFMUstate(c, saved));
    fmi2Real restored;
    vr = TEMPERATURE;
    expect("fmi2GetReal", f->fmi2GetReal(c, &vr, 1, &restored));
    double again = 0;
    for (int i = saved_at; i < steps; i++) again = thermal_step(f, c, i, h);
    printf("state restored %s, replay %s\n", restored == at_save ? "exactly" : "differently",
           again == last ? "identical" : "different");

    /* The same through serialisation. */
    size_t size;
    expect("fmi2SerializedFMUstateSize", f->fmi2SerializedFMUstateSize(c, saved, &size));
    unsigned char *bytes = malloc(size);
    expect("fmi2SerializeFMUstate", f->fmi2SerializeFMUstate(c, saved, (fmi2Byte *)bytes, size));
    fmi2FMUstate copy = NULL;
    expect("fmi2DeSerializeFMUstate", f->fmi2DeSerializeFMUstate(c, (fmi2Byte *)bytes, size, &copy));
    expect("fmi2SetFMUstate", f->fmi2SetFMUstate(c, copy));
    expect("fmi2GetReal", f->fmi2GetReal(c, &vr, 1, &restored));
    printf("serialized state restored %s\n", restored == at_save ? "exactly" : "differently");
    free(bytes);
    f->fmi2FreeFMUstate(c, &copy);
    f->fmi2FreeFMUstate(c, &saved);
    expect("fmi2Terminate", f->fmi2Terminate(c));
    f->fmi2FreeInstance(c);
    printf("done\n");
    return 0;
}

/* ------------------------------------------------------------------ fault */

static int fault(const fmu *f, int kind) {
    int descriptors = open_descriptors();
    fmi2Component c = instantiate(f, "faulty");
    expect("fmi2SetupExperiment", f->fmi2SetupExperiment(c, fmi2False, 0, 0, fmi2False, 0));
    expect("fmi2EnterInitializationMode", f->fmi2EnterInitializationMode(c));
    expect("fmi2ExitInitializationMode", f->fmi2ExitInitializationMode(c));
    for (int i = 0; i < 3; i++) expect("fmi2DoStep", f->fmi2DoStep(c, i * 0.5, 0.5, fmi2True));
    printf("children while running %d\n", children());
    fmi2ValueReference vr = FAULT;
    fmi2Integer value = kind;
    expect("fmi2SetInteger", f->fmi2SetInteger(c, &vr, 1, &value));
    double start = seconds();
    fmi2Status status = f->fmi2DoStep(c, 1.5, 0.5, fmi2True);
    printf("faulty doStep status %d after %.3f s\n", (int)status, seconds() - start);
    start = seconds();
    status = f->fmi2DoStep(c, 1.5, 0.5, fmi2True);
    printf("next doStep status %d after %.3f s\n", (int)status, seconds() - start);
    if (kind == 1) {
        /* An error leaves the instance resettable: reset, and it steps again. */
        printf("reset status %d\n", (int)f->fmi2Reset(c));
        expect("fmi2SetupExperiment", f->fmi2SetupExperiment(c, fmi2False, 0, 0, fmi2False, 0));
        expect("fmi2EnterInitializationMode", f->fmi2EnterInitializationMode(c));
        expect("fmi2ExitInitializationMode", f->fmi2ExitInitializationMode(c));
        printf("doStep after reset status %d\n", (int)f->fmi2DoStep(c, 0, 0.5, fmi2True));
    }
    start = seconds();
    f->fmi2FreeInstance(c);
    printf("freed after %.3f s\n", seconds() - start);
    printf("children after free %d\n", children());
    printf("descriptors before %d after free %d\n", descriptors, open_descriptors());
    return 0;
}

/* ------------------------------------------------------------------ bench */

static double round_trip_seconds(const fmu *f, const char *mode, int count) {
    setenv("DRIVETWIN_FMU_MODE", mode, 1);
    fmi2Component c = instantiate(f, mode);
    expect("fmi2SetupExperiment", f->fmi2SetupExperiment(c, fmi2False, 0, 0, fmi2False, 0));
    expect("fmi2EnterInitializationMode", f->fmi2EnterInitializationMode(c));
    expect("fmi2ExitInitializationMode", f->fmi2ExitInitializationMode(c));
    fmi2ValueReference output = TEMPERATURE, input = HEAT_FLOW;
    const double h = 0.01;
    int warm_up = count / 5, step = 0;
    double start = 0;
    for (int i = 0; i < warm_up + count; i++, step++) {
        if (i == warm_up) start = seconds();
        fmi2Real temperature, heat = 50 + (step % 7);
        expect("fmi2DoStep", f->fmi2DoStep(c, step * h, h, fmi2True));
        expect("fmi2GetReal", f->fmi2GetReal(c, &output, 1, &temperature));
        expect("fmi2SetReal", f->fmi2SetReal(c, &input, 1, &heat));
    }
    double elapsed = seconds() - start;
    f->fmi2FreeInstance(c);
    return elapsed / count;
}

static int bench(const fmu *f, int count) {
    double in_process = round_trip_seconds(f, "in-process", count);
    double out_of_process = round_trip_seconds(f, "out-of-process", count);
    printf("round trip (fmi2DoStep + fmi2GetReal + fmi2SetReal), mean of %d after %d warm-up:\n", count, count / 5);
    printf("in-process %.3f us\nout-of-process %.3f us\nratio %.1f\n", in_process * 1e6, out_of_process * 1e6,
           out_of_process / in_process);
    return 0;
}

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (argc < 3) fail("%s", "usage: child_mode_check thermal|fault|bench <unpacked FMU folder> [fault|count]");
    fmu f;
    load(&f, argv[2]);
    if (strcmp(argv[1], "thermal") == 0) return thermal(&f);
    if (strcmp(argv[1], "fault") == 0 && argc == 4) return fault(&f, atoi(argv[3]));
    if (strcmp(argv[1], "bench") == 0) return bench(&f, argc > 3 ? atoi(argv[3]) : 20000);
    fail("unknown command %s", argv[1]);
    return 2;
}
