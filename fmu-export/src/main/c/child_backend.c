/* Out-of-process backend: placeholder until the child JVM protocol lands (same session). */
#include "instance.h"

int child_backend_open(instance *inst) {
    instance_log(inst, fmi2Error, "logStatusError", "fmi2Instantiate: out-of-process mode is not built yet");
    return -1;
}
