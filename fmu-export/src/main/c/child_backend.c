/*
 * Out-of-process backend: the Java slave runs in a child JVM (ChildProcessHost), started with the FMU's own
 * Java 17+ launcher, so that a host already running an older JVM (MATLAB runs Java 8) can use the FMU, and so
 * that a slave that crashes or hangs costs the host one fmi2Fatal instead of the process. Every backend call is
 * one request frame and one reply frame over a socket pair (child_protocol.h describes the frames); log frames
 * the child sends before the reply go to the host's logger.
 *
 * Failure policy: each call has child.timeout seconds to be answered. A child that does not answer in time is
 * killed (SIGKILL) and reaped; a child that dies (end of stream, EPIPE) is reaped and its exit status or signal
 * reported; a malformed frame kills it too. Each of these logs one fmi2Fatal message naming the instance, the
 * function and the last simulation time, and from then on every call returns fmi2Fatal at once. Free always
 * works: it asks the child to close, waits briefly, then kills it, and never leaves a zombie or a descriptor.
 * The host's signal dispositions are never touched: writes use send(MSG_NOSIGNAL), so a dead child gives EPIPE,
 * not SIGPIPE. Not thread-safe per instance (FMI 2.0 forbids concurrent calls on one instance).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "child_protocol.h"
#include "jvm_host.h"

extern char **environ;

/* JVM start-up and slave construction may take longer than one step on a loaded machine. */
#define GREETING_MINIMUM_SECONDS 30.0
/* How long free waits for a child asked to close before killing it. */
#define CLOSE_GRACE_MS 2000
/* How long a child whose stream ended may take to exit before it is killed. */
#define EXIT_GRACE_MS 2000

/* Options that keep the JVM's own output off stdout, which carries the protocol; before the FMU's options. */
static const char *const child_default_options[] = {
    "-XX:+IgnoreUnrecognizedVMOptions", "-XX:+DisplayVMOutputToStderr", "-Xlog:disable",
    "-Xlog:all=warning:stderr",
};
#define CHILD_DEFAULT_OPTION_COUNT (sizeof child_default_options / sizeof child_default_options[0])

typedef struct {
    unsigned char *data;
    size_t length, capacity;
    int failed; /* out of memory */
} buffer;

typedef struct {
    pid_t pid;  /* 0 once reaped */
    int fd;     /* -1 once closed */
    int dead;   /* after a fatal failure: every call returns fmi2Fatal */
    double time; /* last simulation time: the step being made, or the end of the last one [s] */
    buffer request;
    buffer reply;
    size_t position; /* read position in reply */
    int truncated;   /* a read ran past the end of the reply */
} child_backend;

static const backend_ops child_ops;

/* ------------------------------------------------------------------ encoding */

static void put(buffer *out, const void *bytes, size_t n) {
    if (out->failed) return;
    if (out->length + n > out->capacity) {
        size_t capacity = out->capacity ? out->capacity : 256;
        while (capacity < out->length + n) capacity *= 2;
        unsigned char *grown = realloc(out->data, capacity);
        if (!grown) {
            out->failed = 1;
            return;
        }
        out->data = grown;
        out->capacity = capacity;
    }
    memcpy(out->data + out->length, bytes, n);
    out->length += n;
}

static void put_u8(buffer *out, unsigned value) {
    unsigned char byte = (unsigned char)value;
    put(out, &byte, 1);
}

static void put_u32(buffer *out, uint32_t value) {
    unsigned char bytes[4] = {(unsigned char)(value >> 24), (unsigned char)(value >> 16), (unsigned char)(value >> 8),
                              (unsigned char)value};
    put(out, bytes, 4);
}

static void put_f64(buffer *out, double value) {
    uint64_t bits;
    memcpy(&bits, &value, 8);
    put_u32(out, (uint32_t)(bits >> 32));
    put_u32(out, (uint32_t)bits);
}

static void put_string(buffer *out, const char *text) {
    if (!text) {
        put_u32(out, CHILD_NULL_STRING);
        return;
    }
    size_t length = strlen(text);
    put_u32(out, (uint32_t)length);
    put(out, text, length);
}

/* Starts a request frame: room for the length, then the opcode. */
static buffer *begin(child_backend *b, enum child_opcode opcode) {
    b->request.length = 0;
    b->request.failed = 0;
    put_u32(&b->request, 0);
    put_u8(&b->request, opcode);
    return &b->request;
}

/* Writes the frame's length in front of it, once the request is complete. */
static void finish(buffer *out) {
    uint32_t length = (uint32_t)(out->length - 4);
    unsigned char prefix[4] = {(unsigned char)(length >> 24), (unsigned char)(length >> 16),
                               (unsigned char)(length >> 8), (unsigned char)length};
    memcpy(out->data, prefix, 4);
}

static void put_references(buffer *out, const fmi2ValueReference *vr, size_t n) {
    put_u32(out, (uint32_t)n);
    for (size_t i = 0; i < n; i++) put_u32(out, vr[i]);
}

/* ------------------------------------------------------------------ decoding (reply payload) */

static const unsigned char *take(child_backend *b, size_t n) {
    if (b->truncated || b->reply.length - b->position < n) {
        b->truncated = 1;
        return NULL;
    }
    const unsigned char *bytes = b->reply.data + b->position;
    b->position += n;
    return bytes;
}

static uint32_t take_u32(child_backend *b) {
    const unsigned char *p = take(b, 4);
    return p ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3] : 0;
}

static unsigned take_u8(child_backend *b) {
    const unsigned char *p = take(b, 1);
    return p ? *p : 0;
}

static double take_f64(child_backend *b) {
    uint64_t bits = (uint64_t)take_u32(b) << 32;
    bits |= take_u32(b);
    double value;
    memcpy(&value, &bits, 8);
    return value;
}

/* A malloc'd copy of the next string ("" for NULL), or NULL when truncated or out of memory. */
static char *take_string(child_backend *b) {
    uint32_t length = take_u32(b);
    if (b->truncated) return NULL;
    if (length == CHILD_NULL_STRING) return strdup("");
    const unsigned char *bytes = take(b, length);
    return bytes ? strndup((const char *)bytes, length) : NULL;
}

/* ------------------------------------------------------------------ the child process */

static double now_seconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + now.tv_nsec * 1e-9;
}

static void close_channel(child_backend *b) {
    if (b->fd >= 0) close(b->fd);
    b->fd = -1;
}

/* Waits up to grace_ms for the child to exit, then kills it; always reaps. Returns 1 with its wait status, or 0
 * when there was none to collect (already reaped, or the host reaps children itself). */
static int reap(child_backend *b, int grace_ms, int *wait_status) {
    if (b->pid <= 0) return 0;
    double give_up = now_seconds() + grace_ms / 1000.0;
    int status = 0;
    for (;;) {
        pid_t done = waitpid(b->pid, &status, WNOHANG);
        if (done == b->pid) break;
        if (done < 0 && errno == EINTR) continue;
        if (done < 0) { /* ECHILD: the host ignores SIGCHLD or reaped it */
            b->pid = 0;
            return 0;
        }
        if (now_seconds() >= give_up) {
            kill(b->pid, SIGKILL);
            while ((done = waitpid(b->pid, &status, 0)) < 0 && errno == EINTR) {
            }
            if (done != b->pid) {
                b->pid = 0;
                return 0;
            }
            break;
        }
        struct timespec pause = {0, 2 * 1000 * 1000};
        nanosleep(&pause, NULL);
    }
    b->pid = 0;
    if (wait_status) *wait_status = status;
    return 1;
}

static void describe_exit(int collected, int status, char *text, size_t size) {
    if (!collected) snprintf(text, size, "it is gone (exit status unavailable)");
    else if (WIFEXITED(status)) snprintf(text, size, "it exited with status %d", WEXITSTATUS(status));
    else if (WIFSIGNALED(status))
        snprintf(text, size, "it was killed by signal %d (%s)", WTERMSIG(status), strsignal(WTERMSIG(status)));
    else snprintf(text, size, "it stopped with wait status 0x%x", (unsigned)status);
}

typedef enum { IO_OK, IO_TIMEOUT, IO_CLOSED, IO_FAILED } io_result;

/* Waits for fd to become ready for `events` before the deadline. */
static io_result await(int fd, short events, double deadline) {
    for (;;) {
        double left = deadline - now_seconds();
        if (left <= 0) return IO_TIMEOUT;
        struct pollfd watch = {fd, events, 0};
        int ready = poll(&watch, 1, (int)ceil(left * 1000.0));
        if (ready < 0 && errno == EINTR) continue;
        if (ready < 0) return IO_FAILED;
        if (ready == 0) continue; /* recheck the clock */
        return IO_OK;             /* readable, writable, or hung up: the read or send says which */
    }
}

static io_result send_all(int fd, const unsigned char *bytes, size_t n, double deadline) {
    while (n > 0) {
        io_result ready = await(fd, POLLOUT, deadline);
        if (ready != IO_OK) return ready;
        ssize_t sent = send(fd, bytes, n, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent < 0) {
            if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK) continue;
            return errno == EPIPE || errno == ECONNRESET ? IO_CLOSED : IO_FAILED;
        }
        bytes += sent;
        n -= (size_t)sent;
    }
    return IO_OK;
}

static io_result receive_all(int fd, unsigned char *bytes, size_t n, double deadline) {
    while (n > 0) {
        io_result ready = await(fd, POLLIN, deadline);
        if (ready != IO_OK) return ready;
        ssize_t got = recv(fd, bytes, n, MSG_DONTWAIT);
        if (got == 0) return IO_CLOSED;
        if (got < 0) {
            if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK) continue;
            return errno == ECONNRESET ? IO_CLOSED : IO_FAILED;
        }
        bytes += got;
        n -= (size_t)got;
    }
    return IO_OK;
}

/* ------------------------------------------------------------------ fatal failures */

/* Ends the child after a failure, logs one fmi2Fatal message, and marks the backend dead. */
static fmi2Status fatal(instance *inst, child_backend *b, const char *function, io_result why, double timeout,
                        const char *detail) {
    char exit_text[128];
    b->dead = 1;
    close_channel(b);
    if (why == IO_TIMEOUT) {
        if (b->pid > 0) kill(b->pid, SIGKILL);
        reap(b, 0, NULL);
        instance_log(inst, fmi2Fatal, "logStatusFatal",
                     "child JVM for instance %s did not answer %s at t=%.17g within %g s; killed it", inst->name,
                     function, b->time, timeout);
    } else if (why == IO_CLOSED) {
        int status = 0;
        int collected = reap(b, EXIT_GRACE_MS, &status);
        describe_exit(collected, status, exit_text, sizeof exit_text);
        instance_log(inst, fmi2Fatal, "logStatusFatal",
                     "child JVM for instance %s died during %s at t=%.17g: %s", inst->name, function, b->time,
                     exit_text);
    } else {
        if (b->pid > 0) kill(b->pid, SIGKILL);
        reap(b, 0, NULL);
        instance_log(inst, fmi2Fatal, "logStatusFatal",
                     "child JVM for instance %s failed during %s at t=%.17g: %s; killed it", inst->name, function,
                     b->time, detail ? detail : strerror(errno));
    }
    return fmi2Fatal;
}

/* ------------------------------------------------------------------ one call */

/* Reads frames until the reply: forwards LOG frames to the host's logger, leaves the reply's payload in
 * b->reply at b->position, and returns its status. */
static fmi2Status await_reply(instance *inst, child_backend *b, const char *function, double timeout) {
    double deadline = now_seconds() + timeout;
    for (;;) {
        unsigned char header[4];
        io_result got = receive_all(b->fd, header, 4, deadline);
        if (got != IO_OK) return fatal(inst, b, function, got, timeout, NULL);
        uint32_t length = (uint32_t)header[0] << 24 | (uint32_t)header[1] << 16 | (uint32_t)header[2] << 8
                          | header[3];
        if (length < 2 || length > CHILD_MAX_FRAME) {
            char detail[128];
            snprintf(detail, sizeof detail, "a frame of %u bytes is not a protocol frame (something wrote to the"
                     " child's stdout?)", (unsigned)length);
            return fatal(inst, b, function, IO_FAILED, timeout, detail);
        }
        b->reply.length = 0;
        b->reply.failed = 0;
        if (b->reply.capacity < length) {
            unsigned char *grown = realloc(b->reply.data, length);
            if (!grown) return fatal(inst, b, function, IO_FAILED, timeout, "out of memory for a reply");
            b->reply.data = grown;
            b->reply.capacity = length;
        }
        got = receive_all(b->fd, b->reply.data, length, deadline);
        if (got != IO_OK) return fatal(inst, b, function, got, timeout, NULL);
        b->reply.length = length;
        b->position = 0;
        b->truncated = 0;
        unsigned kind = take_u8(b);
        unsigned status = take_u8(b);
        if (kind == KIND_REPLY) {
            if (status > fmi2Fatal) return fatal(inst, b, function, IO_FAILED, timeout, "a reply with a bad status");
            return (fmi2Status)status;
        }
        if (kind != KIND_LOG) return fatal(inst, b, function, IO_FAILED, timeout, "a frame of unknown kind");
        char *category = take_string(b);
        char *message = take_string(b);
        if (category && message)
            instance_log(inst, status <= fmi2Fatal ? (fmi2Status)status : fmi2Error, category, "%s", message);
        free(category);
        free(message);
        if (b->truncated) return fatal(inst, b, function, IO_FAILED, timeout, "a truncated log frame");
    }
}

/* Sends the request built with begin() and returns the reply's status (payload left in b->reply). */
static fmi2Status call(instance *inst, child_backend *b, const char *function) {
    if (b->dead) {
        instance_log(inst, fmi2Fatal, "logStatusFatal", "%s: the child JVM for instance %s is gone (see the earlier"
                     " fatal message); only fmi2FreeInstance is possible", function, inst->name);
        return fmi2Fatal;
    }
    double timeout = inst->config.child_timeout_seconds;
    buffer *out = &b->request;
    if (out->failed) return fatal(inst, b, function, IO_FAILED, timeout, "out of memory for a request");
    finish(out);
    io_result sent = send_all(b->fd, out->data, out->length, now_seconds() + timeout);
    if (sent != IO_OK) return fatal(inst, b, function, sent, timeout, NULL);
    return await_reply(inst, b, function, timeout);
}

/* Checks that a successful reply's payload was as long as promised; a short one is fatal. */
static fmi2Status complete(instance *inst, child_backend *b, const char *function, fmi2Status status) {
    if (!b->truncated) return status;
    return fatal(inst, b, function, IO_FAILED, inst->config.child_timeout_seconds, "a truncated reply");
}

/* ------------------------------------------------------------------ operations */

#define CHILD(inst) ((child_backend *)(inst)->backend)

static fmi2Status child_set_debug_logging(instance *inst, int on, size_t n, const fmi2String categories[]) {
    child_backend *b = CHILD(inst);
    buffer *out = begin(b, OP_SET_DEBUG_LOGGING);
    put_u8(out, on ? 1 : 0);
    put_u32(out, (uint32_t)n);
    for (size_t i = 0; i < n; i++) put_string(out, categories[i]);
    return call(inst, b, "fmi2SetDebugLogging");
}

static fmi2Status child_setup_experiment(instance *inst, int tolerance_defined, double tolerance, double start,
                                         int stop_defined, double stop) {
    child_backend *b = CHILD(inst);
    buffer *out = begin(b, OP_SETUP_EXPERIMENT);
    put_u8(out, tolerance_defined ? 1 : 0);
    put_f64(out, tolerance);
    put_f64(out, start);
    put_u8(out, stop_defined ? 1 : 0);
    put_f64(out, stop);
    fmi2Status status = call(inst, b, "fmi2SetupExperiment");
    if (status <= fmi2Warning) b->time = start;
    return status;
}

#define NO_ARGUMENT_CALL(name, opcode, function)                                                                \
    static fmi2Status name(instance *inst) {                                                                     \
        begin(CHILD(inst), opcode);                                                                              \
        return call(inst, CHILD(inst), function);                                                                \
    }

NO_ARGUMENT_CALL(child_enter_initialization, OP_ENTER_INIT, "fmi2EnterInitializationMode")
NO_ARGUMENT_CALL(child_exit_initialization, OP_EXIT_INIT, "fmi2ExitInitializationMode")
NO_ARGUMENT_CALL(child_terminate, OP_TERMINATE, "fmi2Terminate")

static fmi2Status child_reset(instance *inst) {
    begin(CHILD(inst), OP_RESET);
    fmi2Status status = call(inst, CHILD(inst), "fmi2Reset");
    if (status <= fmi2Warning) CHILD(inst)->time = 0;
    return status;
}

static fmi2Status child_do_step(instance *inst, double t, double h) {
    child_backend *b = CHILD(inst);
    buffer *out = begin(b, OP_DO_STEP);
    put_f64(out, t);
    put_f64(out, h);
    b->time = t;
    fmi2Status status = call(inst, b, "fmi2DoStep");
    if (status <= fmi2Warning) b->time = t + h;
    return status;
}

static fmi2Status child_get_real(instance *inst, const fmi2ValueReference *vr, size_t n, fmi2Real *value) {
    child_backend *b = CHILD(inst);
    put_references(begin(b, OP_GET_REAL), vr, n);
    fmi2Status status = call(inst, b, "fmi2GetReal");
    if (status > fmi2Warning) return status;
    for (size_t i = 0; i < n; i++) value[i] = take_f64(b);
    return complete(inst, b, "fmi2GetReal", status);
}

static fmi2Status child_set_real(instance *inst, const fmi2ValueReference *vr, size_t n, const fmi2Real *value) {
    child_backend *b = CHILD(inst);
    buffer *out = begin(b, OP_SET_REAL);
    put_references(out, vr, n);
    for (size_t i = 0; i < n; i++) put_f64(out, value[i]);
    return call(inst, b, "fmi2SetReal");
}

static fmi2Status get_ints(instance *inst, enum child_opcode opcode, const char *function,
                           const fmi2ValueReference *vr, size_t n, int *value) {
    child_backend *b = CHILD(inst);
    put_references(begin(b, opcode), vr, n);
    fmi2Status status = call(inst, b, function);
    if (status > fmi2Warning) return status;
    for (size_t i = 0; i < n; i++) value[i] = (int)(int32_t)take_u32(b);
    return complete(inst, b, function, status);
}

static fmi2Status set_ints(instance *inst, enum child_opcode opcode, const char *function,
                           const fmi2ValueReference *vr, size_t n, const int *value) {
    child_backend *b = CHILD(inst);
    buffer *out = begin(b, opcode);
    put_references(out, vr, n);
    for (size_t i = 0; i < n; i++) put_u32(out, (uint32_t)value[i]);
    return call(inst, b, function);
}

static fmi2Status child_get_integer(instance *inst, const fmi2ValueReference *vr, size_t n, fmi2Integer *value) {
    return get_ints(inst, OP_GET_INTEGER, "fmi2GetInteger", vr, n, value);
}

static fmi2Status child_set_integer(instance *inst, const fmi2ValueReference *vr, size_t n,
                                    const fmi2Integer *value) {
    return set_ints(inst, OP_SET_INTEGER, "fmi2SetInteger", vr, n, value);
}

static fmi2Status child_get_boolean(instance *inst, const fmi2ValueReference *vr, size_t n, fmi2Boolean *value) {
    return get_ints(inst, OP_GET_BOOLEAN, "fmi2GetBoolean", vr, n, value);
}

static fmi2Status child_set_boolean(instance *inst, const fmi2ValueReference *vr, size_t n,
                                    const fmi2Boolean *value) {
    return set_ints(inst, OP_SET_BOOLEAN, "fmi2SetBoolean", vr, n, value);
}

static fmi2Status child_get_string(instance *inst, const fmi2ValueReference *vr, size_t n, fmi2String *value) {
    child_backend *b = CHILD(inst);
    put_references(begin(b, OP_GET_STRING), vr, n);
    fmi2Status status = call(inst, b, "fmi2GetString");
    if (status > fmi2Warning) return status;
    if (instance_reserve_strings(inst, n) != 0) {
        instance_log(inst, fmi2Error, "logStatusError", "fmi2GetString: out of memory");
        return fmi2Error;
    }
    for (size_t i = 0; i < n; i++) {
        inst->strings[i] = take_string(b);
        if (!inst->strings[i]) return complete(inst, b, "fmi2GetString", status == fmi2OK ? fmi2Error : status);
        value[i] = inst->strings[i];
    }
    return complete(inst, b, "fmi2GetString", status);
}

static fmi2Status child_set_string(instance *inst, const fmi2ValueReference *vr, size_t n, const fmi2String *value) {
    child_backend *b = CHILD(inst);
    buffer *out = begin(b, OP_SET_STRING);
    put_references(out, vr, n);
    for (size_t i = 0; i < n; i++) put_string(out, value[i]);
    return call(inst, b, "fmi2SetString");
}

static fmi2Status child_get_state(instance *inst, unsigned char **bytes, size_t *size) {
    child_backend *b = CHILD(inst);
    begin(b, OP_GET_STATE);
    fmi2Status status = call(inst, b, "fmi2GetFMUstate");
    if (status > fmi2Warning) return status;
    uint32_t length = take_u32(b);
    const unsigned char *payload = take(b, length);
    if (!payload) return complete(inst, b, "fmi2GetFMUstate", status);
    *bytes = malloc(length > 0 ? length : 1);
    if (!*bytes) {
        instance_log(inst, fmi2Error, "logStatusError", "fmi2GetFMUstate: out of memory for %u bytes",
                     (unsigned)length);
        return fmi2Error;
    }
    memcpy(*bytes, payload, length);
    *size = length;
    return status;
}

static fmi2Status child_set_state(instance *inst, const unsigned char *bytes, size_t size) {
    child_backend *b = CHILD(inst);
    if (size > CHILD_MAX_FRAME - 16) {
        instance_log(inst, fmi2Error, "logStatusError", "fmi2SetFMUstate: a state of %zu bytes is too large", size);
        return fmi2Error;
    }
    buffer *out = begin(b, OP_SET_STATE);
    put_u32(out, (uint32_t)size);
    put(out, bytes, size);
    return call(inst, b, "fmi2SetFMUstate");
}

static fmi2Status child_last_successful_time(instance *inst, double *time) {
    child_backend *b = CHILD(inst);
    begin(b, OP_LAST_SUCCESSFUL_TIME);
    fmi2Status status = call(inst, b, "fmi2GetRealStatus");
    if (status > fmi2Warning) return status;
    *time = take_f64(b);
    return complete(inst, b, "fmi2GetRealStatus", status);
}

static void release(child_backend *b) {
    close_channel(b);
    reap(b, CLOSE_GRACE_MS, NULL);
    free(b->request.data);
    free(b->reply.data);
    free(b);
}

static void child_free(instance *inst) {
    child_backend *b = CHILD(inst);
    if (!b) return;
    if (!b->dead && b->fd >= 0) {
        /* Ask the child to close; do not wait for its answer: closing our end tells it to exit as well. */
        finish(begin(b, OP_CLOSE));
        if (!b->request.failed) send_all(b->fd, b->request.data, b->request.length, now_seconds() + CLOSE_GRACE_MS / 1000.0);
    }
    release(b);
    inst->backend = NULL;
}

static const backend_ops child_ops = {
    "child JVM process",       child_set_debug_logging, child_setup_experiment, child_enter_initialization,
    child_exit_initialization, child_do_step,           child_terminate,        child_reset,
    child_get_real,            child_set_real,          child_get_integer,      child_set_integer,
    child_get_boolean,         child_set_boolean,       child_get_string,       child_set_string,
    child_get_state,           child_set_state,         child_last_successful_time, child_free,
};

/* ------------------------------------------------------------------ starting the child */

static int is_jar(const char *name) {
    size_t length = strlen(name);
    return length > 4 && strcmp(name + length - 4, ".jar") == 0;
}

/* "<resources>/java/a.jar:<resources>/java/b.jar", sorted like the in-process class loader's; NULL after
 * logging why. */
static char *jar_classpath(instance *inst) {
    char directory[PATH_MAX];
    snprintf(directory, sizeof directory, "%s/java", inst->resource_directory);
    struct dirent **entries;
    int count = scandir(directory, &entries, NULL, alphasort);
    if (count < 0) {
        instance_log(inst, fmi2Error, "logStatusError", "fmi2Instantiate: cannot list %s, which must hold the"
                     " slave's jars", directory);
        return NULL;
    }
    buffer path = {0};
    for (int i = 0; i < count; i++) {
        if (is_jar(entries[i]->d_name)) {
            if (path.length) put(&path, ":", 1);
            put(&path, directory, strlen(directory));
            put(&path, "/", 1);
            put(&path, entries[i]->d_name, strlen(entries[i]->d_name));
        }
        free(entries[i]);
    }
    free(entries);
    put(&path, "", 1);
    if (path.failed || path.length <= 1) {
        instance_log(inst, fmi2Error, "logStatusError", "fmi2Instantiate: %s", path.failed ? "out of memory"
                     : "resources/java holds no .jar file");
        free(path.data);
        return NULL;
    }
    return (char *)path.data;
}

/* Moves fd above the standard descriptors (keeping FD_CLOEXEC), so that dup2 onto 0 and 1 in the child really
 * copies it. */
static int above_standard(int fd) {
    if (fd > 2) return fd;
    int moved = fcntl(fd, F_DUPFD_CLOEXEC, 3);
    close(fd);
    return moved;
}

static int spawn_child(instance *inst, child_backend *b, const char *java, char *classpath) {
    const char *argv[CHILD_DEFAULT_OPTION_COUNT + CONFIG_MAX_JVM_OPTIONS + 10];
    size_t argc = 0;
    argv[argc++] = java;
    for (size_t i = 0; i < CHILD_DEFAULT_OPTION_COUNT; i++) argv[argc++] = child_default_options[i];
    for (int i = 0; i < inst->config.jvm_option_count; i++) argv[argc++] = inst->config.jvm_options[i];
    argv[argc++] = "-cp";
    argv[argc++] = classpath;
    argv[argc++] = CHILD_MAIN_CLASS;
    argv[argc++] = inst->config.slave_class;
    argv[argc++] = inst->name;
    argv[argc++] = inst->guid;
    argv[argc++] = inst->resource_directory;
    argv[argc++] = inst->logging_on ? "true" : "false";
    argv[argc] = NULL;

    int ends[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0) {
        instance_log(inst, fmi2Error, "logStatusError", "fmi2Instantiate: cannot create a socket pair for the child"
                     " JVM: %s", strerror(errno));
        return -1;
    }
    ends[0] = above_standard(ends[0]);
    ends[1] = above_standard(ends[1]);
    if (ends[0] < 0 || ends[1] < 0) {
        instance_log(inst, fmi2Error, "logStatusError", "fmi2Instantiate: out of file descriptors");
        if (ends[0] >= 0) close(ends[0]);
        if (ends[1] >= 0) close(ends[1]);
        return -1;
    }
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, ends[1], 0); /* dup2 clears FD_CLOEXEC on the copies */
    posix_spawn_file_actions_adddup2(&actions, ends[1], 1);
    posix_spawnattr_init(&attributes);
    /* The child must not inherit a signal mask or ignored signals from the host (a JVM with -Xrs, MATLAB). */
    sigset_t none, reset;
    sigemptyset(&none);
    sigemptyset(&reset);
    int signals[] = {SIGPIPE, SIGCHLD, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2};
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaddset(&reset, signals[i]);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &reset);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    int spawned = posix_spawn(&b->pid, java, &actions, &attributes, (char *const *)argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    close(ends[1]);
    if (spawned != 0) {
        close(ends[0]);
        b->pid = 0;
        instance_log(inst, fmi2Error, "logStatusError", "fmi2Instantiate: cannot start the child JVM %s: %s", java,
                     strerror(spawned));
        return -1;
    }
    b->fd = ends[0];
    return 0;
}

int child_backend_open(instance *inst) {
    char java[PATH_MAX], searched[2048];
    if (jvm_host_find_java(inst, java, sizeof java, searched, sizeof searched) != 0) {
        instance_log(inst, fmi2Error, "logStatusError",
                     "fmi2Instantiate: no Java %d or newer launcher for the child JVM. Searched: %s. Fix: install a"
                     " JDK or JRE %d+ and set JAVA_HOME to it, put its bin/java on PATH, or use an FMU packaged with"
                     " a bundled runtime", JVM_MINIMUM_FEATURE_VERSION, searched, JVM_MINIMUM_FEATURE_VERSION);
        return -1;
    }
    char *classpath = jar_classpath(inst);
    if (!classpath) return -1;
    child_backend *b = calloc(1, sizeof *b);
    if (!b) {
        free(classpath);
        return -1;
    }
    b->fd = -1;
    int spawned = spawn_child(inst, b, java, classpath);
    free(classpath);
    if (spawned != 0) {
        free(b);
        return -1;
    }
    /* The greeting: the slave exists, or LOG frames say why not. */
    double timeout = fmax(inst->config.child_timeout_seconds, GREETING_MINIMUM_SECONDS);
    fmi2Status status = await_reply(inst, b, "fmi2Instantiate", timeout);
    if (status == fmi2OK) {
        uint32_t magic = take_u32(b), version = take_u32(b);
        if (b->truncated || magic != CHILD_PROTOCOL_MAGIC || version != CHILD_PROTOCOL_VERSION) {
            char detail[160];
            snprintf(detail, sizeof detail, "its greeting is not protocol version %u of this shim (resources/java"
                     " holds another fmu-export version?)", CHILD_PROTOCOL_VERSION);
            status = fatal(inst, b, "fmi2Instantiate", IO_FAILED, timeout, detail);
        }
    }
    /* Otherwise the child's LOG frames, forwarded already, said why, exactly as in-process instantiation does. */
    if (status != fmi2OK) {
        release(b);
        return -1;
    }
    inst->ops = &child_ops;
    inst->backend = b;
    return 0;
}
