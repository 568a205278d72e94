package dev.drivetwin.fmuexport.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import no.ntnu.ihb.fmi4j.FmiStatus;
import no.ntnu.ihb.fmi4j.importer.fmi2.CoSimulationSlave;
import no.ntnu.ihb.fmi4j.importer.fmi2.Fmu;
import no.ntnu.ihb.fmi4j.modeldescription.variables.ModelVariables;

/**
 * The FMU imported through FMI4j. FMI4j's {@code doStep} reduces the status to a boolean, so each step also
 * checks {@code getLastStatus()}.
 */
public final class Fmi4jFmu implements ImportedFmu {
    /** Null when the caller loaded the FMU: then it closes it too. */
    private final Fmu fmu;
    private final CoSimulationSlave slave;
    private final ModelVariables variables;

    /** Loads {@code file} and instantiates it; {@link #close} frees the instance and the extracted FMU. */
    public Fmi4jFmu(File file, String instanceName) throws IOException {
        fmu = Fmu.from(file);
        slave = fmu.asCoSimulationFmu().newInstance(instanceName);
        variables = slave.getModelVariables();
    }

    /**
     * Wraps {@code slave}, an instance of an FMU the caller loaded, for tests that run several instances of one
     * FMU; {@link #close} frees only the instance.
     */
    public Fmi4jFmu(CoSimulationSlave slave) {
        fmu = null;
        this.slave = slave;
        variables = slave.getModelVariables();
    }

    /** The instance itself, for what a scenario does not cover. */
    public CoSimulationSlave slave() {
        return slave;
    }

    private long[] references(String... names) {
        return Arrays.stream(names).mapToLong(n -> variables.getByName(n).getValueReference()).toArray();
    }

    @Override
    public void writeReal(String[] names, double[] values) {
        ok("writeReal " + Arrays.toString(names), slave.writeReal(references(names), values));
    }

    @Override
    public void writeInteger(String name, int value) {
        ok("writeInteger " + name, slave.writeInteger(references(name), new int[] {value}));
    }

    @Override
    public void writeString(String[] names, String[] values) {
        ok("writeString " + Arrays.toString(names), slave.writeString(references(names), values));
    }

    @Override
    public void initialize(double startTime, double stopTime) {
        assertTrue(slave.setupExperiment(startTime, stopTime, 0), "FMI4j setupExperiment");
        assertTrue(slave.enterInitializationMode(), "FMI4j enterInitializationMode");
        assertTrue(slave.exitInitializationMode(), "FMI4j exitInitializationMode");
    }

    @Override
    public double doStep(double time, double stepSize) {
        boolean stepped = slave.doStep(time, stepSize);
        ok("doStep at t=" + time, slave.getLastStatus());
        assertTrue(stepped, "FMI4j doStep at t=" + time);
        return time;
    }

    @Override
    public double[] readReal(String[] names) {
        double[] values = new double[names.length];
        ok("readReal " + Arrays.toString(names), slave.readReal(references(names), values));
        return values;
    }

    /** Not part of {@link ImportedFmu}: the component FMUs' scenarios read no Integer. */
    public int readInteger(String name) {
        int[] value = new int[1];
        ok("readInteger " + name, slave.readInteger(references(name), value));
        return value[0];
    }

    @Override
    public void close() {
        slave.close();
        if (fmu != null) {
            fmu.close();
        }
    }

    private static void ok(String call, FmiStatus status) {
        assertEquals(FmiStatus.OK, status, "FMI4j " + call);
    }
}
