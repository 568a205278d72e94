#include "jvm_host.h"

#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef jint (*get_created_vms_fn)(JavaVM **, jsize, jsize *);
typedef jint (*create_vm_fn)(JavaVM **, void **, void *);

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static JavaVM *vm;
static int vm_feature_version;
static pthread_key_t detach_key;
static pthread_once_t detach_key_once = PTHREAD_ONCE_INIT;

static void detach_thread(void *machine) {
    JavaVM *java = machine;
    (*java)->DetachCurrentThread(java);
}

static void create_detach_key(void) { pthread_key_create(&detach_key, detach_thread); }

JNIEnv *jvm_host_env(void) {
    JNIEnv *env = NULL;
    jint found = (*vm)->GetEnv(vm, (void **)&env, JNI_VERSION_1_8);
    if (found == JNI_OK) return env;
    if (found != JNI_EDETACHED) return NULL;
    if ((*vm)->AttachCurrentThreadAsDaemon(vm, (void **)&env, NULL) != JNI_OK) return NULL;
    pthread_once(&detach_key_once, create_detach_key);
    pthread_setspecific(detach_key, vm);
    return env;
}

/* libjvm is usually global (the java launcher loads it so); a host may have loaded it privately, so look in
 * /proc/self/maps for it as well. */
static get_created_vms_fn find_get_created_vms(void) {
    void *symbol = dlsym(RTLD_DEFAULT, "JNI_GetCreatedJavaVMs");
    if (symbol) return (get_created_vms_fn)symbol;
    FILE *maps = fopen("/proc/self/maps", "r");
    if (!maps) return NULL;
    char line[4096];
    while (!symbol && fgets(line, sizeof line, maps)) {
        char *path = strchr(line, '/');
        if (!path) continue;
        path[strcspn(path, "\n")] = '\0';
        size_t length = strlen(path);
        if (length < 10 || strcmp(path + length - 10, "/libjvm.so") != 0) continue;
        void *library = dlopen(path, RTLD_NOW | RTLD_NOLOAD);
        if (library) symbol = dlsym(library, "JNI_GetCreatedJavaVMs");
    }
    fclose(maps);
    return (get_created_vms_fn)symbol;
}

/* Feature version of the running JVM from java.specification.version ("1.8" is 8, "17" is 17); 0 if unknown. */
static int running_feature_version(JNIEnv *env) {
    int version = 0;
    jclass system = (*env)->FindClass(env, "java/lang/System");
    jmethodID get_property = system ? (*env)->GetStaticMethodID(env, system, "getProperty",
                                                                "(Ljava/lang/String;)Ljava/lang/String;") : NULL;
    jstring key = get_property ? (*env)->NewStringUTF(env, "java.specification.version") : NULL;
    jstring value = key ? (jstring)(*env)->CallStaticObjectMethod(env, system, get_property, key) : NULL;
    if (value && !(*env)->ExceptionCheck(env)) {
        const char *text = (*env)->GetStringUTFChars(env, value, NULL);
        if (text) {
            version = strncmp(text, "1.", 2) == 0 ? atoi(text + 2) : atoi(text);
            (*env)->ReleaseStringUTFChars(env, value, text);
        }
    }
    (*env)->ExceptionClear(env);
    if (value) (*env)->DeleteLocalRef(env, value);
    if (key) (*env)->DeleteLocalRef(env, key);
    if (system) (*env)->DeleteLocalRef(env, system);
    return version;
}

/* Feature version of a Java home from its release file (JAVA_VERSION="17.0.15" or "1.8.0_402"); 0 if unknown. */
static int home_feature_version(const char *home) {
    char path[PATH_MAX + 16], line[512];
    snprintf(path, sizeof path, "%s/release", home);
    FILE *release = fopen(path, "r");
    if (!release) return 0;
    int version = 0;
    while (fgets(line, sizeof line, release)) {
        if (strncmp(line, "JAVA_VERSION=\"", 14) == 0) {
            const char *text = line + 14;
            version = strncmp(text, "1.", 2) == 0 ? atoi(text + 2) : atoi(text);
            break;
        }
    }
    fclose(release);
    return version;
}

/* The Java home of the first executable `java` on PATH, resolving links (/usr/bin/java -> .../bin/java). */
static int java_home_on_path(char *home, size_t size) {
    const char *path = getenv("PATH");
    if (!path) return -1;
    char *copy = strdup(path);
    int found = -1;
    for (char *dir = strtok(copy, ":"); dir && found != 0; dir = strtok(NULL, ":")) {
        char candidate[PATH_MAX], resolved[PATH_MAX];
        snprintf(candidate, sizeof candidate, "%s/java", dir);
        if (access(candidate, X_OK) != 0 || !realpath(candidate, resolved)) continue;
        char *slash = strrchr(resolved, '/'); /* strip /java */
        if (slash) *slash = '\0';
        slash = strrchr(resolved, '/'); /* strip /bin */
        if (slash) *slash = '\0';
        snprintf(home, size, "%s", resolved);
        found = 0;
    }
    free(copy);
    return found;
}

typedef struct {
    char homes[3][PATH_MAX];
    const char *labels[3];
    int count;
} java_homes;

static void candidate_homes(const instance *inst, java_homes *homes) {
    homes->count = 0;
    snprintf(homes->homes[homes->count], PATH_MAX, "%s/binaries/linux64/jre", inst->fmu_directory);
    homes->labels[homes->count++] = "runtime bundled in the FMU";
    const char *java_home = getenv("JAVA_HOME");
    if (java_home && *java_home) {
        snprintf(homes->homes[homes->count], PATH_MAX, "%s", java_home);
        homes->labels[homes->count++] = "JAVA_HOME";
    }
    if (java_home_on_path(homes->homes[homes->count], PATH_MAX) == 0) homes->labels[homes->count++] = "java on PATH";
}

/* Appends "label (home): reason" to the search report. */
static void report(char *searched, size_t size, const char *label, const char *home, const char *reason) {
    size_t used = strlen(searched);
    snprintf(searched + used, size - used, "%s%s (%s): %s", used ? "; " : "", label, home, reason);
}

static int usable_home(const char *home, const char *label, const char *file, char *searched, size_t size) {
    char path[PATH_MAX + 32];
    snprintf(path, sizeof path, "%s/%s", home, file);
    if (access(path, R_OK) != 0) {
        report(searched, size, label, home, file[0] == 'l' ? "no lib/server/libjvm.so" : "no bin/java");
        return 0;
    }
    int version = home_feature_version(home);
    if (version != 0 && version < JVM_MINIMUM_FEATURE_VERSION) {
        char reason[64];
        snprintf(reason, sizeof reason, "Java %d, older than the Java %d this FMU needs", version,
                 JVM_MINIMUM_FEATURE_VERSION);
        report(searched, size, label, home, reason);
        return 0;
    }
    return 1;
}

static jvm_result create_vm(const instance *inst, JNIEnv **env) {
    java_homes homes;
    candidate_homes(inst, &homes);
    char searched[4096] = "";
    for (int i = 0; i < homes.count; i++) {
        const char *home = homes.homes[i];
        if (!usable_home(home, homes.labels[i], "lib/server/libjvm.so", searched, sizeof searched)) continue;
        char library[PATH_MAX + 32];
        snprintf(library, sizeof library, "%s/lib/server/libjvm.so", home);
        /* RTLD_GLOBAL so that the next FMU in this process finds the JVM through JNI_GetCreatedJavaVMs. */
        void *handle = dlopen(library, RTLD_NOW | RTLD_GLOBAL);
        create_vm_fn create = handle ? (create_vm_fn)dlsym(handle, "JNI_CreateJavaVM") : NULL;
        if (!create) {
            report(searched, sizeof searched, homes.labels[i], home, dlerror());
            continue;
        }
        JavaVMOption options[CONFIG_MAX_JVM_OPTIONS];
        for (int k = 0; k < inst->config.jvm_option_count; k++) {
            options[k].optionString = inst->config.jvm_options[k];
            options[k].extraInfo = NULL;
        }
        JavaVMInitArgs arguments = {JNI_VERSION_1_8, inst->config.jvm_option_count, options, JNI_FALSE};
        jint created = create(&vm, (void **)env, &arguments);
        if (created == JNI_OK) {
            vm_feature_version = running_feature_version(*env);
            instance_log(inst, fmi2OK, "logEvents", "created a Java %d virtual machine from %s (%s)",
                         vm_feature_version, home, homes.labels[i]);
            return JVM_READY;
        }
        char reason[128];
        snprintf(reason, sizeof reason, "JNI_CreateJavaVM failed with code %d (check jvm.options in %s)", (int)created,
                 CONFIG_FILE_NAME);
        report(searched, sizeof searched, homes.labels[i], home, reason);
        vm = NULL;
    }
    instance_log(inst, fmi2Error, "logStatusError",
                 "fmi2Instantiate: no Java %d or newer runtime found. Searched: %s. Fix: install a JDK or JRE %d+"
                 " and set JAVA_HOME to it, put its bin/java on PATH, or use an FMU packaged with a bundled runtime",
                 JVM_MINIMUM_FEATURE_VERSION, searched[0] ? searched : "nothing (JAVA_HOME and PATH are unset)",
                 JVM_MINIMUM_FEATURE_VERSION);
    return JVM_UNAVAILABLE;
}

jvm_result jvm_host_acquire(const instance *inst, JNIEnv **env) {
    pthread_mutex_lock(&lock);
    jvm_result result = JVM_READY;
    if (!vm) {
        get_created_vms_fn get_created = find_get_created_vms();
        jsize count = 0;
        JavaVM *existing = NULL;
        if (get_created && get_created(&existing, 1, &count) == JNI_OK && count > 0) {
            vm = existing;
            JNIEnv *attached = jvm_host_env();
            vm_feature_version = attached ? running_feature_version(attached) : 0;
        } else {
            result = create_vm(inst, env);
        }
    }
    if (result == JVM_READY && vm_feature_version < JVM_MINIMUM_FEATURE_VERSION) {
        instance_log(inst, fmi2OK, "logEvents",
                     "the process runs a Java %d virtual machine, older than the Java %d this FMU needs",
                     vm_feature_version, JVM_MINIMUM_FEATURE_VERSION);
        result = JVM_TOO_OLD;
    }
    pthread_mutex_unlock(&lock);
    if (result != JVM_READY) return result;
    *env = jvm_host_env();
    if (!*env) {
        instance_log(inst, fmi2Error, "logStatusError", "fmi2Instantiate: cannot attach this thread to the JVM");
        return JVM_UNAVAILABLE;
    }
    return JVM_READY;
}

/* Zip archives carry no Unix modes, so importers unpack the bundled bin/java without its execute bit; give it
 * back (to whoever may read it) rather than fail on a runtime that is otherwise complete. */
static void make_bundled_launcher_executable(const char *home) {
    char launcher[PATH_MAX + 16];
    snprintf(launcher, sizeof launcher, "%s/bin/java", home);
    struct stat status;
    if (stat(launcher, &status) == 0 && access(launcher, X_OK) != 0)
        chmod(launcher, status.st_mode | ((status.st_mode & 0444) >> 2));
}

int jvm_host_find_java(const instance *inst, char *path, size_t path_size, char *error, size_t error_size) {
    java_homes homes;
    candidate_homes(inst, &homes);
    make_bundled_launcher_executable(homes.homes[0]);
    error[0] = '\0';
    for (int i = 0; i < homes.count; i++) {
        if (!usable_home(homes.homes[i], homes.labels[i], "bin/java", error, error_size)) continue;
        snprintf(path, path_size, "%s/bin/java", homes.homes[i]);
        if (access(path, X_OK) != 0) {
            report(error, error_size, homes.labels[i], homes.homes[i], "bin/java is not executable");
            continue;
        }
        return 0;
    }
    if (!error[0]) snprintf(error, error_size, "JAVA_HOME and PATH are unset and the FMU bundles no runtime");
    return -1;
}
