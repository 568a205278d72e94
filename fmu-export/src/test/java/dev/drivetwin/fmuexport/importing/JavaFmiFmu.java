package dev.drivetwin.fmuexport.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.util.Arrays;
import org.javafmi.proxy.Status;
import org.javafmi.wrapper.Simulation;

/**
 * The FMU imported through JavaFMI 2.24.3 (JNA); fmu-export's JavaFmiImportIT documents how it loads our FMUs.
 * Two quirks shape this adapter: JavaFMI keeps its own time ({@code doStep(h)} sends its running sum as the
 * communication point), so {@link #doStep} checks that sum against the scenario's step count × step and returns
 * it (a model that reads time, such as a drive cycle, then sees e.g. 25.999999999999996 s for 26 s, and its
 * reference run must too); and reads drop the status (a failed fmi2GetReal surfaces as a RuntimeException), so a
 * read either returns values or throws.
 */
public final class JavaFmiFmu implements ImportedFmu {
    /**
     * How far JavaFMI's summed time may drift from step count × step [s], relative to the time: n additions each
     * round by at most half an ulp of the running sum, so n ≤ 10^4 steps stay below 10^4 × 1.1e-16 ≈ 1e-12
     * relative; the shim itself accepts a relative 1e-9.
     */
    private static final double RELATIVE_TIME_DRIFT = 1e-11;

    private final Simulation simulation;

    public JavaFmiFmu(File file) {
        simulation = new Simulation(file.getPath());
    }

    /** The instance itself, for what a scenario does not cover. */
    public Simulation simulation() {
        return simulation;
    }

    @Override
    public void writeReal(String[] names, double[] values) {
        ok("write " + Arrays.toString(names), simulation.write(names).with(values));
    }

    @Override
    public void writeInteger(String name, int value) {
        ok("write " + name, simulation.write(name).with(value));
    }

    @Override
    public void writeString(String[] names, String[] values) {
        ok("write " + Arrays.toString(names), simulation.write(names).with(values));
    }

    @Override
    public void initialize(double startTime, double stopTime) {
        ok("init", simulation.init(startTime, stopTime));
    }

    @Override
    public double doStep(double time, double stepSize) {
        double sent = simulation.getCurrentTime();
        assertEquals(time, sent, RELATIVE_TIME_DRIFT * Math.max(1, Math.abs(time)),
                "JavaFMI's own time before the step");
        ok("doStep at t=" + sent, simulation.doStep(stepSize));
        return sent;
    }

    @Override
    public double[] readReal(String[] names) {
        return simulation.read(names).asDoubles();
    }

    /** Not part of {@link ImportedFmu}: the component FMUs' scenarios read no Integer. */
    public int readInteger(String name) {
        return simulation.read(name).asInteger();
    }

    @Override
    public void close() {
        ok("terminate", simulation.terminate());
    }

    private static void ok(String call, Status status) {
        assertEquals(Status.OK, status, "JavaFMI " + call);
    }
}
