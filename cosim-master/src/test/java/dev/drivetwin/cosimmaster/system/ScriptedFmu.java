package dev.drivetwin.cosimmaster.system;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.fmi.FmuInstance;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * An FmuInstance in memory for algorithm tests (as libcosim's mock slave): Real variables by name, outputs
 * recomputed by a lambda whenever an input is set, and a step lambda that advances the values. Records its calls.
 */
public final class ScriptedFmu implements FmuInstance {
    private final String name;
    private final List<FmuVariable> variables = new ArrayList<>();
    private final Map<Long, Double> values = new HashMap<>();
    private final Map<String, Long> references = new HashMap<>();
    private final boolean canSaveState;
    private Consumer<ScriptedFmu> outputs = fmu -> { };
    private BiConsumer<ScriptedFmu, double[]> step = (fmu, timeAndStep) -> { };
    private final List<String> calls = new ArrayList<>();
    private final Map<Long, Map<Long, Double>> saved = new HashMap<>();
    private long nextState = 1;

    public ScriptedFmu(String name, boolean canSaveState) {
        this.name = name;
        this.canSaveState = canSaveState;
    }

    public ScriptedFmu variable(String variable, String causality) {
        long reference = variables.size();
        variables.add(new FmuVariable(variable, reference, FmuVariable.VariableKind.REAL, causality, "1"));
        references.put(variable, reference);
        values.put(reference, 0.0);
        return this;
    }

    /** Recomputes outputs from inputs (direct feedthrough); run after every set and step. */
    public ScriptedFmu outputs(Consumer<ScriptedFmu> rule) {
        this.outputs = rule;
        return this;
    }

    /** Advances the values; the array holds the time and the step size. */
    public ScriptedFmu step(BiConsumer<ScriptedFmu, double[]> rule) {
        this.step = rule;
        return this;
    }

    public double get(String variable) {
        return values.get(references.get(variable));
    }

    public void set(String variable, double value) {
        values.put(references.get(variable), value);
    }

    public List<String> calls() {
        return calls;
    }

    @Override
    public String instanceName() {
        return name;
    }

    @Override
    public List<FmuVariable> variables() {
        return List.copyOf(variables);
    }

    @Override
    public boolean canGetAndSetState() {
        return canSaveState;
    }

    @Override
    public void enterInitialization(double startTime, double stopTime, double tolerance) {
        calls.add("enterInitialization");
        outputs.accept(this);
    }

    @Override
    public void exitInitialization() {
        calls.add("exitInitialization");
    }

    @Override
    public void write(FmuVariable variable, String text) {
        writeNumber(variable, Double.parseDouble(text));
    }

    @Override
    public void writeReal(long[] valueReferences, double[] newValues) {
        calls.add("writeReal " + valueReferences.length);
        for (int i = 0; i < valueReferences.length; i++) {
            values.put(valueReferences[i], newValues[i]);
        }
        outputs.accept(this);
    }

    @Override
    public void readReal(long[] valueReferences, double[] read, double time) {
        calls.add("readReal " + valueReferences.length);
        for (int i = 0; i < valueReferences.length; i++) {
            read[i] = values.get(valueReferences[i]);
        }
    }

    @Override
    public void writeNumber(FmuVariable variable, double value) {
        calls.add("writeNumber " + variable.name());
        values.put(variable.valueReference(), value);
        outputs.accept(this);
    }

    @Override
    public double readNumber(FmuVariable variable, double time) {
        calls.add("readNumber " + variable.name());
        return values.get(variable.valueReference());
    }

    @Override
    public void doStep(double time, double stepSize) {
        calls.add("doStep " + time + " " + stepSize);
        step.accept(this, new double[] {time, stepSize});
        outputs.accept(this);
    }

    @Override
    public long saveState(double time) {
        if (!canSaveState) {
            throw new MasterException(MasterError.FMI_CALL, name, "fmi2GetFMUstate", "fmi2Error", "");
        }
        saved.put(nextState, new HashMap<>(values));
        return nextState++;
    }

    @Override
    public void restoreState(long state, double time) {
        values.putAll(saved.get(state));
    }

    @Override
    public void releaseState(long state) {
        saved.remove(state);
    }

    @Override
    public void close() {
        calls.add("close");
    }
}
