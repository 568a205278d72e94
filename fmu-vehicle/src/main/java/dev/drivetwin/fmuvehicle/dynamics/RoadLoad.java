package dev.drivetwin.fmuvehicle.dynamics;

/**
 * Resistance to forward motion at the wheels (Ehsani et al., Modern Electric, Hybrid Electric and Fuel Cell
 * Vehicles, 3rd ed., 2018, chapter 2; Guzzella and Sciarretta, Vehicle Propulsion Systems, 3rd ed., 2013,
 * chapter 2): rolling resistance m·g·Crr·cos θ, aerodynamic drag ½·ρ·Cd·A·v² and grade resistance m·g·sin θ,
 * with θ the road grade angle [rad], positive uphill. Forces in [N], speeds in [m/s]. Immutable and thread-safe.
 */
public final class RoadLoad {
    /** Standard acceleration of gravity [m/s²] (3rd CGPM, 1901; BIPM SI Brochure, 9th ed.). */
    public static final double STANDARD_GRAVITY = 9.80665;

    private final double weight;
    private final double rollingCoefficient;
    private final double dragFactor;

    public RoadLoad(VehicleParameters parameters) {
        this.weight = parameters.mass() * STANDARD_GRAVITY;
        this.rollingCoefficient = parameters.rollingResistanceCoefficient();
        this.dragFactor = 0.5 * parameters.airDensity() * parameters.dragArea();
    }

    /** Rolling resistance magnitude m·g·Crr·cos θ [N]; it opposes motion while the vehicle moves. */
    public double rollingResistance(double grade) {
        return weight * rollingCoefficient * Math.cos(grade);
    }

    /** Aerodynamic drag ½·ρ·Cd·A·v·|v| [N] at speed v [m/s] in still air. */
    public double aerodynamicDrag(double speed) {
        return dragFactor * speed * Math.abs(speed);
    }

    /** ½·ρ·Cd·A [kg/m], the drag constant k of F = k·v². */
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
