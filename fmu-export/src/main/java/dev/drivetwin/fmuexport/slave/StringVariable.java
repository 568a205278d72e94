package dev.drivetwin.fmuexport.slave;

import dev.drivetwin.modeldescriptions.model.BaseType;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** A String variable, typically a parameter naming a preset or a file in the FMU's resources. */
public final class StringVariable extends VariableDeclaration<StringVariable> {
    private Supplier<String> getter;
    private Consumer<String> setter;

    StringVariable(String name, int valueReference) {
        super(name, valueReference);
    }

    @Override
    public BaseType baseType() {
        return BaseType.STRING;
    }

    public StringVariable start(String value) {
        startValue(value);
        return this;
    }

    public StringVariable getter(Supplier<String> read) {
        this.getter = read;
        return this;
    }

    public StringVariable setter(Consumer<String> write) {
        this.setter = write;
        return this;
    }

    public String start() {
        return (String) startValue();
    }

    public String get() {
        return getter.get();
    }

    public void set(String value) {
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
