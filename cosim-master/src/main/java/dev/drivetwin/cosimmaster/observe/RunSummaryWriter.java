package dev.drivetwin.cosimmaster.observe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import dev.drivetwin.cosimmaster.fmi.TimedFmuInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Writes the JSON {@link RunSummary} when the run finishes, ok or failed: the set-up, wall time and real-time
 * factor, steps, each instance's doStep cost (read from its {@link TimedFmuInstance}) and, for a failed run, the
 * instance, time and message. Not thread-safe.
 */
public final class RunSummaryWriter implements StepObserver {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final List<String> files;
    private final double startTime;
    private final double stopTime;
    private final double stepSize;
    private final String algorithm;
    private final Map<TimedFmuInstance, String> instances;
    private final LongSupplier nanoClock;
    private long startNanos;
    private boolean started;
    private long steps;
    private double simulatedUntil = Double.NaN;
    private RunSummary.Failure failure;

    /**
     * @param instances each timed instance and how it is hosted (such as {@code IN_PROCESS}), in report order
     * @param nanoClock the wall clock [ns], {@code System::nanoTime} outside tests
     */
    public RunSummaryWriter(Path file, List<Path> files, double startTime, double stopTime, double stepSize,
            String algorithm, Map<TimedFmuInstance, String> instances, LongSupplier nanoClock) {
        this.file = file;
        this.files = files.stream().map(Path::toString).toList();
        this.startTime = startTime;
        this.stopTime = stopTime;
        this.stepSize = stepSize;
        this.algorithm = algorithm;
        this.instances = instances;
        this.nanoClock = nanoClock;
    }

    @Override
    public void started(List<FmuVariable> columns) {
        started = true;
        startNanos = nanoClock.getAsLong();
    }

    @Override
    public void stepped(long step, double time, double[] values) {
        steps = step;
        simulatedUntil = time;
    }

    @Override
    public void failed(String instanceName, double time, RuntimeException cause) {
        failure = new RunSummary.Failure(instanceName, time, String.valueOf(cause.getMessage()));
    }

    @Override
    public void finished() {
        double wallTime = started ? (nanoClock.getAsLong() - startNanos) * 1e-9 : 0;
        double simulated = Double.isNaN(simulatedUntil) ? 0 : simulatedUntil - startTime;
        double until = Double.isNaN(simulatedUntil) ? startTime : simulatedUntil;
        RunSummary summary = new RunSummary(files, startTime, stopTime, stepSize, algorithm, wallTime,
                wallTime > 0 ? simulated / wallTime : 0, steps, until, timings(), failure == null ? "ok" : "failed",
                failure);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            JSON.writeValue(file.toFile(), summary);
        } catch (IOException e) {
            throw new MasterException(e, MasterError.IO, file, "cannot write the run summary: " + e.getMessage());
        }
    }

    private List<RunSummary.FmuTiming> timings() {
        return instances.entrySet().stream().map(entry -> {
            TimedFmuInstance timed = entry.getKey();
            long calls = timed.doStepCalls();
            return new RunSummary.FmuTiming(timed.instanceName(), entry.getValue(), calls, timed.doStepNanos(),
                    calls == 0 ? 0 : (double) timed.doStepNanos() / calls);
        }).toList();
    }

    /** The summary as written, for tests and callers that print it. */
    public static RunSummary read(Path file) {
        try {
            return JSON.readValue(file.toFile(), RunSummary.class);
        } catch (IOException e) {
            throw new MasterException(e, MasterError.IO, file, "cannot read the run summary: " + e.getMessage());
        }
    }
}
