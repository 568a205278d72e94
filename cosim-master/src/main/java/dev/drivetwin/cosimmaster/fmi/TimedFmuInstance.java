package dev.drivetwin.cosimmaster.fmi;

import java.util.List;

/**
 * Passes every call to the instance it wraps and adds up the wall-clock time [ns] and the number of its
 * {@link #doStep} calls, including failed ones, for the run summary. Reading the totals while another thread steps
 * gives a value that may lag by one step. Not thread-safe, like every {@link FmuInstance}.
 */
public final class TimedFmuInstance implements FmuInstance {
    private final FmuInstance instance;
    private long doStepNanos;
    private long doStepCalls;

    public TimedFmuInstance(FmuInstance instance) {
        this.instance = instance;
    }

    /** Total time spent in doStep [ns]. */
    public long doStepNanos() {
        return doStepNanos;
    }

    /** Number of doStep calls. */
    public long doStepCalls() {
        return doStepCalls;
    }

    @Override
    public void doStep(double time, double stepSize) {
        long start = System.nanoTime();
        try {
            instance.doStep(time, stepSize);
        } finally {
            doStepNanos += System.nanoTime() - start;
            doStepCalls++;
        }
    }

    @Override
    public String instanceName() {
        return instance.instanceName();
    }

    @Override
    public List<FmuVariable> variables() {
        return instance.variables();
    }

    @Override
    public boolean canGetAndSetState() {
        return instance.canGetAndSetState();
    }

    @Override
    public void enterInitialization(double startTime, double stopTime, double tolerance) {
        instance.enterInitialization(startTime, stopTime, tolerance);
    }

    @Override
    public void exitInitialization() {
        instance.exitInitialization();
    }

    @Override
    public void write(FmuVariable variable, String text) {
        instance.write(variable, text);
    }

    @Override
    public void writeReal(long[] valueReferences, double[] values) {
        instance.writeReal(valueReferences, values);
    }

    @Override
    public void readReal(long[] valueReferences, double[] values, double time) {
        instance.readReal(valueReferences, values, time);
    }

    @Override
    public void writeNumber(FmuVariable variable, double value) {
        instance.writeNumber(variable, value);
    }

    @Override
    public double readNumber(FmuVariable variable, double time) {
        return instance.readNumber(variable, time);
    }

    @Override
    public long saveState(double time) {
        return instance.saveState(time);
    }

    @Override
    public void restoreState(long state, double time) {
        instance.restoreState(state, time);
    }

    @Override
    public void releaseState(long state) {
        instance.releaseState(state);
    }

    @Override
    public void close() {
        instance.close();
    }
}
