package dev.drivetwin.fmuexport.runtime;

import dev.drivetwin.fmuexport.slave.VariableDeclaration;
import dev.drivetwin.modeldescriptions.model.Causality;
import dev.drivetwin.modeldescriptions.model.Initial;
import dev.drivetwin.modeldescriptions.model.Variability;

/**
 * Which variables fmi2SetXXX may write in which phase, after FMI 2.0 section 4.2.4 (the state machine of
 * Co-Simulation): before initialization, variables with a start value the host may change (inputs, parameters,
 * initial exact or approx); during initialization, inputs, parameters and initial exact ones; while stepping,
 * inputs and tunable parameters only. Constants never.
 */
final class WriteRule {

    private WriteRule() {
    }

    /** Null when the write is allowed, else why not. */
    static String refusal(VariableDeclaration<?> variable, Phase phase) {
        Causality causality = variable.causality();
        Variability variability = variable.variability();
        Initial initial = variable.declaredInitial();
        if (variability == Variability.CONSTANT || !variable.hasSetter()) {
            return "it is a " + variability.xmlName() + " " + causality.xmlName() + " and cannot be set";
        }
        boolean allowed = switch (phase) {
            case INSTANTIATED -> true;
            case INITIALIZATION -> causality == Causality.INPUT || causality == Causality.PARAMETER
                    || initial == Initial.EXACT;
            case STEPPING -> causality == Causality.INPUT
                    || causality == Causality.PARAMETER && variability == Variability.TUNABLE;
            case TERMINATED -> false;
        };
        return allowed ? null : "a " + variability.xmlName() + " " + causality.xmlName()
                + " cannot be set " + describe(phase);
    }

    private static String describe(Phase phase) {
        return switch (phase) {
            case INSTANTIATED -> "before initialization";
            case INITIALIZATION -> "in initialization mode";
            case STEPPING -> "after initialization (only inputs and tunable parameters can)";
            case TERMINATED -> "after fmi2Terminate";
        };
    }
}
