package dev.drivetwin.fmuexport.slave;

import dev.drivetwin.modeldescriptions.model.BaseType;
import java.util.function.BooleanSupplier;

/** A Boolean variable. */
public final class BooleanVariable extends VariableDeclaration<BooleanVariable> {

    /** Receives a Boolean value written by the host. */
    @FunctionalInterface
    public interface BooleanSetter {
        void accept(boolean value);
    }

    private BooleanSupplier getter;
    private BooleanSetter setter;

    BooleanVariable(String name, int valueReference) {
        super(name, valueReference);
    }

    @Override
    public BaseType baseType() {
        return BaseType.BOOLEAN;
    }

    public BooleanVariable start(boolean value) {
        startValue(value);
        return this;
    }

    public BooleanVariable getter(BooleanSupplier read) {
        this.getter = read;
        return this;
    }

    public BooleanVariable setter(BooleanSetter write) {
        this.setter = write;
        return this;
    }

    public Boolean start() {
        return (Boolean) startValue();
    }

    public boolean get() {
        return getter.getAsBoolean();
    }

    public void set(boolean value) {
        setter.accept(value);
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
