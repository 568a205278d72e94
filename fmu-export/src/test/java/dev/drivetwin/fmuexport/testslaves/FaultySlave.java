package dev.drivetwin.fmuexport.testslaves;

import dev.drivetwin.fmuexport.slave.Slave;
import dev.drivetwin.fmuexport.slave.SlaveDeclaration;
import dev.drivetwin.fmuexport.slave.SlaveException;
import dev.drivetwin.modeldescriptions.model.Causality;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A slave that misbehaves on request, to prove the runtime and shim contain it. Input {@code fault} chooses what
 * the next doStep does: 0 steps normally, 1 throws an unchecked exception (fmi2Error), 2 throws SlaveException
 * (fmi2Discard), 3 halts its JVM (only ever run out of process), 4 never returns (a hang).
 */
public final class FaultySlave implements Slave {
    public static final int NONE = 0;
    public static final int THROW = 1;
    public static final int DISCARD = 2;
    public static final int HALT = 3;
    public static final int HANG = 4;

    private int fault;
    private double time;

    @Override
    public void declare(SlaveDeclaration d) {
        d.modelName("FaultySlave").description("Misbehaves on request (test slave)");
        d.integer("fault").causality(Causality.INPUT).start(NONE).min(NONE).max(HANG)
                .description("0 none, 1 throw, 2 discard, 3 halt the JVM, 4 hang")
                .getter(() -> fault).setter(v -> fault = v);
        d.real("time").causality(Causality.OUTPUT).unit("s").dependsOn()
                .description("End of the last completed step [s]").getter(() -> time);
    }

    @Override
    public void doStep(double currentCommunicationPoint, double communicationStepSize) {
        switch (fault) {
            case THROW -> throw new IllegalStateException("fault input asked for an exception");
            case DISCARD -> throw new SlaveException("fault input asked for a discarded step");
            case HALT -> Runtime.getRuntime().halt(86);
            case HANG -> hang();
            default -> time = currentCommunicationPoint + communicationStepSize;
        }
    }

    private static void hang() {
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void reset() {
        fault = NONE;
        time = 0;
    }

    @Override
    public void writeState(DataOutput out) throws IOException {
        out.writeInt(fault);
        out.writeDouble(time);
    }

    @Override
    public void readState(DataInput in) throws IOException {
        fault = in.readInt();
        time = in.readDouble();
    }
}
