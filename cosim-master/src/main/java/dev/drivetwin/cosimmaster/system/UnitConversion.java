package dev.drivetwin.cosimmaster.system;

import dev.drivetwin.modeldescriptions.model.BaseUnit;
import java.util.Optional;

/**
 * Converts a value from one unit to another of the same dimension through SI:
 * {@code si = factor_from * value + offset_from}, {@code value_to = (si - offset_to) / factor_to}
 * (FMI 2.0 BaseUnit and ssc:BaseUnit have the same meaning). Immutable.
 */
public record UnitConversion(String from, String to, double factor, double offset) {

    /** No conversion; for connectors whose units are equal or not given. */
    public static UnitConversion identity(String unit) {
        return new UnitConversion(unit, unit, 1, 0);
    }

    /**
     * The conversion between two units, or empty when their SI base-unit exponents differ (km/h and m/s convert;
     * A and V do not).
     */
    public static Optional<UnitConversion> between(String from, BaseUnit fromBase, String to, BaseUnit toBase) {
        if (!sameDimension(fromBase, toBase)) {
            return Optional.empty();
        }
        double factor = fromBase.factor() / toBase.factor();
        double offset = (fromBase.offset() - toBase.offset()) / toBase.factor();
        return Optional.of(new UnitConversion(from, to, factor, offset));
    }

    private static boolean sameDimension(BaseUnit a, BaseUnit b) {
        return a.kg() == b.kg() && a.m() == b.m() && a.s() == b.s() && a.A() == b.A() && a.K() == b.K()
                && a.mol() == b.mol() && a.cd() == b.cd() && a.rad() == b.rad();
    }

    public double apply(double value) {
        return factor * value + offset;
    }

    public boolean isIdentity() {
        return factor == 1 && offset == 0;
    }
}
