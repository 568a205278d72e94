package dev.drivetwin.cosimmaster.system;

import java.util.Objects;

/**
 * A signal from an output to an input: {@code target = conversion(transformation(source))}, the linear
 * transformation in the source's unit first, then the unit conversion to the target's unit. Immutable.
 */
public record Connection(Connector source, Connector target, LinearTransformation transformation,
        UnitConversion conversion) {

    public Connection {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        transformation = transformation == null ? LinearTransformation.IDENTITY : transformation;
        conversion = conversion == null ? UnitConversion.identity(null) : conversion;
    }

    /** A plain connection: no transformation, no conversion. */
    public static Connection of(Connector source, Connector target) {
        return new Connection(source, target, null, null);
    }

    /** The value the target receives when the source has {@code value}. */
    public double apply(double value) {
        return conversion.apply(transformation.apply(value));
    }

    @Override
    public String toString() {
        return source + " -> " + target;
    }
}
