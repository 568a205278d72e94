package dev.drivetwin.fmuexport.slave;

import dev.drivetwin.modeldescriptions.model.BaseType;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;

/** A Real variable: SI unit from the unit catalog, optional display unit, bounds and nominal value. */
public final class RealVariable extends VariableDeclaration<RealVariable> {
    private String unit;
    private String displayUnit;
    private Double min;
    private Double max;
    private Double nominal;
    private DoubleSupplier getter;
    private DoubleConsumer setter;

    RealVariable(String name, int valueReference) {
        super(name, valueReference);
    }

    @Override
    public BaseType baseType() {
        return BaseType.REAL;
    }

    /** SI unit name as in the {@code UnitCatalog}, e.g. "K", "W", "J/K"; "1" for dimensionless. */
    public RealVariable unit(String name) {
        this.unit = name;
        return this;
    }

    /** Unit shown to people, e.g. "degC" for a temperature in K; must be a display unit of {@link #unit}. */
    public RealVariable displayUnit(String name) {
        this.displayUnit = name;
        return this;
    }

    public RealVariable start(double value) {
        if (!Double.isFinite(value)) {
            throw bad("start value " + value + " is not finite");
        }
        startValue(value);
        return this;
    }

    public RealVariable min(double value) {
        this.min = value;
        return this;
    }

    public RealVariable max(double value) {
        this.max = value;
        return this;
    }

    public RealVariable nominal(double value) {
        this.nominal = value;
        return this;
    }

    public RealVariable getter(DoubleSupplier read) {
        this.getter = read;
        return this;
    }

    public RealVariable setter(DoubleConsumer write) {
        this.setter = write;
        return this;
    }

    public String unit() {
        return unit;
    }

    public String displayUnit() {
        return displayUnit;
    }

    public Double start() {
        return (Double) startValue();
    }

    public Double min() {
        return min;
    }

    public Double max() {
        return max;
    }

    public Double nominal() {
        return nominal;
    }

    public double get() {
        return getter.getAsDouble();
    }

    public void set(double value) {
        setter.accept(value);
    }

    /** Whether {@code value} lies within the declared min and max (NaN never does). */
    public boolean accepts(double value) {
        return !Double.isNaN(value) && (min == null || value >= min) && (max == null || value <= max);
    }

    @Override
    public boolean hasSetter() {
        return setter != null;
    }

    @Override
    public boolean hasGetter() {
        return getter != null;
    }

    @Override
    void check() {
        super.check();
        if (unit == null) {
            throw bad("Real variables must name an SI unit (\"1\" if dimensionless)");
        }
    }
}
