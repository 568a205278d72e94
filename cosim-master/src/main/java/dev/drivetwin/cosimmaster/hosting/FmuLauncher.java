package dev.drivetwin.cosimmaster.hosting;

import dev.drivetwin.cosimmaster.fmi.FmuInstance;
import dev.drivetwin.cosimmaster.fmi.ImportedFmu;
import java.io.Closeable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes FMU instances where each is asked to run ({@link FmuHosting}), so that the CLI and the system runner
 * choose per FMU with one call. In-process instances of one file share one {@link ImportedFmu}, loaded on first
 * use and kept until {@link #close}; child-process instances each load the file in their own process. Close the
 * instances before the launcher. Not thread-safe.
 */
public final class FmuLauncher implements Closeable {
    /** A few seconds: far more than any step of our FMUs, short enough that a hung run ends soon. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(5);

    private final Duration callTimeout;
    private final Map<Path, ImportedFmu> loaded = new LinkedHashMap<>();

    /** @param callTimeout how long one call of a child-process instance may take before it is taken as hung */
    public FmuLauncher(Duration callTimeout) {
        if (callTimeout.isNegative() || callTimeout.isZero()) {
            throw new IllegalArgumentException("call timeout must be positive, was " + callTimeout);
        }
        this.callTimeout = callTimeout;
    }

    public FmuLauncher() {
        this(DEFAULT_CALL_TIMEOUT);
    }

    /**
     * A new instance of the FMU in {@code file}.
     *
     * @throws dev.drivetwin.cosimmaster.MasterException naming the file when it cannot be loaded or instantiated
     */
    public FmuInstance instantiate(Path file, String instanceName, FmuHosting hosting) {
        return switch (hosting) {
            case IN_PROCESS -> loaded(file).instantiate(instanceName);
            case CHILD_PROCESS -> ChildProcessFmuInstance.start(file, instanceName, callTimeout);
        };
    }

    /**
     * A new instance of an FMU the caller has already loaded (a system loads each file once to check its
     * connections); in a child process the child loads the file again on its own.
     *
     * @throws dev.drivetwin.cosimmaster.MasterException naming the file when it cannot be instantiated
     */
    public FmuInstance instantiate(ImportedFmu fmu, String instanceName, FmuHosting hosting) {
        return switch (hosting) {
            case IN_PROCESS -> fmu.instantiate(instanceName);
            case CHILD_PROCESS -> ChildProcessFmuInstance.start(fmu.file(), instanceName, callTimeout);
        };
    }

    /** The FMU loaded in this process (loading it on first use). */
    public ImportedFmu loaded(Path file) {
        Path key = file.toAbsolutePath().normalize();
        ImportedFmu fmu = loaded.get(key);
        if (fmu == null) {
            fmu = ImportedFmu.load(file);
            loaded.put(key, fmu);
        }
        return fmu;
    }

    /** Unloads the FMUs loaded in this process. */
    @Override
    public void close() {
        RuntimeException first = null;
        for (ImportedFmu fmu : loaded.values()) {
            try {
                fmu.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        loaded.clear();
        if (first != null) {
            throw first;
        }
    }
}
