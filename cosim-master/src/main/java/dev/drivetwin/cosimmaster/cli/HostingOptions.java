package dev.drivetwin.cosimmaster.cli;

import dev.drivetwin.cosimmaster.hosting.FmuHosting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Where FMU instances run, shared by {@code simulate} and {@code run} as a picocli mixin: in this process, or in a
 * child process each (all of them, or the named components), with a time limit per call for the children.
 */
final class HostingOptions {
    /** The value {@code --out-of-process} takes when given alone: every instance. */
    static final String ALL = "*";

    @Option(names = "--out-of-process", arity = "0..1", split = ",", fallbackValue = ALL,
            paramLabel = "component,...",
            description = "Run FMUs in child processes, so that a crash or hang of one ends only its process: all of"
                    + " them, or only the named components (--out-of-process=battery,motor).")
    List<String> outOfProcess = new ArrayList<>();

    @Option(names = "--call-timeout", defaultValue = "5", paramLabel = "<s>",
            description = "With --out-of-process: how long one call may take before the FMU is taken as hung"
                    + " (default: ${DEFAULT-VALUE}).")
    double callTimeout;

    /**
     * @param instances the names an out-of-process list may use
     * @throws CommandLine.ParameterException when the timeout is not positive or a name is unknown
     */
    void check(CommandLine.Model.CommandSpec spec, Collection<String> instances) {
        if (!(callTimeout > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--call-timeout must be positive, was "
                    + callTimeout);
        }
        for (String name : outOfProcess) {
            if (!name.equals(ALL) && !instances.contains(name)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--out-of-process: no component '"
                        + name + "'; there are " + instances);
            }
        }
    }

    FmuHosting hostingOf(String instance) {
        return outOfProcess.contains(ALL) || outOfProcess.contains(instance) ? FmuHosting.CHILD_PROCESS
                : FmuHosting.IN_PROCESS;
    }

    Duration callTimeout() {
        return Duration.ofMillis(Math.round(callTimeout * 1000));
    }
}
