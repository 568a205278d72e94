#include "fmu_config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *trim(char *text) {
    while (isspace((unsigned char)*text)) text++;
    char *end = text + strlen(text);
    while (end > text && isspace((unsigned char)end[-1])) *--end = '\0';
    return text;
}

static int parse_mode(const char *value, java_mode *mode) {
    if (strcmp(value, "auto") == 0) *mode = MODE_AUTO;
    else if (strcmp(value, "in-process") == 0) *mode = MODE_IN_PROCESS;
    else if (strcmp(value, "out-of-process") == 0) *mode = MODE_OUT_OF_PROCESS;
    else return -1;
    return 0;
}

static void split_options(fmu_config *config, const char *value) {
    char *copy = strdup(value);
    for (char *token = strtok(copy, " \t"); token && config->jvm_option_count < CONFIG_MAX_JVM_OPTIONS;
         token = strtok(NULL, " \t")) {
        config->jvm_options[config->jvm_option_count++] = strdup(token);
    }
    free(copy);
}

static int apply(fmu_config *config, const char *key, const char *value, const char *file, int line,
                 char *error, size_t error_size) {
    if (strcmp(key, "slave.class") == 0) {
        free(config->slave_class);
        config->slave_class = strdup(value);
    } else if (strcmp(key, "java.mode") == 0) {
        if (parse_mode(value, &config->mode) != 0) {
            snprintf(error, error_size, "%s line %d: java.mode is '%s', expected auto, in-process or out-of-process",
                     file, line, value);
            return -1;
        }
    } else if (strcmp(key, "jvm.options") == 0) {
        split_options(config, value);
    } else if (strcmp(key, "child.timeout") == 0) {
        char *end;
        double seconds = strtod(value, &end);
        if (*end != '\0' || !(seconds > 0)) {
            snprintf(error, error_size, "%s line %d: child.timeout is '%s', expected a positive number of seconds",
                     file, line, value);
            return -1;
        }
        config->child_timeout_seconds = seconds;
    }
    return 0; /* unknown keys are left for newer shims */
}

int fmu_config_read(fmu_config *config, const char *resource_directory, char *error, size_t error_size) {
    memset(config, 0, sizeof *config);
    config->mode = MODE_AUTO;
    config->child_timeout_seconds = 60;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", resource_directory, CONFIG_FILE_NAME);
    FILE *file = fopen(path, "r");
    if (!file) {
        snprintf(error, error_size, "cannot open %s: the FMU's resources/ must hold the configuration the packager"
                 " writes", path);
        return -1;
    }
    char buffer[8192];
    int line = 0, result = 0;
    while (result == 0 && fgets(buffer, sizeof buffer, file)) {
        line++;
        char *text = trim(buffer);
        if (*text == '\0' || *text == '#') continue;
        char *equals = strchr(text, '=');
        if (!equals) {
            snprintf(error, error_size, "%s line %d: expected key=value, found '%s'", path, line, text);
            result = -1;
            break;
        }
        *equals = '\0';
        result = apply(config, trim(text), trim(equals + 1), path, line, error, error_size);
    }
    fclose(file);
    if (result == 0 && (!config->slave_class || !*config->slave_class)) {
        snprintf(error, error_size, "%s: key slave.class is missing", path);
        result = -1;
    }
    const char *override = getenv("DRIVETWIN_FMU_MODE");
    if (result == 0 && override && *override && parse_mode(override, &config->mode) != 0) {
        snprintf(error, error_size, "environment variable DRIVETWIN_FMU_MODE is '%s', expected auto, in-process or"
                 " out-of-process", override);
        result = -1;
    }
    if (result != 0) fmu_config_free(config);
    return result;
}

void fmu_config_free(fmu_config *config) {
    free(config->slave_class);
    config->slave_class = NULL;
    for (int i = 0; i < config->jvm_option_count; i++) free(config->jvm_options[i]);
    config->jvm_option_count = 0;
}
