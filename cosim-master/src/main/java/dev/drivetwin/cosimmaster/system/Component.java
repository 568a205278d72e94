package dev.drivetwin.cosimmaster.system;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.fmi.FmuInstance;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One named FMU instance in a system, with its direct-feedthrough structure, its step multiple (multi-rate: it
 * steps once every {@code stepMultiple} base steps, by that many base steps) and the start values of its parameters.
 * Every FMI call made through a component that fails is rethrown as a {@link ComponentException} naming the
 * component and the simulated time. Not thread-safe, like the instance it wraps.
 */
public final class Component {
    private final String name;
    private final FmuInstance instance;
    private final DirectFeedthrough feedthrough;
    private final int stepMultiple;
    private final Map<String, String> startValues;
    private final Map<String, FmuVariable> variables = new HashMap<>();

    /**
     * @param startValues parameter and input start values, as text in each variable's type, set before
     *     initialization in this order
     * @throws MasterException naming the component when a start value names no variable
     * @throws IllegalArgumentException when stepMultiple is below 1
     */
    public Component(String name, FmuInstance instance, DirectFeedthrough feedthrough, int stepMultiple,
            Map<String, String> startValues) {
        if (stepMultiple < 1) {
            throw new IllegalArgumentException("component '" + name + "': step multiple " + stepMultiple
                    + " must be at least 1");
        }
        this.name = name;
        this.instance = instance;
        this.feedthrough = feedthrough;
        this.stepMultiple = stepMultiple;
        this.startValues = new LinkedHashMap<>(startValues);
        instance.variables().forEach(v -> variables.put(v.name(), v));
        this.startValues.keySet().forEach(this::variable);
    }

    /** A component stepping every base step with no start values. */
    public Component(String name, FmuInstance instance, DirectFeedthrough feedthrough) {
        this(name, instance, feedthrough, 1, Map.of());
    }

    public String name() {
        return name;
    }

    public FmuInstance instance() {
        return instance;
    }

    public DirectFeedthrough feedthrough() {
        return feedthrough;
    }

    public int stepMultiple() {
        return stepMultiple;
    }

    /** @throws MasterException naming the component and its variables when it has no such variable */
    public FmuVariable variable(String variableName) {
        FmuVariable variable = variables.get(variableName);
        if (variable == null) {
            throw new MasterException(MasterError.UNKNOWN_VARIABLE, "component '" + name + "'", variableName,
                    variables.keySet().stream().sorted().toList());
        }
        return variable;
    }

    /** Sets the start values and enters initialization mode. */
    public void enterInitialization(double startTime, double stopTime) {
        guarded(startTime, () -> {
            startValues.forEach((variable, value) -> instance.write(variable(variable), value));
            instance.enterInitialization(startTime, stopTime, Double.NaN);
        });
    }

    public void exitInitialization(double time) {
        guarded(time, instance::exitInitialization);
    }

    /** Reads Real variables in one call (value references of this component's FMU). */
    public void readReal(long[] valueReferences, double[] values, double time) {
        try {
            instance.readReal(valueReferences, values, time);
        } catch (RuntimeException e) {
            throw failure(e, time);
        }
    }

    /** Sets Real variables in one call (value references of this component's FMU). */
    public void writeReal(long[] valueReferences, double[] values, double time) {
        try {
            instance.writeReal(valueReferences, values);
        } catch (RuntimeException e) {
            throw failure(e, time);
        }
    }

    public double read(FmuVariable variable, double time) {
        try {
            return instance.readNumber(variable, time);
        } catch (RuntimeException e) {
            throw failure(e, time);
        }
    }

    public void write(FmuVariable variable, double value, double time) {
        try {
            instance.writeNumber(variable, value);
        } catch (RuntimeException e) {
            throw failure(e, time);
        }
    }

    /** Sets a variable from text in its type (a scripted input change). */
    public void write(FmuVariable variable, String text, double time) {
        guarded(time, () -> instance.write(variable, text));
    }

    /** Written out rather than through {@code guarded}: it runs every step, and a capturing lambda may allocate. */
    public void doStep(double time, double stepSize) {
        try {
            instance.doStep(time, stepSize);
        } catch (RuntimeException e) {
            throw failure(e, time);
        }
    }

    public long saveState(double time) {
        try {
            return instance.saveState(time);
        } catch (RuntimeException e) {
            throw failure(e, time);
        }
    }

    public void restoreState(long state, double time) {
        guarded(time, () -> instance.restoreState(state, time));
    }

    public void releaseState(long state, double time) {
        guarded(time, () -> instance.releaseState(state));
    }

    private void guarded(double time, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            throw failure(e, time);
        }
    }

    private RuntimeException failure(RuntimeException e, double time) {
        if (e instanceof ComponentException) {
            return e; // already names a component and a time
        }
        return new ComponentException(e, name, time);
    }

    @Override
    public String toString() {
        return name;
    }
}
