package dev.drivetwin.fmuexport.slave;

import dev.drivetwin.modeldescriptions.model.BaseType;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

/** An Integer variable with optional bounds. */
public final class IntegerVariable extends VariableDeclaration<IntegerVariable> {
    private Integer min;
    private Integer max;
    private IntSupplier getter;
    private IntConsumer setter;

    IntegerVariable(String name, int valueReference) {
        super(name, valueReference);
    }

    @Override
    public BaseType baseType() {
        return BaseType.INTEGER;
    }

    public IntegerVariable start(int value) {
        startValue(value);
        return this;
    }

    public IntegerVariable min(int value) {
        this.min = value;
        return this;
    }

    public IntegerVariable max(int value) {
        this.max = value;
        return this;
    }

    public IntegerVariable getter(IntSupplier read) {
        this.getter = read;
        return this;
    }

    public IntegerVariable setter(IntConsumer write) {
        this.setter = write;
        return this;
    }

    public Integer start() {
        return (Integer) startValue();
    }

    public Integer min() {
        return min;
    }

    public Integer max() {
        return max;
    }

    public int get() {
        return getter.getAsInt();
    }

    public void set(int value) {
        setter.accept(value);
    }

    /** Whether {@code value} lies within the declared min and max. */
    public boolean accepts(int value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }

    @Override
    public boolean hasSetter() {
        return setter != null;
    }

    @Override
    public boolean hasGetter() {
        return getter != null;
    }
}
