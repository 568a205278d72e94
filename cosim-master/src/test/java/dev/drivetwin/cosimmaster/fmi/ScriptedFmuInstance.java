package dev.drivetwin.cosimmaster.fmi;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import java.nio.file.Path;
import java.util.List;

/**
 * A test double of an FMU instance, in the spirit of libcosim's mock slave: output {@code position} [m] moves at
 * input {@code speed} [m/s] (exactly: position += speed * step), and input {@code fault} set to 1 makes the next
 * doStep fail as an FMU's fmi2Error would. Each doStep advances {@link #clock} by {@code nanosPerStep}, so timing
 * can be tested without real time.
 */
public final class ScriptedFmuInstance implements FmuInstance {
    public static final FmuVariable SPEED = new FmuVariable("speed", 0, FmuVariable.VariableKind.REAL, "input", "m/s");
    public static final FmuVariable FAULT = new FmuVariable("fault", 1, FmuVariable.VariableKind.INTEGER, "input",
            null);
    public static final FmuVariable POSITION = new FmuVariable("position", 2, FmuVariable.VariableKind.REAL, "output",
            "m");

    /** A settable wall clock [ns]. */
    public static final class Clock {
        public long nanos;
    }

    private final Clock clock;
    private final long nanosPerStep;
    private double speed;
    private int fault;
    private double position;
    private boolean closed;

    public ScriptedFmuInstance(Clock clock, long nanosPerStep) {
        this.clock = clock;
        this.nanosPerStep = nanosPerStep;
    }

    public boolean closed() {
        return closed;
    }

    @Override
    public String instanceName() {
        return "scripted";
    }

    @Override
    public List<FmuVariable> variables() {
        return List.of(SPEED, FAULT, POSITION);
    }

    @Override
    public boolean canGetAndSetState() {
        return false;
    }

    @Override
    public void enterInitialization(double startTime, double stopTime, double tolerance) {
    }

    @Override
    public void exitInitialization() {
    }

    @Override
    public void write(FmuVariable variable, String text) {
        writeNumber(variable, Double.parseDouble(text));
    }

    @Override
    public void writeReal(long[] valueReferences, double[] values) {
        for (int i = 0; i < values.length; i++) {
            writeNumber(variables().get((int) valueReferences[i]), values[i]);
        }
    }

    @Override
    public void readReal(long[] valueReferences, double[] values, double time) {
        for (int i = 0; i < values.length; i++) {
            values[i] = readNumber(variables().get((int) valueReferences[i]), time);
        }
    }

    @Override
    public void writeNumber(FmuVariable variable, double value) {
        if (variable.equals(SPEED)) {
            speed = value;
        } else if (variable.equals(FAULT)) {
            fault = (int) value;
        } else {
            throw new MasterException(MasterError.BAD_VALUE, Path.of("Scripted.fmu"), variable.name(),
                    variable.kind(), value);
        }
    }

    @Override
    public double readNumber(FmuVariable variable, double time) {
        return variable.equals(POSITION) ? position : variable.equals(SPEED) ? speed : fault;
    }

    @Override
    public void doStep(double time, double stepSize) {
        clock.nanos += nanosPerStep;
        if (fault == 1) {
            throw new MasterException(MasterError.FMI_CALL, Path.of("Scripted.fmu"), instanceName(), "fmi2DoStep", "fmi2Error",
                    " at t = " + time + " s");
        }
        position += speed * stepSize;
    }

    @Override
    public long saveState(double time) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void restoreState(long state, double time) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void releaseState(long state) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
        closed = true;
    }
}
