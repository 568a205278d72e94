package dev.drivetwin.fmuvehicle.dynamics;

import dev.drivetwin.fmuvehicle.VehicleError;
import dev.drivetwin.fmuvehicle.VehicleException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parameters of the longitudinal vehicle model, all SI, validated on construction (NaN fails every check).
 *
 * @param name                          preset name, e.g. "TeslaModel3Rwd2024"
 * @param mass                          test mass of the vehicle [kg]
 * @param dragCoefficient               aerodynamic drag coefficient Cd [1]
 * @param frontalArea                   frontal area A [m²]
 * @param rollingResistanceCoefficient  tyre rolling resistance coefficient Crr [1]
 * @param gearRatio                     motor speed / wheel speed of the single-speed reduction [1], &gt; 0
 * @param gearEfficiency                gearbox efficiency [1], in (0, 1]
 * @param wheelRadius                   dynamic rolling radius [m]
 * @param rotatingMassFactor            mass factor δ = equivalent mass / mass [1], &ge; 1 (wheels, shafts, rotor)
 * @param airDensity                    air density ρ [kg/m³]
 * @param coastdown                     measured road load at this mass, or null; when given it replaces the
 *                                      physical road load m·g·Crr + ½·ρ·Cd·A·v² (Crr, Cd, A and ρ then only
 *                                      describe the car), see {@link RoadLoad}
 * @param source                        where the figures come from (short)
 * @param citations                     for every numeric field above, its source or why it is an estimate
 */
public record VehicleParameters(String name, double mass, double dragCoefficient, double frontalArea,
        double rollingResistanceCoefficient, double gearRatio, double gearEfficiency, double wheelRadius,
        double rotatingMassFactor, double airDensity, CoastdownCoefficients coastdown, String source,
        Map<String, String> citations) {

    /** The numeric fields, each of which needs a citation. */
    public static final List<String> NUMERIC_FIELDS = List.of("mass", "dragCoefficient", "frontalArea",
            "rollingResistanceCoefficient", "gearRatio", "gearEfficiency", "wheelRadius", "rotatingMassFactor",
            "airDensity");

    public VehicleParameters {
        String who = name == null || name.isBlank() ? "vehicle parameters" : name;
        if (name == null || name.isBlank()) {
            throw new VehicleException(VehicleError.BLANK, who, "name");
        }
        positive(who, "mass", mass);
        positive(who, "dragCoefficient", dragCoefficient);
        positive(who, "frontalArea", frontalArea);
        if (!(rollingResistanceCoefficient >= 0 && rollingResistanceCoefficient < 1)) {
            throw new VehicleException(VehicleError.OUT_OF_RANGE, who, "rollingResistanceCoefficient",
                    rollingResistanceCoefficient, "[0, 1)");
        }
        positive(who, "gearRatio", gearRatio);
        if (!(gearEfficiency > 0 && gearEfficiency <= 1)) {
            throw new VehicleException(VehicleError.OUT_OF_RANGE, who, "gearEfficiency", gearEfficiency, "(0, 1]");
        }
        positive(who, "wheelRadius", wheelRadius);
        if (!(rotatingMassFactor >= 1 && rotatingMassFactor < 2)) {
            throw new VehicleException(VehicleError.OUT_OF_RANGE, who, "rotatingMassFactor", rotatingMassFactor,
                    "[1, 2)");
        }
        positive(who, "airDensity", airDensity);
        if (source == null || source.isBlank()) {
            throw new VehicleException(VehicleError.BLANK, who, "source");
        }
        citations = citations == null ? Map.of() : Map.copyOf(new TreeMap<>(citations));
        for (String field : NUMERIC_FIELDS) {
            requireCitation(who, citations, field);
        }
        if (coastdown != null) {
            requireCitation(who, citations, "coastdown");
        }
    }

    /** The same parameters with the physical road load only (no coastdown coefficients). */
    public VehicleParameters(String name, double mass, double dragCoefficient, double frontalArea,
            double rollingResistanceCoefficient, double gearRatio, double gearEfficiency, double wheelRadius,
            double rotatingMassFactor, double airDensity, String source, Map<String, String> citations) {
        this(name, mass, dragCoefficient, frontalArea, rollingResistanceCoefficient, gearRatio, gearEfficiency,
                wheelRadius, rotatingMassFactor, airDensity, null, source, citations);
    }

    private static void requireCitation(String who, Map<String, String> citations, String field) {
        String citation = citations.get(field);
        if (citation == null || citation.isBlank()) {
            throw new VehicleException(VehicleError.BLANK, who, "citations." + field);
        }
    }

    private static void positive(String who, String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new VehicleException(VehicleError.NOT_POSITIVE, who, field, value);
        }
    }

    /** Drag area Cd·A [m²]. */
    public double dragArea() {
        return dragCoefficient * frontalArea;
    }

    /** Equivalent translating mass δ·m [kg], including the rotating parts' inertia. */
    public double equivalentMass() {
        return rotatingMassFactor * mass;
    }

    /**
     * The same vehicle with another test mass [kg] (e.g. a payload). Coastdown coefficients follow the mass
     * through {@link CoastdownCoefficients#atMassRatio}.
     */
    public VehicleParameters withMass(double newMass) {
        CoastdownCoefficients scaled = coastdown == null ? null : coastdown.atMassRatio(newMass / mass);
        return new VehicleParameters(name, newMass, dragCoefficient, frontalArea, rollingResistanceCoefficient,
                gearRatio, gearEfficiency, wheelRadius, rotatingMassFactor, airDensity, scaled, source, citations);
    }
}
