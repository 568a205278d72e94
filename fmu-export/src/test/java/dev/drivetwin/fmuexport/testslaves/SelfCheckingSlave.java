package dev.drivetwin.fmuexport.testslaves;

import dev.drivetwin.fmuexport.slave.Slave;
import dev.drivetwin.fmuexport.slave.SlaveDeclaration;
import dev.drivetwin.modeldescriptions.model.Causality;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A slave whose input setter checks more than the declared range, as a model with a consistency check of its own
 * might: {@code power} is declared without bounds, but its setter throws for a value above {@link #LIMIT}. The
 * runtime's write rules cannot know that check, so the failure shows only when the value reaches the setter.
 */
public final class SelfCheckingSlave implements Slave {
    /** The largest power the setter takes [W]. */
    public static final double LIMIT = 1000;

    private double power;  // [W]
    private double energy; // [J]

    @Override
    public void declare(SlaveDeclaration d) {
        d.modelName("SelfCheckingSlave").description("Checks its input in the setter (test slave)");
        d.real("power").causality(Causality.INPUT).unit("W").start(0)
                .description("Power in; the setter refuses more than 1000 W [W]")
                .getter(() -> power).setter(this::setPower);
        d.real("energy").causality(Causality.OUTPUT).unit("J").dependsOn()
                .description("Energy taken in so far [J]").getter(() -> energy);
    }

    private void setPower(double value) {
        if (value > LIMIT) {
            throw new IllegalArgumentException("power " + value + " W is above the limit of " + LIMIT + " W");
        }
        power = value;
    }

    @Override
    public void doStep(double currentCommunicationPoint, double communicationStepSize) {
        energy += power * communicationStepSize;
    }

    @Override
    public void reset() {
        power = 0;
        energy = 0;
    }

    @Override
    public void writeState(DataOutput out) throws IOException {
        out.writeDouble(power);
        out.writeDouble(energy);
    }

    @Override
    public void readState(DataInput in) throws IOException {
        power = in.readDouble();
        energy = in.readDouble();
    }
}
