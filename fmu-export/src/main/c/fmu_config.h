/*
 * The FMU's runtime configuration, read from resources/drivetwin-fmu.properties, which the packager writes:
 *   slave.class=<fully qualified Java class implementing dev.drivetwin.fmuexport.slave.Slave>
 *   java.mode=auto | in-process | out-of-process    (auto: in-process unless the host's JVM is too old)
 *   jvm.options=<options for a JVM the shim creates or starts, separated by spaces>
 *   child.timeout=<seconds a child JVM may take to answer one call before it counts as hung>
 * The environment variable DRIVETWIN_FMU_MODE, when set, overrides java.mode (for tests and diagnosis).
 */
#ifndef DRIVETWIN_FMU_CONFIG_H
#define DRIVETWIN_FMU_CONFIG_H

#include <stddef.h>

#define CONFIG_FILE_NAME "drivetwin-fmu.properties"
#define CONFIG_MAX_JVM_OPTIONS 32

typedef enum { MODE_AUTO, MODE_IN_PROCESS, MODE_OUT_OF_PROCESS } java_mode;

typedef struct {
    char *slave_class;
    java_mode mode;
    char *jvm_options[CONFIG_MAX_JVM_OPTIONS];
    int jvm_option_count;
    double child_timeout_seconds;
} fmu_config;

/* Reads the file; returns 0, or -1 with a message naming the file, line and key in error. */
int fmu_config_read(fmu_config *config, const char *resource_directory, char *error, size_t error_size);
void fmu_config_free(fmu_config *config);

#endif
