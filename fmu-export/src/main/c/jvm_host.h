/*
 * The process's one JVM. If the process already runs one (our master, FMI4j or JavaFMI inside Java) the shim
 * attaches to it; otherwise it loads libjvm at run time with dlopen (never linked at build time) from, in this
 * order: the runtime bundled in the FMU (binaries/linux64/jre), JAVA_HOME, the java on PATH, and creates the
 * JVM with the FMU's jvm.options. The JVM is never destroyed: a process can create only one.
 */
#ifndef DRIVETWIN_JVM_HOST_H
#define DRIVETWIN_JVM_HOST_H

#include <jni.h>

#include "instance.h"

#define JVM_MINIMUM_FEATURE_VERSION 17

typedef enum { JVM_READY, JVM_TOO_OLD, JVM_UNAVAILABLE } jvm_result;

/* Finds or creates the JVM and attaches the calling thread. JVM_UNAVAILABLE has logged what was searched and how
 * to fix it; JVM_TOO_OLD has logged the version found. */
jvm_result jvm_host_acquire(const instance *inst, JNIEnv **env);

/* The calling thread's JNIEnv, attaching the thread once (as a daemon, detached when the thread ends). NULL if
 * the thread cannot be attached. */
JNIEnv *jvm_host_env(void);

/* The java launcher that belongs to the JVM jvm_host_acquire would create, for starting child JVMs: writes its
 * path and returns 0, or returns -1 with what was searched in error. */
int jvm_host_find_java(const instance *inst, char *path, size_t path_size, char *error, size_t error_size);

#endif
