package dev.drivetwin.modeldescriptions.rules;

import dev.drivetwin.modeldescriptions.model.Causality;
import dev.drivetwin.modeldescriptions.model.Initial;
import dev.drivetwin.modeldescriptions.model.Variability;

import java.util.EnumSet;
import java.util.Set;

/**
 * The two tables of FMI 2.0 section 2.2.7, encoded from the standard's text: which
 * causality/variability combinations exist, and which {@code initial} values each allows.
 *
 * <pre>
 *              parameter  calculatedParameter  input  output  local  independent
 * constant        -              -               -      A       A        -
 * fixed           A              B               -      -       B        -
 * tunable         A              B               -      -       B        -
 * discrete        -              -               D      C       C        -
 * continuous      -              -               D      C       C        D
 *
 * A: initial exact only            B: approx or calculated (default calculated)
 * C: exact, approx or calculated   D: no initial attribute
 * </pre>
 * The default of each kind is {@link Initial#defaultFor}.
 */
final class CausalityVariabilityTable {

    private CausalityVariabilityTable() {
    }

    /** @return whether the standard allows this combination */
    static boolean allowed(Causality causality, Variability variability) {
        switch (causality) {
            case PARAMETER:
            case CALCULATED_PARAMETER:
                return variability == Variability.FIXED || variability == Variability.TUNABLE;
            case INPUT:
                return variability == Variability.DISCRETE || variability == Variability.CONTINUOUS;
            case OUTPUT:
                return variability != Variability.FIXED && variability != Variability.TUNABLE;
            case INDEPENDENT:
                return variability == Variability.CONTINUOUS;
            default:
                return true;
        }
    }

    /**
     * @return the initial values an allowed combination admits; empty for inputs and the
     *     independent variable (kind D) and for combinations that are not allowed
     */
    static Set<Initial> allowedInitials(Causality causality, Variability variability) {
        if (!allowed(causality, variability) || causality == Causality.INPUT || causality == Causality.INDEPENDENT) {
            return EnumSet.noneOf(Initial.class);
        }
        if (variability == Variability.CONSTANT || causality == Causality.PARAMETER) {
            return EnumSet.of(Initial.EXACT);
        }
        if (variability == Variability.FIXED || variability == Variability.TUNABLE) {
            return EnumSet.of(Initial.APPROX, Initial.CALCULATED);
        }
        return EnumSet.allOf(Initial.class);
    }
}
