package dev.drivetwin.benchmarks;

import dev.drivetwin.fmuexport.slave.Slave;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import no.ntnu.ihb.fmi4j.FmiStatus;
import no.ntnu.ihb.fmi4j.importer.fmi2.CoSimulationSlave;
import no.ntnu.ihb.fmi4j.importer.fmi2.Fmu;

/**
 * {@link Route#FMI4J}: the packaged FMU through FMI4j's JNI library, our C shim and its JNI up-call into the same
 * runtime, all in this JVM. FMI4j takes value references as {@code long[]}, made once before timing
 * ({@link SlaveUnderTest.References}).
 */
final class Fmi4jSlave extends SlaveUnderTest {
    private final Fmu fmu;
    private final CoSimulationSlave slave;

    Fmi4jSlave(Slave declaring, File fmuFile) {
        super(declaring);
        if (!fmuFile.isFile()) {
            throw new IllegalArgumentException(fmuFile + " does not exist; build it with mvn -Pbench package"
                    + " -pl model-descriptions,fmu-export,<model module>,benchmarks");
        }
        try {
            fmu = Fmu.from(fmuFile);
        } catch (IOException e) {
            throw new UncheckedIOException(fmuFile.toString(), e);
        }
        slave = fmu.asCoSimulationFmu().newInstance("bench");
    }

    private static void check(String call, FmiStatus status) {
        if (status != FmiStatus.OK) {
            throw failed(call, status);
        }
    }

    private static void check(String call, boolean ok) {
        if (!ok) {
            throw failed(call, "false");
        }
    }

    @Override
    public void setInteger(String name, int value) {
        check("writeInteger " + name, slave.writeInteger(new long[] {valueReference(name)}, new int[] {value}));
    }

    @Override
    public void setString(String name, String value) {
        check("writeString " + name, slave.writeString(new long[] {valueReference(name)}, new String[] {value}));
    }

    @Override
    public void initialize(double startTime) {
        check("setupExperiment", slave.setupExperiment(startTime, 0, 0));
        check("enterInitializationMode", slave.enterInitializationMode());
        check("exitInitializationMode", slave.exitInitializationMode());
    }

    @Override
    public void reset() {
        check("reset", slave.reset());
    }

    @Override
    public void setReal(References refs, double[] values) {
        check("writeReal", slave.writeReal(refs.longs(), values));
    }

    @Override
    public void doStep(double time, double step) {
        check("doStep", slave.doStep(time, step));
    }

    @Override
    public void getReal(References refs, double[] values) {
        check("readReal", slave.readReal(refs.longs(), values));
    }

    @Override
    public void close() {
        slave.close();
        fmu.close();
    }
}
