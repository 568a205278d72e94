package dev.drivetwin.fmuvehicle.dynamics;

/**
 * Resistance to forward motion at the wheels, with θ the road grade angle [rad], positive uphill; forces in [N],
 * speeds in [m/s]. Two forms of the same split into a constant, a speed-dependent and a grade term:
 * <ul>
 *   <li>physical (Ehsani et al., Modern Electric, Hybrid Electric and Fuel Cell Vehicles, 3rd ed., 2018,
 *       chapter 2; Guzzella and Sciarretta, Vehicle Propulsion Systems, 3rd ed., 2013, chapter 2): rolling
 *       resistance m·g·Crr·cos θ and aerodynamic drag ½·ρ·Cd·A·v²;</li>
 *   <li>coastdown (SAE J2263; UN GTR No. 15 Annex 4), when the parameters carry {@link CoastdownCoefficients}:
 *       constant term f0·cos θ (the normal load falls with cos θ as for the physical rolling resistance) and
 *       speed-dependent term f1·v + f2·v².</li>
 * </ul>
 * Grade resistance m·g·sin θ is the same in both. Immutable and thread-safe.
 */
public final class RoadLoad {
    /** Standard acceleration of gravity [m/s²] (3rd CGPM, 1901; BIPM SI Brochure, 9th ed.). */
    public static final double STANDARD_GRAVITY = 9.80665;

    private final double weight;
    private final double constantForce;
    private final double linearFactor;
    private final double dragFactor;

    public RoadLoad(VehicleParameters parameters) {
        this.weight = parameters.mass() * STANDARD_GRAVITY;
        CoastdownCoefficients coastdown = parameters.coastdown();
        if (coastdown == null) {
            this.constantForce = weight * parameters.rollingResistanceCoefficient();
            this.linearFactor = 0;
            this.dragFactor = 0.5 * parameters.airDensity() * parameters.dragArea();
        } else {
            this.constantForce = coastdown.f0();
            this.linearFactor = coastdown.f1();
            this.dragFactor = coastdown.f2();
        }
    }

    /**
     * Rolling resistance magnitude [N]: m·g·Crr·cos θ, or f0·cos θ from coastdown coefficients; it opposes motion
     * while the vehicle moves.
     */
    public double rollingResistance(double grade) {
        return constantForce * Math.cos(grade);
    }

    /**
     * Speed-dependent resistance [N] at speed v [m/s] in still air: ½·ρ·Cd·A·v·|v|, or f1·v + f2·v·|v| from
     * coastdown coefficients (where f1 mixes tyre and aerodynamic effects, so the name is the dominant part).
     */
    public double aerodynamicDrag(double speed) {
        return (linearFactor + dragFactor * Math.abs(speed)) * speed;
    }

    /** The quadratic coefficient k of F = k·v² [kg/m]: ½·ρ·Cd·A, or f2. */
    public double dragFactor() {
        return dragFactor;
    }

    /** Grade resistance m·g·sin θ [N], positive uphill. */
    public double gradeResistance(double grade) {
        return weight * Math.sin(grade);
    }

    /** Total road load [N] at speed v ≥ 0 [m/s] while moving (rolling resistance included). */
    public double total(double speed, double grade) {
        return rollingResistance(grade) + aerodynamicDrag(speed) + gradeResistance(grade);
    }
}
