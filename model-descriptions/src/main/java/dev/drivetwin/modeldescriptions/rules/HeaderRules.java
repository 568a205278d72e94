package dev.drivetwin.modeldescriptions.rules;

import dev.drivetwin.modeldescriptions.model.CoSimulation;
import dev.drivetwin.modeldescriptions.model.DefaultExperiment;
import dev.drivetwin.modeldescriptions.model.ModelDescription;

import java.util.List;
import java.util.regex.Pattern;

/** Rules on the root attributes, the CoSimulation element and the DefaultExperiment. */
final class HeaderRules {

    /** A C identifier: letters, digits and underscores, not starting with a digit (ASCII only). */
    private static final Pattern C_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private HeaderRules() {
    }

    static void check(ModelDescription md, List<Violation> out) {
        if (!"2.0".equals(md.fmiVersion())) {
            out.add(FmiRule.FMI_VERSION.violation("fmiModelDescription", "fmiVersion is '" + md.fmiVersion()
                    + "', expected 2.0"));
        }
        if (md.guid() == null || md.guid().isBlank()) {
            out.add(FmiRule.GUID.violation("fmiModelDescription", "guid is missing or blank"));
        }
        CoSimulation cs = md.coSimulation();
        if (cs == null) {
            out.add(FmiRule.CO_SIMULATION.violation("fmiModelDescription",
                    "no CoSimulation element, expected a Co-Simulation FMU"));
        } else if (!C_IDENTIFIER.matcher(cs.modelIdentifier()).matches()) {
            out.add(FmiRule.MODEL_IDENTIFIER.violation("CoSimulation", "modelIdentifier '" + cs.modelIdentifier()
                    + "' is not a C identifier (letters, digits, underscore, not starting with a digit)"));
        }
        DefaultExperiment e = md.defaultExperiment();
        if (e != null) {
            if (e.stepSize() != null && !(e.stepSize() > 0)) {
                out.add(FmiRule.DEFAULT_EXPERIMENT.violation("DefaultExperiment", "stepSize is " + e.stepSize()
                        + " s, expected > 0"));
            }
            if (e.startTime() != null && e.stopTime() != null && !(e.stopTime() > e.startTime())) {
                out.add(FmiRule.DEFAULT_EXPERIMENT.violation("DefaultExperiment", "stopTime " + e.stopTime()
                        + " s is not after startTime " + e.startTime() + " s"));
            }
        }
    }
}
