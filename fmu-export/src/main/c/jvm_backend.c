/*
 * In-process backend: the Java slave runs in this process's JVM, in a class loader of its own over the jars in
 * the FMU's resources/java/, so two FMUs or two instances of one FMU never share static state. Value references
 * and numbers cross through direct buffers the NativeBridge object keeps, read and written here as plain memory,
 * so an fmi2 call costs one JNI up-call (CallIntMethodA) and one exception check; strings cross through a String
 * array with JNI calls. Every JNI call is followed by an exception check; an exception becomes fmi2Error with its
 * text logged.
 *
 * fmi2SetReal usually costs no up-call: Java publishes, per Real value reference, in which phases a write is
 * allowed and the declared range (RealWriteTable.java), and a batch whose every value certainly passes is queued in
 * memory Java applies at the start of its next call (PendingRealWrites.java). A batch with any value the table
 * does not clear goes to Java's setReal as before, which makes every refusal and its message: this file never
 * refuses a value of its own.
 */
#include <dirent.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jvm_host.h"

#define BRIDGE_CLASS "dev.drivetwin.fmuexport.runtime.NativeBridge"
#define LOGGER_CLASS "dev.drivetwin.fmuexport.runtime.NativeLogger"

/* Phase.java, by ordinal; which one the shim's state is in decides which write-table bit applies. */
enum phase { PHASE_INSTANTIATED, PHASE_INITIALIZATION, PHASE_STEPPING, PHASE_TERMINATED, PHASE_NONE = -1 };

/* One entry of RealWriteTable.java per Real value reference. */
typedef struct {
    int32_t phases; /* bit (1 << phase) set when the write is allowed in that phase */
    int32_t unused;
    double min, max; /* the declared range, -inf and +inf when open */
} real_write_rule;

/* PendingRealWrites.java: the control block and one queued value. */
typedef struct {
    int32_t phase; /* Java's phase, written by Java */
    int32_t count; /* values queued; raised here, set back to 0 by Java when it applies them */
} pending_control;

typedef struct {
    int32_t vr;
    int32_t unused;
    double value;
} pending_real;

/* Queues at most this many values, 1 MiB, before handing a batch to Java's setReal instead (which applies the
 * queue first), so a host that only ever sets values cannot make the queue grow without end. */
#define PENDING_MAX (1 << 16)

typedef struct {
    jobject loader;
    jobject bridge;
    jobject utf8;          /* java.nio.charset.StandardCharsets.UTF_8 */
    jclass string_class;
    jmethodID string_new;  /* String(byte[], Charset) */
    jfieldID f_vr, f_reals, f_integers, f_strings;
    /* the bridge's direct buffers (valueReferenceMemory, realMemory, integerMemory), valid until reserve() */
    jint *vr;
    double *reals;
    jint *integers;
    jobjectArray strings;
    jint capacity;
    /* fmi2SetReal's fast path: the write table (fixed per instance) and the queue (entries move on reservePending) */
    jfieldID f_write_table, f_pending_control, f_pending;
    const real_write_rule *write_table;
    uint32_t real_count;
    pending_control *control;
    pending_real *pending;
    int32_t pending_capacity;
    jmethodID reserve_pending;
    jmethodID reserve, set_debug_logging, setup_experiment, enter_init, exit_init, do_step, terminate, reset,
        get_real, set_real, get_integer, set_integer, get_boolean, set_boolean, get_string, set_string, get_state,
        set_state, last_time, loader_close;
} jvm_backend;

static const backend_ops jvm_ops;

/* ------------------------------------------------------------------ helpers */

static JNIEnv *env_for(instance *inst, const char *function) {
    JNIEnv *env = jvm_host_env();
    if (!env) instance_log(inst, fmi2Fatal, "logStatusFatal", "%s: cannot attach this thread to the JVM", function);
    return env;
}

/* Clears a pending exception and logs it; returns 1 if there was one. */
static int caught(instance *inst, JNIEnv *env, const char *function) {
    if (!(*env)->ExceptionCheck(env)) return 0;
    jthrowable thrown = (*env)->ExceptionOccurred(env);
    (*env)->ExceptionClear(env);
    const char *text = NULL;
    jstring description = NULL;
    jclass object = (*env)->FindClass(env, "java/lang/Object");
    jmethodID to_string = object ? (*env)->GetMethodID(env, object, "toString", "()Ljava/lang/String;") : NULL;
    if (to_string) description = (jstring)(*env)->CallObjectMethod(env, thrown, to_string);
    (*env)->ExceptionClear(env);
    if (description) text = (*env)->GetStringUTFChars(env, description, NULL);
    instance_log(inst, fmi2Error, "logStatusError", "%s: Java exception %s", function, text ? text : "(no text)");
    if (text) (*env)->ReleaseStringUTFChars(env, description, text);
    if (description) (*env)->DeleteLocalRef(env, description);
    if (object) (*env)->DeleteLocalRef(env, object);
    (*env)->DeleteLocalRef(env, thrown);
    return 1;
}

static fmi2Status call_status(instance *inst, JNIEnv *env, const char *function, jint status) {
    if (caught(inst, env, function)) return fmi2Error;
    return status >= fmi2OK && status <= fmi2Fatal ? (fmi2Status)status : fmi2Error;
}

/* Reads the bridge's buffers again (after instantiate and after each reserve); 0, or -1 if one is missing. */
static int refresh_buffers(jvm_backend *b, JNIEnv *env) {
    jobject memory[3] = {(*env)->GetObjectField(env, b->bridge, b->f_vr),
                         (*env)->GetObjectField(env, b->bridge, b->f_reals),
                         (*env)->GetObjectField(env, b->bridge, b->f_integers)};
    void *addresses[3] = {NULL, NULL, NULL};
    for (int i = 0; i < 3; i++) {
        if (memory[i]) addresses[i] = (*env)->GetDirectBufferAddress(env, memory[i]);
    }
    b->vr = addresses[0];
    b->reals = addresses[1];
    b->integers = addresses[2];
    b->capacity = memory[0] ? (jint)((*env)->GetDirectBufferCapacity(env, memory[0]) / (jlong)sizeof(jint)) : 0;
    for (int i = 0; i < 3; i++)
        if (memory[i]) (*env)->DeleteLocalRef(env, memory[i]);
    jobject strings = (*env)->GetObjectField(env, b->bridge, b->f_strings);
    if (b->strings) (*env)->DeleteGlobalRef(env, b->strings);
    b->strings = strings ? (*env)->NewGlobalRef(env, strings) : NULL;
    if (strings) (*env)->DeleteLocalRef(env, strings);
    /* at least 2: fmi2DoStep passes its communication point and step size in the Real buffer */
    return b->vr && b->reals && b->integers && b->strings && b->capacity >= 2 ? 0 : -1;
}

/* Reads the address of the bridge's queued fmi2SetReal values again (at opening and after reservePending). */
static int refresh_pending(jvm_backend *b, JNIEnv *env) {
    jobject memory = (*env)->GetObjectField(env, b->bridge, b->f_pending);
    b->pending = memory ? (*env)->GetDirectBufferAddress(env, memory) : NULL;
    b->pending_capacity = memory && b->pending
        ? (int32_t)((*env)->GetDirectBufferCapacity(env, memory) / (jlong)sizeof(pending_real)) : 0;
    if (memory) (*env)->DeleteLocalRef(env, memory);
    return b->pending && b->pending_capacity > 0 ? 0 : -1;
}

/* Reads the write table and the queue's control block, which stay where they are for the instance's life. */
static int open_fast_path(jvm_backend *b, JNIEnv *env) {
    jobject table = (*env)->GetObjectField(env, b->bridge, b->f_write_table);
    jobject control = (*env)->GetObjectField(env, b->bridge, b->f_pending_control);
    b->write_table = table ? (*env)->GetDirectBufferAddress(env, table) : NULL;
    b->real_count = table && b->write_table
        ? (uint32_t)((*env)->GetDirectBufferCapacity(env, table) / (jlong)sizeof(real_write_rule)) : 0;
    b->control = control ? (*env)->GetDirectBufferAddress(env, control) : NULL;
    if (table) (*env)->DeleteLocalRef(env, table);
    if (control) (*env)->DeleteLocalRef(env, control);
    return b->write_table && b->control && refresh_pending(b, env) == 0 ? 0 : -1;
}

/* Makes the bridge's buffers hold n values and copies the value references in. */
static int prepare(instance *inst, JNIEnv *env, jvm_backend *b, const char *function, const fmi2ValueReference *vr,
                   size_t n) {
    if (n > (size_t)(INT_MAX / 8)) {
        instance_log(inst, fmi2Error, "logStatusError", "%s: nvr %zu is too large", function, n);
        return -1;
    }
    if ((jint)n > b->capacity) {
        jvalue argument = {.i = (jint)n};
        (*env)->CallVoidMethodA(env, b->bridge, b->reserve, &argument);
        if (caught(inst, env, function)) return -1;
        if (refresh_buffers(b, env) != 0 || (jint)n > b->capacity) {
            caught(inst, env, function);
            instance_log(inst, fmi2Error, "logStatusError", "%s: cannot make room for %zu values", function, n);
            return -1;
        }
    }
    memcpy(b->vr, vr, n * sizeof *vr);
    return 0;
}

/* bridge.method(n), the one up-call of a get or set. */
static jint call_with_count(JNIEnv *env, jvm_backend *b, jmethodID method, size_t n) {
    jvalue argument = {.i = (jint)n};
    return (*env)->CallIntMethodA(env, b->bridge, method, &argument);
}

/* ------------------------------------------------------------------ opening */

static jobject new_class_loader(instance *inst, JNIEnv *env) {
    char directory[PATH_MAX];
    snprintf(directory, sizeof directory, "%s/java", inst->resource_directory);
    struct dirent **entries;
    int count = scandir(directory, &entries, NULL, alphasort);
    if (count < 0) {
        instance_log(inst, fmi2Error, "logStatusError", "fmi2Instantiate: cannot list %s, which must hold the"
                     " slave's jars", directory);
        return NULL;
    }
    jclass file_class = (*env)->FindClass(env, "java/io/File");
    jclass uri_class = (*env)->FindClass(env, "java/net/URI");
    jclass url_class = (*env)->FindClass(env, "java/net/URL");
    jclass loader_class = (*env)->FindClass(env, "java/net/URLClassLoader");
    jclass class_loader = (*env)->FindClass(env, "java/lang/ClassLoader");
    jmethodID file_new = (*env)->GetMethodID(env, file_class, "<init>", "(Ljava/lang/String;)V");
    jmethodID to_uri = (*env)->GetMethodID(env, file_class, "toURI", "()Ljava/net/URI;");
    jmethodID to_url = (*env)->GetMethodID(env, uri_class, "toURL", "()Ljava/net/URL;");
    jmethodID loader_new = (*env)->GetMethodID(env, loader_class, "<init>",
                                               "(Ljava/lang/String;[Ljava/net/URL;Ljava/lang/ClassLoader;)V");
    jmethodID platform = (*env)->GetStaticMethodID(env, class_loader, "getPlatformClassLoader",
                                                   "()Ljava/lang/ClassLoader;");
    int jars = 0;
    for (int i = 0; i < count; i++) {
        size_t length = strlen(entries[i]->d_name);
        if (length > 4 && strcmp(entries[i]->d_name + length - 4, ".jar") == 0) jars++;
    }
    jobjectArray urls = (*env)->NewObjectArray(env, jars, url_class, NULL);
    for (int i = 0, k = 0; i < count; i++) {
        size_t length = strlen(entries[i]->d_name);
        if (length > 4 && strcmp(entries[i]->d_name + length - 4, ".jar") == 0) {
            char path[PATH_MAX + 256];
            snprintf(path, sizeof path, "%s/%s", directory, entries[i]->d_name);
            jstring name = (*env)->NewStringUTF(env, path);
            jobject file = (*env)->NewObject(env, file_class, file_new, name);
            jobject uri = (*env)->CallObjectMethod(env, file, to_uri);
            jobject url = (*env)->CallObjectMethod(env, uri, to_url);
            (*env)->SetObjectArrayElement(env, urls, k++, url);
        }
        free(entries[i]);
    }
    free(entries);
    if (jars == 0) {
        instance_log(inst, fmi2Error, "logStatusError", "fmi2Instantiate: %s holds no .jar file", directory);
        return NULL;
    }
    char label[512];
    snprintf(label, sizeof label, "drivetwin FMU instance %s", inst->name);
    jstring loader_name = (*env)->NewStringUTF(env, label);
    jobject parent = (*env)->CallStaticObjectMethod(env, class_loader, platform);
    jobject loader = (*env)->NewObject(env, loader_class, loader_new, loader_name, urls, parent);
    return caught(inst, env, "fmi2Instantiate") ? NULL : loader;
}

static jclass load_class(instance *inst, JNIEnv *env, jobject loader, const char *name) {
    jclass class_loader = (*env)->FindClass(env, "java/lang/ClassLoader");
    jmethodID load = (*env)->GetMethodID(env, class_loader, "loadClass", "(Ljava/lang/String;)Ljava/lang/Class;");
    jstring class_name = (*env)->NewStringUTF(env, name);
    jclass loaded = (jclass)(*env)->CallObjectMethod(env, loader, load, class_name);
    if (caught(inst, env, "fmi2Instantiate")) {
        instance_log(inst, fmi2Error, "logStatusError", "fmi2Instantiate: cannot load %s from resources/java", name);
        return NULL;
    }
    return loaded;
}

/* Called from Java (NativeLogger.log) with the instance pointer it was given at instantiation. */
static void JNICALL native_log(JNIEnv *env, jclass caller, jlong handle, jint status, jstring category,
                               jstring message) {
    (void)caller;
    instance *inst = (instance *)(intptr_t)handle;
    const char *category_text = category ? (*env)->GetStringUTFChars(env, category, NULL) : NULL;
    const char *message_text = message ? (*env)->GetStringUTFChars(env, message, NULL) : NULL;
    instance_log(inst, (fmi2Status)status, category_text ? category_text : "logAll", "%s",
                 message_text ? message_text : "");
    if (category_text) (*env)->ReleaseStringUTFChars(env, category, category_text);
    if (message_text) (*env)->ReleaseStringUTFChars(env, message, message_text);
}

static int find_members(JNIEnv *env, jvm_backend *b, jclass bridge) {
    struct {
        jmethodID *id;
        const char *name, *signature;
    } methods[] = {
        {&b->reserve, "reserve", "(I)V"},
        {&b->reserve_pending, "reservePending", "(I)V"},
        {&b->set_debug_logging, "setDebugLogging", "(Z[Ljava/lang/String;)I"},
        {&b->setup_experiment, "setupExperiment", "(ZDDZD)I"},
        {&b->enter_init, "enterInitializationMode", "()I"},
        {&b->exit_init, "exitInitializationMode", "()I"},
        {&b->do_step, "doStep", "()I"},
        {&b->terminate, "terminate", "()I"},
        {&b->reset, "reset", "()I"},
        {&b->get_real, "getReal", "(I)I"},
        {&b->set_real, "setReal", "(I)I"},
        {&b->get_integer, "getInteger", "(I)I"},
        {&b->set_integer, "setInteger", "(I)I"},
        {&b->get_boolean, "getBoolean", "(I)I"},
        {&b->set_boolean, "setBoolean", "(I)I"},
        {&b->get_string, "getString", "(I)I"},
        {&b->set_string, "setString", "(I)I"},
        {&b->get_state, "getState", "()[B"},
        {&b->set_state, "setState", "([B)I"},
        {&b->last_time, "lastSuccessfulTime", "()D"},
    };
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
        *methods[i].id = (*env)->GetMethodID(env, bridge, methods[i].name, methods[i].signature);
        if (!*methods[i].id) return -1;
    }
    b->f_vr = (*env)->GetFieldID(env, bridge, "valueReferenceMemory", "Ljava/nio/ByteBuffer;");
    b->f_reals = (*env)->GetFieldID(env, bridge, "realMemory", "Ljava/nio/ByteBuffer;");
    b->f_integers = (*env)->GetFieldID(env, bridge, "integerMemory", "Ljava/nio/ByteBuffer;");
    b->f_strings = (*env)->GetFieldID(env, bridge, "strings", "[Ljava/lang/String;");
    b->f_write_table = (*env)->GetFieldID(env, bridge, "writeTableMemory", "Ljava/nio/ByteBuffer;");
    b->f_pending_control = (*env)->GetFieldID(env, bridge, "pendingControlMemory", "Ljava/nio/ByteBuffer;");
    b->f_pending = (*env)->GetFieldID(env, bridge, "pendingMemory", "Ljava/nio/ByteBuffer;");
    if (!b->f_write_table || !b->f_pending_control || !b->f_pending) return -1;
    jclass loader_class = (*env)->FindClass(env, "java/net/URLClassLoader");
    b->loader_close = (*env)->GetMethodID(env, loader_class, "close", "()V");
    jclass string_class = (*env)->FindClass(env, "java/lang/String");
    b->string_class = (*env)->NewGlobalRef(env, string_class);
    b->string_new = (*env)->GetMethodID(env, string_class, "<init>", "([BLjava/nio/charset/Charset;)V");
    jclass charsets = (*env)->FindClass(env, "java/nio/charset/StandardCharsets");
    jfieldID utf8 = (*env)->GetStaticFieldID(env, charsets, "UTF_8", "Ljava/nio/charset/Charset;");
    b->utf8 = (*env)->NewGlobalRef(env, (*env)->GetStaticObjectField(env, charsets, utf8));
    return b->f_vr && b->f_reals && b->f_integers && b->f_strings && b->loader_close && b->string_new ? 0 : -1;
}

static int open_bridge(instance *inst, JNIEnv *env, jvm_backend *b) {
    jobject loader = new_class_loader(inst, env);
    if (!loader) return -1;
    b->loader = (*env)->NewGlobalRef(env, loader);
    jclass logger = load_class(inst, env, loader, LOGGER_CLASS);
    jclass bridge = logger ? load_class(inst, env, loader, BRIDGE_CLASS) : NULL;
    if (!bridge) return -1;
    JNINativeMethod log_method = {"log", "(JILjava/lang/String;Ljava/lang/String;)V", (void *)native_log};
    if ((*env)->RegisterNatives(env, logger, &log_method, 1) != 0 || caught(inst, env, "fmi2Instantiate")) {
        instance_log(inst, fmi2Error, "logStatusError", "fmi2Instantiate: cannot bind %s.log", LOGGER_CLASS);
        return -1;
    }
    jmethodID instantiate = (*env)->GetStaticMethodID(env, bridge, "instantiate",
        "(JLjava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Z)L"
        "dev/drivetwin/fmuexport/runtime/NativeBridge;");
    if (!instantiate || find_members(env, b, bridge) != 0) {
        caught(inst, env, "fmi2Instantiate");
        instance_log(inst, fmi2Error, "logStatusError", "fmi2Instantiate: %s in resources/java does not match this"
                     " shim (a method or field is missing); repackage the FMU", BRIDGE_CLASS);
        return -1;
    }
    jobject object = (*env)->CallStaticObjectMethod(env, bridge, instantiate, (jlong)(intptr_t)inst,
                                                    (*env)->NewStringUTF(env, inst->config.slave_class),
                                                    (*env)->NewStringUTF(env, inst->name),
                                                    (*env)->NewStringUTF(env, inst->guid),
                                                    (*env)->NewStringUTF(env, inst->resource_directory),
                                                    (jboolean)(inst->logging_on ? JNI_TRUE : JNI_FALSE));
    if (caught(inst, env, "fmi2Instantiate") || !object) return -1; /* the bridge has logged why */
    b->bridge = (*env)->NewGlobalRef(env, object);
    if (refresh_buffers(b, env) != 0 || open_fast_path(b, env) != 0) {
        caught(inst, env, "fmi2Instantiate");
        instance_log(inst, fmi2Error, "logStatusError", "fmi2Instantiate: %s has no direct buffers for values (this"
                     " JVM gives no access to direct buffer memory through JNI)", BRIDGE_CLASS);
        return -1;
    }
    return 0;
}

static void release(JNIEnv *env, jvm_backend *b) {
    if (b->loader && b->loader_close) {
        (*env)->CallVoidMethod(env, b->loader, b->loader_close);
        (*env)->ExceptionClear(env);
    }
    jobject refs[] = {b->loader, b->bridge, b->utf8, b->string_class, b->strings};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        if (refs[i]) (*env)->DeleteGlobalRef(env, refs[i]);
    free(b);
}

int jvm_backend_open(instance *inst) {
    JNIEnv *env = NULL;
    jvm_result found = jvm_host_acquire(inst, &env);
    if (found == JVM_TOO_OLD) {
        if (inst->config.mode == MODE_IN_PROCESS)
            instance_log(inst, fmi2Error, "logStatusError", "fmi2Instantiate: java.mode=in-process but the host's"
                         " JVM is too old; use java.mode=auto or out-of-process");
        return BACKEND_HOST_JVM_TOO_OLD;
    }
    if (found != JVM_READY) return -1;
    jvm_backend *b = calloc(1, sizeof *b);
    if (!b) return -1;
    /* A frame for the local references made while opening: a native thread never returns to Java to drop them. */
    if ((*env)->PushLocalFrame(env, 64) != 0) {
        caught(inst, env, "fmi2Instantiate");
        free(b);
        return -1;
    }
    int opened = open_bridge(inst, env, b);
    (*env)->PopLocalFrame(env, NULL);
    if (opened != 0) {
        release(env, b);
        return -1;
    }
    inst->ops = &jvm_ops;
    inst->backend = b;
    return 0;
}

/* ------------------------------------------------------------------ operations */

#define BACKEND(function)                                                                                        \
    jvm_backend *b = inst->backend;                                                                              \
    JNIEnv *env = env_for(inst, function);                                                                       \
    if (!env) return fmi2Fatal

static fmi2Status jvm_set_debug_logging(instance *inst, int on, size_t n, const fmi2String categories[]) {
    BACKEND("fmi2SetDebugLogging");
    if ((*env)->PushLocalFrame(env, (jint)n + 8) != 0) return call_status(inst, env, "fmi2SetDebugLogging", 0);
    jobjectArray names = (*env)->NewObjectArray(env, (jsize)n, b->string_class, NULL);
    for (size_t i = 0; names && i < n; i++) {
        jbyteArray bytes = (*env)->NewByteArray(env, (jsize)strlen(categories[i]));
        (*env)->SetByteArrayRegion(env, bytes, 0, (jsize)strlen(categories[i]), (const jbyte *)categories[i]);
        (*env)->SetObjectArrayElement(env, names, (jsize)i,
                                      (*env)->NewObject(env, b->string_class, b->string_new, bytes, b->utf8));
    }
    jint status = names ? (*env)->CallIntMethod(env, b->bridge, b->set_debug_logging, (jboolean)on, names) : 3;
    fmi2Status result = call_status(inst, env, "fmi2SetDebugLogging", status);
    (*env)->PopLocalFrame(env, NULL);
    return result;
}

static fmi2Status jvm_setup_experiment(instance *inst, int tolerance_defined, double tolerance, double start,
                                       int stop_defined, double stop) {
    BACKEND("fmi2SetupExperiment");
    jint status = (*env)->CallIntMethod(env, b->bridge, b->setup_experiment, (jboolean)tolerance_defined, tolerance,
                                        start, (jboolean)stop_defined, stop);
    return call_status(inst, env, "fmi2SetupExperiment", status);
}

#define NO_ARGUMENT_CALL(name, method, function)                                                                \
    static fmi2Status name(instance *inst) {                                                                     \
        BACKEND(function);                                                                                       \
        return call_status(inst, env, function, (*env)->CallIntMethod(env, b->bridge, b->method));              \
    }

NO_ARGUMENT_CALL(jvm_enter_initialization, enter_init, "fmi2EnterInitializationMode")
NO_ARGUMENT_CALL(jvm_exit_initialization, exit_init, "fmi2ExitInitializationMode")
NO_ARGUMENT_CALL(jvm_terminate, terminate, "fmi2Terminate")
NO_ARGUMENT_CALL(jvm_reset, reset, "fmi2Reset")

static fmi2Status jvm_do_step(instance *inst, double t, double h) {
    BACKEND("fmi2DoStep");
    /* The bridge's Real buffer (2 values at least, refresh_buffers checks) carries t and h: cheaper than two
     * double JNI arguments. */
    b->reals[0] = t;
    b->reals[1] = h;
    return call_status(inst, env, "fmi2DoStep", (*env)->CallIntMethodA(env, b->bridge, b->do_step, NULL));
}

static fmi2Status jvm_get_real(instance *inst, const fmi2ValueReference *vr, size_t n, fmi2Real *value) {
    BACKEND("fmi2GetReal");
    if (prepare(inst, env, b, "fmi2GetReal", vr, n) != 0) return fmi2Error;
    fmi2Status status = call_status(inst, env, "fmi2GetReal", call_with_count(env, b, b->get_real, n));
    if (status <= fmi2Warning) memcpy(value, b->reals, n * sizeof *value);
    return status;
}

static enum phase phase_of(int state) {
    switch (state) {
    case STATE_INSTANTIATED: return PHASE_INSTANTIATED;
    case STATE_INITIALIZATION_MODE: return PHASE_INITIALIZATION;
    case STATE_STEP_COMPLETE:
    case STATE_STEP_FAILED: return PHASE_STEPPING;
    case STATE_TERMINATED: return PHASE_TERMINATED;
    default: return PHASE_NONE;
    }
}

/* Whether every value certainly passes Java's rules: the shim's state and Java's phase agree (they can only differ
 * after a state deserialised from foreign bytes, and then Java decides), each value reference is a Real one that
 * may be written in that phase, and each value lies in its declared range (which NaN never does). */
static int cleared(const instance *inst, const jvm_backend *b, const fmi2ValueReference *vr, size_t n,
                   const fmi2Real *value) {
    enum phase phase = phase_of(inst->state);
    if (phase == PHASE_NONE || phase != b->control->phase) return 0;
    const int32_t bit = 1 << phase;
    for (size_t i = 0; i < n; i++) {
        if (vr[i] >= b->real_count) return 0;
        const real_write_rule *rule = &b->write_table[vr[i]];
        if (!(rule->phases & bit) || !(rule->min <= value[i] && value[i] <= rule->max)) return 0;
    }
    return 1;
}

/* Makes the queue hold `needed` values, keeping the queued ones (reservePending). */
static fmi2Status grow_pending(instance *inst, int32_t needed) {
    BACKEND("fmi2SetReal");
    jvalue argument = {.i = needed};
    (*env)->CallVoidMethodA(env, b->bridge, b->reserve_pending, &argument);
    if (caught(inst, env, "fmi2SetReal")) return fmi2Error;
    if (refresh_pending(b, env) != 0 || b->pending_capacity < needed) {
        instance_log(inst, fmi2Error, "logStatusError", "fmi2SetReal: cannot make room to queue %d values",
                     (int)needed);
        return fmi2Error;
    }
    return fmi2OK;
}

static fmi2Status jvm_set_real(instance *inst, const fmi2ValueReference *vr, size_t n, const fmi2Real *value) {
    jvm_backend *queue = inst->backend;
    int32_t count = queue->control->count;
    /* The fast path: a cleared batch is queued for Java to apply at the start of its next call. */
    if (n <= (size_t)(PENDING_MAX - count) && cleared(inst, queue, vr, n, value)) {
        if ((int32_t)n > queue->pending_capacity - count) {
            fmi2Status grown = grow_pending(inst, count + (int32_t)n);
            if (grown != fmi2OK) return grown;
        }
        pending_real *next = queue->pending + count;
        for (size_t i = 0; i < n; i++) next[i] = (pending_real){.vr = (int32_t)vr[i], .value = value[i]};
        queue->control->count = count + (int32_t)n;
        return fmi2OK;
    }
    /* Java decides: it applies the queue, then accepts the batch or refuses it with its own message. */
    BACKEND("fmi2SetReal");
    if (prepare(inst, env, b, "fmi2SetReal", vr, n) != 0) return fmi2Error;
    memcpy(b->reals, value, n * sizeof *value);
    return call_status(inst, env, "fmi2SetReal", call_with_count(env, b, b->set_real, n));
}

static fmi2Status get_ints(instance *inst, const char *function, jmethodID method, const fmi2ValueReference *vr,
                           size_t n, int *value) {
    BACKEND(function);
    if (prepare(inst, env, b, function, vr, n) != 0) return fmi2Error;
    fmi2Status status = call_status(inst, env, function, call_with_count(env, b, method, n));
    if (status <= fmi2Warning) memcpy(value, b->integers, n * sizeof *value);
    return status;
}

static fmi2Status set_ints(instance *inst, const char *function, jmethodID method, const fmi2ValueReference *vr,
                           size_t n, const int *value) {
    BACKEND(function);
    if (prepare(inst, env, b, function, vr, n) != 0) return fmi2Error;
    memcpy(b->integers, value, n * sizeof *value);
    return call_status(inst, env, function, call_with_count(env, b, method, n));
}

static fmi2Status jvm_get_integer(instance *inst, const fmi2ValueReference *vr, size_t n, fmi2Integer *value) {
    return get_ints(inst, "fmi2GetInteger", ((jvm_backend *)inst->backend)->get_integer, vr, n, value);
}

static fmi2Status jvm_set_integer(instance *inst, const fmi2ValueReference *vr, size_t n, const fmi2Integer *value) {
    return set_ints(inst, "fmi2SetInteger", ((jvm_backend *)inst->backend)->set_integer, vr, n, value);
}

static fmi2Status jvm_get_boolean(instance *inst, const fmi2ValueReference *vr, size_t n, fmi2Boolean *value) {
    return get_ints(inst, "fmi2GetBoolean", ((jvm_backend *)inst->backend)->get_boolean, vr, n, value);
}

static fmi2Status jvm_set_boolean(instance *inst, const fmi2ValueReference *vr, size_t n, const fmi2Boolean *value) {
    return set_ints(inst, "fmi2SetBoolean", ((jvm_backend *)inst->backend)->set_boolean, vr, n, value);
}

static fmi2Status jvm_get_string(instance *inst, const fmi2ValueReference *vr, size_t n, fmi2String *value) {
    BACKEND("fmi2GetString");
    if (prepare(inst, env, b, "fmi2GetString", vr, n) != 0) return fmi2Error;
    fmi2Status status = call_status(inst, env, "fmi2GetString", call_with_count(env, b, b->get_string, n));
    if (status > fmi2Warning) return status;
    if (instance_reserve_strings(inst, n) != 0) {
        instance_log(inst, fmi2Error, "logStatusError", "fmi2GetString: out of memory");
        return fmi2Error;
    }
    for (size_t i = 0; i < n; i++) {
        jstring text = (jstring)(*env)->GetObjectArrayElement(env, b->strings, (jsize)i);
        const char *chars = text ? (*env)->GetStringUTFChars(env, text, NULL) : NULL;
        inst->strings[i] = strdup(chars ? chars : "");
        if (chars) (*env)->ReleaseStringUTFChars(env, text, chars);
        if (text) (*env)->DeleteLocalRef(env, text);
        value[i] = inst->strings[i];
    }
    return status;
}

static fmi2Status jvm_set_string(instance *inst, const fmi2ValueReference *vr, size_t n, const fmi2String *value) {
    BACKEND("fmi2SetString");
    if (prepare(inst, env, b, "fmi2SetString", vr, n) != 0) return fmi2Error;
    for (size_t i = 0; i < n; i++) {
        /* Decoded by Java as UTF-8, so malformed bytes from the host become U+FFFD, never a JVM crash. */
        jobject text = NULL;
        if (value[i]) {
            jsize length = (jsize)strlen(value[i]);
            jbyteArray bytes = (*env)->NewByteArray(env, length);
            (*env)->SetByteArrayRegion(env, bytes, 0, length, (const jbyte *)value[i]);
            text = (*env)->NewObject(env, b->string_class, b->string_new, bytes, b->utf8);
            (*env)->DeleteLocalRef(env, bytes);
        }
        (*env)->SetObjectArrayElement(env, b->strings, (jsize)i, text);
        if (text) (*env)->DeleteLocalRef(env, text);
        if (caught(inst, env, "fmi2SetString")) return fmi2Error;
    }
    return call_status(inst, env, "fmi2SetString", call_with_count(env, b, b->set_string, n));
}

static fmi2Status jvm_get_state(instance *inst, unsigned char **bytes, size_t *size) {
    BACKEND("fmi2GetFMUstate");
    jbyteArray state = (jbyteArray)(*env)->CallObjectMethod(env, b->bridge, b->get_state);
    if (caught(inst, env, "fmi2GetFMUstate") || !state) return fmi2Error; /* the bridge has logged why */
    jsize length = (*env)->GetArrayLength(env, state);
    *bytes = malloc(length > 0 ? (size_t)length : 1);
    if (*bytes) (*env)->GetByteArrayRegion(env, state, 0, length, (jbyte *)*bytes);
    (*env)->DeleteLocalRef(env, state);
    if (!*bytes) {
        instance_log(inst, fmi2Error, "logStatusError", "fmi2GetFMUstate: out of memory for %d bytes", (int)length);
        return fmi2Error;
    }
    *size = (size_t)length;
    return fmi2OK;
}

static fmi2Status jvm_set_state(instance *inst, const unsigned char *bytes, size_t size) {
    BACKEND("fmi2SetFMUstate");
    jbyteArray state = (*env)->NewByteArray(env, (jsize)size);
    if (caught(inst, env, "fmi2SetFMUstate") || !state) return fmi2Error;
    (*env)->SetByteArrayRegion(env, state, 0, (jsize)size, (const jbyte *)bytes);
    jint status = (*env)->CallIntMethod(env, b->bridge, b->set_state, state);
    (*env)->DeleteLocalRef(env, state);
    return call_status(inst, env, "fmi2SetFMUstate", status);
}

static fmi2Status jvm_last_successful_time(instance *inst, double *time) {
    BACKEND("fmi2GetRealStatus");
    *time = (*env)->CallDoubleMethod(env, b->bridge, b->last_time);
    if (caught(inst, env, "fmi2GetRealStatus")) return fmi2Error;
    return isnan(*time) ? fmi2Error : fmi2OK; /* NaN: the bridge has logged why */
}

static void jvm_free(instance *inst) {
    JNIEnv *env = jvm_host_env();
    if (env && inst->backend) release(env, inst->backend);
    inst->backend = NULL;
}

static const backend_ops jvm_ops = {
    "in-process JVM",       jvm_set_debug_logging, jvm_setup_experiment, jvm_enter_initialization,
    jvm_exit_initialization, jvm_do_step,          jvm_terminate,        jvm_reset,
    jvm_get_real,           jvm_set_real,          jvm_get_integer,      jvm_set_integer,
    jvm_get_boolean,        jvm_set_boolean,       jvm_get_string,       jvm_set_string,
    jvm_get_state,          jvm_set_state,         jvm_last_successful_time, jvm_free,
};
