package dev.drivetwin.fmuvehicle.dynamics;

import dev.drivetwin.fmuvehicle.VehicleError;
import dev.drivetwin.fmuvehicle.VehicleException;

/**
 * Road load of a vehicle measured by coastdown, in the form F(v) = f0 + f1·v + f2·v² on a flat road
 * (SAE J2263, "Road load measurement using onboard anemometry and coastdown techniques"; UN GTR No. 15 Annex 4,
 * the WLTP road load f0, f1, f2; the US EPA "target coefficients" A, B, C are the same form in lbf, mph). Unlike
 * m·g·Crr + ½·ρ·Cd·A·v², the measured coefficients also hold what a physical split leaves out: brake drag,
 * wheel bearings, the driveline spinning in neutral and the speed dependence of tyre losses. They belong to the
 * test mass at which they were measured. Immutable and thread-safe.
 *
 * @param f0 constant term [N], &gt; 0 (mostly tyre rolling resistance)
 * @param f1 linear term [N/(m/s)], finite, may be negative (a fitted coefficient)
 * @param f2 quadratic term [N/(m/s)²], &gt; 0 (mostly aerodynamic drag)
 */
public record CoastdownCoefficients(double f0, double f1, double f2) {
    public CoastdownCoefficients {
        if (!(f0 > 0) || Double.isInfinite(f0)) {
            throw new VehicleException(VehicleError.NOT_POSITIVE, "coastdown", "f0", f0);
        }
        if (!Double.isFinite(f1)) {
            throw new VehicleException(VehicleError.OUT_OF_RANGE, "coastdown", "f1", f1, "finite N/(m/s)");
        }
        if (!(f2 > 0) || Double.isInfinite(f2)) {
            throw new VehicleException(VehicleError.NOT_POSITIVE, "coastdown", "f2", f2);
        }
    }

    /** Road load on a flat road [N] at speed v ≥ 0 [m/s]. */
    public double force(double speed) {
        return f0 + (f1 + f2 * speed) * speed;
    }

    /**
     * The same vehicle at another mass: f0 scaled by the mass ratio, because tyre rolling resistance is
     * proportional to the normal load (Ehsani et al., 3rd ed., 2018, ch. 2); f1 and f2 are kept.
     */
    public CoastdownCoefficients atMassRatio(double ratio) {
        return new CoastdownCoefficients(f0 * ratio, f1, f2);
    }
}
