package dev.drivetwin.benchmarks;

import dev.drivetwin.fmuexport.runtime.FmiStatus;
import dev.drivetwin.fmuexport.runtime.SlaveInstance;
import dev.drivetwin.fmuexport.slave.Slave;
import dev.drivetwin.fmuexport.slave.SlaveContext;
import dev.drivetwin.fmuexport.slave.SlaveDeclaration;
import dev.drivetwin.fmuexport.slave.SlaveLogger;
import java.nio.file.Path;

/** {@link Route#DIRECT}: the runtime's {@link SlaveInstance}, called as the shim's JNI bridge calls it. */
final class DirectSlave extends SlaveUnderTest {
    private final SlaveInstance instance;

    DirectSlave(Slave slave) {
        super(slave);
        String guid = SlaveDeclaration.of(slave).guid();
        instance = SlaveInstance.create(slave.getClass().getName(), slave.getClass().getClassLoader(),
                new SlaveContext("bench", Path.of("."), SlaveLogger.DISCARD), guid);
    }

    private static void check(String call, int status) {
        if (status != FmiStatus.OK) {
            throw failed(call, status);
        }
    }

    @Override
    public void setInteger(String name, int value) {
        check("setInteger " + name, instance.setInteger(new int[] {valueReference(name)}, 1, new int[] {value}));
    }

    @Override
    public void setString(String name, String value) {
        check("setString " + name, instance.setString(new int[] {valueReference(name)}, 1, new String[] {value}));
    }

    @Override
    public void initialize(double startTime) {
        check("setupExperiment", instance.setupExperiment(false, 0, startTime, false, 0));
        check("enterInitializationMode", instance.enterInitializationMode());
        check("exitInitializationMode", instance.exitInitializationMode());
    }

    @Override
    public void reset() {
        check("reset", instance.reset());
    }

    @Override
    public void setReal(References refs, double[] values) {
        check("setReal", instance.setReal(refs.ints(), values.length, values));
    }

    @Override
    public void doStep(double time, double step) {
        check("doStep", instance.doStep(time, step));
    }

    @Override
    public void getReal(References refs, double[] values) {
        check("getReal", instance.getReal(refs.ints(), values.length, values));
    }

    @Override
    public void close() {
        instance.terminate();
    }
}
