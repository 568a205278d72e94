package dev.drivetwin.fmumotorinverter.machine;

import dev.drivetwin.fmumotorinverter.MotorInverterError;
import dev.drivetwin.fmumotorinverter.MotorInverterException;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * Quasi-static PMSM: for a torque command, shaft speed and DC-link voltage it finds the current split that
 * gives the torque with the least current (MTPA), moves along the constant-torque curve into field weakening when
 * the voltage limit binds, and limits the torque to what the current and voltage limits allow.
 *
 * <p>Steady-state dq equations (amplitude-invariant): vd = Rs id - we Lq iq, vq = Rs iq + we (Ld id + psi_m),
 * T = 1.5 p (psi_m iq + (Ld - Lq) id iq), we = p w. Limits: sqrt(id^2 + iq^2) <= maxCurrent and
 * sqrt(vd^2 + vq^2) <= Vdc / sqrt(3), the peak phase voltage of space-vector PWM in its linear range. MTPA for
 * Ld <= Lq: id = -2 dL iq^2 / (psi_m + sqrt(psi_m^2 + 4 dL^2 iq^2)), dL = Lq - Ld, the root of
 * dT/d(beta) = 0 at constant current, psi_m id + dL (iq^2 - id^2) = 0, written without cancellation so that
 * dL = 0 gives id = 0. Rs follows the winding temperature with copper's
 * coefficient. With a loss map, the electromagnetic solution still sets currents and voltages (for the inverter)
 * but the machine's loss comes from the map. Immutable and thread-safe.
 */
public final class PmsmMachine {
    /** Copper resistance temperature coefficient at 20 degC [1/K] (IEC 60028, annealed copper: 0.00393). */
    public static final double COPPER_TEMPERATURE_COEFFICIENT = 0.00393;
    private static final int SCAN_POINTS = 200;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private final MachineParameters parameters;
    private final MachineLossMap lossMap;
    private final int p;
    private final double ld;
    private final double lq;
    private final double psi;
    private final double iMax;

    /** @param lossMap measured loss map to use instead of the physical losses, or null */
    public PmsmMachine(MachineParameters parameters, MachineLossMap lossMap) {
        this.parameters = MotorInverterException.present("machine", parameters);
        this.lossMap = lossMap;
        this.p = parameters.polePairs();
        this.ld = parameters.directInductance();
        this.lq = parameters.quadratureInductance();
        this.psi = parameters.magnetFluxLinkage();
        this.iMax = parameters.maxCurrent();
    }

    public MachineParameters parameters() {
        return parameters;
    }

    /** Phase resistance at the winding temperature [Ohm]; temperature in [K]. */
    public double resistance(double windingTemperature) {
        return parameters.statorResistance() * (1 + COPPER_TEMPERATURE_COEFFICIENT
                * (windingTemperature - parameters.resistanceReferenceTemperature()));
    }

    /** Electromagnetic torque 1.5 p (psi_m iq + (Ld - Lq) id iq) [N.m]. */
    public double torque(double id, double iq) {
        return 1.5 * p * (psi + (ld - lq) * id) * iq;
    }

    /** MTPA d-axis current for a q-axis current [A] (even in iq). */
    public double mtpaDirectCurrent(double iq) {
        double dl = lq - ld;
        return -2 * dl * iq * iq / (psi + Math.sqrt(psi * psi + 4 * dl * dl * iq * iq));
    }

    /** Peak phase voltage limit of SVPWM in its linear range, Vdc / sqrt(3) [V]. */
    public static double voltageLimit(double dcVoltage) {
        return dcVoltage / Math.sqrt(3);
    }

    /**
     * Largest electromagnetic torque magnitude [N.m] in the direction {@code sign} (+1 motoring for w > 0,
     * -1 braking) that the current limit, the voltage limit at this speed, the torque and power limits and the
     * speed limit allow. Speed [rad/s], DC voltage [V], winding temperature [K].
     */
    public double availableTorque(double speed, double dcVoltage, double windingTemperature, int sign) {
        checkInputs(speed, dcVoltage);
        if (Math.abs(speed) > parameters.maxSpeed()) {
            return 0;
        }
        double electromagnetic = maximumElectromagneticTorque(speed, dcVoltage, windingTemperature, sign);
        double limit = Math.min(parameters.maxTorque(), parameters.maxPower() / Math.max(Math.abs(speed), 1e-300));
        return Math.min(electromagnetic, limit);
    }

    /**
     * The electromagnetic torque magnitude [N.m] in the direction {@code sign} at d-axis current id [A] with |iq| the
     * largest value both the current and the voltage limit allow there: the function that
     * {@link #maximumElectromagneticTorque} maximises over id in [-maxCurrent, 0]. Zero where no such iq exists.
     */
    double limitTorqueAt(double id, double speed, double dcVoltage, double windingTemperature, int sign) {
        return 1.5 * p * (psi + (ld - lq) * id) * maxQuadratureCurrent(id, Math.signum(sign),
                resistance(windingTemperature), p * speed, voltageLimit(dcVoltage));
    }

    /**
     * The largest electromagnetic torque magnitude [N.m] in the direction {@code sign} that the current and voltage
     * limits allow, before the torque, power and speed limits: the maximum of {@link #limitTorqueAt} over
     * id in [-maxCurrent, 0].
     *
     * <p>That function, h(id) = 1.5 p (psi_m + (Ld - Lq) id) min(iq_i(id), iq_v(id)), is log-concave where it is
     * positive, hence unimodal: the first factor is affine and positive (Ld &lt;= Lq, id &lt;= 0); iq_i =
     * sqrt(Imax^2 - id^2) is concave; iq_v, the largest s iq on the voltage limit, is the boundary of the ellipse
     * |v(id, iq)| &lt;= Vdc/sqrt(3) (v is affine in the currents, so the set is convex) and so is concave in id.
     * The logarithm of a positive concave or affine function is concave, a sum and a minimum of concave functions
     * are concave, and the set where h &gt; 0 is an interval J. So: (1) if the voltage limit allows the MTPA point
     * on the current circle, that point (closed form) is the maximum; (2) otherwise, in field weakening, it is
     * usually where the circle meets the ellipse, found by Brent's method between -Imax and the MTPA point (to
     * 1e-14 Imax) and accepted when the torque along the ellipse falls to the right of it (then the ellipse's own
     * maximum, the only other candidate, lies left of the crossing, where the circle binds); (3) failing that, a golden-section search on [-Imax, 0] finds it. A tie at zero (both probes outside J) keeps the side of the probe that holds m, the id
     * in [-Imax, 0] where iq_v is largest (the tip of the ellipse in the s iq direction, in closed form, clamped):
     * iq_v is concave, so {iq_v &gt; 0} is an interval holding m, and J, if not empty, lies on m's side of any
     * point outside it. About 15 evaluations in (2) and 65 in (3), against 255 for the former 201-point scan and
     * refinement, to the same tolerance in id, 1e-13 Imax.
     */
    double maximumElectromagneticTorque(double speed, double dcVoltage, double windingTemperature, int sign) {
        double rs = resistance(windingTemperature);
        double we = p * speed;
        double vmax = voltageLimit(dcVoltage);
        double s = Math.signum(sign);
        // (1) MTPA on the current circle: psi id + dL (Imax^2 - 2 id^2) = 0, the root without cancellation.
        double dl = lq - ld;
        double idMtpa = -2 * dl * iMax * iMax / (psi + Math.sqrt(psi * psi + 8 * dl * dl * iMax * iMax));
        double iqMtpa = Math.sqrt(Math.max(iMax * iMax - idMtpa * idMtpa, 0));
        if (voltageQuadratureCurrent(idMtpa, s, rs, we, vmax) >= iqMtpa) {
            return 1.5 * p * (psi + (ld - lq) * idMtpa) * iqMtpa;
        }
        // (2) Field weakening at the current limit: the maximum is usually where the current circle meets the
        // voltage ellipse, between -Imax (circle at zero) and the MTPA point (voltage binding). Left of the crossing
        // h follows the circle, rising towards the MTPA point; right of it h follows the ellipse. The crossing is
        // the maximum when the ellipse's torque falls to the right: checked at 1e-9 Imax, by more than round-off.
        double span = 1e-14 * Math.max(1, iMax);
        if (voltageQuadratureCurrent(-iMax, s, rs, we, vmax) > 0) {
            double crossing = new BrentSolver(1e-15, span).solve(100,
                    d -> Math.sqrt(Math.max(iMax * iMax - d * d, 0)) - voltageQuadratureCurrent(d, s, rs, we, vmax),
                    -iMax, idMtpa);
            double step = 1e-9 * iMax;
            double there = (psi + (ld - lq) * crossing) * voltageQuadratureCurrent(crossing, s, rs, we, vmax);
            double right = (psi + (ld - lq) * (crossing + step))
                    * voltageQuadratureCurrent(crossing + step, s, rs, we, vmax);
            if (crossing + step < idMtpa && right < there - 1e-14 * Math.abs(there)) {
                return 1.5 * p * torqueFactor(crossing, s, rs, we, vmax);
            }
        }
        // (3) Elsewhere (maximum torque per voltage inside the current circle, or no current at all): golden section.
        // Tip of the voltage ellipse in the s iq direction: A i + v0 = s vmax n, n = A^-T e_q / |A^-T e_q|,
        // A = [[Rs, -we Lq], [we Ld, Rs]], v0 = (0, we psi); A^-T e_q is parallel to (-we Ld, Rs).
        double norm = Math.sqrt(we * ld * we * ld + rs * rs);
        double det = rs * rs + we * we * ld * lq;
        double wd = -s * vmax * we * ld / norm;
        double wq = s * vmax * rs / norm - we * psi;
        double tip = (rs * wd + we * lq * wq) / det;
        double inside = Double.isFinite(tip) ? Math.max(-iMax, Math.min(0, tip)) : 0;
        double lo = -iMax;
        double hi = 0;
        double x1 = hi - GOLDEN * (hi - lo);
        double x2 = lo + GOLDEN * (hi - lo);
        double f1 = torqueFactor(x1, s, rs, we, vmax);
        double f2 = torqueFactor(x2, s, rs, we, vmax);
        double best = Math.max(torqueFactor(inside, s, rs, we, vmax), Math.max(f1, f2));
        double tolerance = 1e-13 * Math.max(1, iMax);
        while (hi - lo > tolerance) {
            if (f1 < f2 || (f1 == f2 && inside > x1)) {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + GOLDEN * (hi - lo);
                f2 = torqueFactor(x2, s, rs, we, vmax);
                best = Math.max(best, f2);
            } else {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - GOLDEN * (hi - lo);
                f1 = torqueFactor(x1, s, rs, we, vmax);
                best = Math.max(best, f1);
            }
        }
        best = Math.max(best, torqueFactor((lo + hi) / 2, s, rs, we, vmax));
        return 1.5 * p * best;
    }

    /** (psi + (Ld - Lq) id) times the largest |iq| both limits allow at id: torque / (1.5 p). */
    private double torqueFactor(double id, double s, double rs, double we, double vmax) {
        return (psi + (ld - lq) * id) * maxQuadratureCurrent(id, s, rs, we, vmax);
    }

    /** The largest |iq| with sign s allowed at this id by both the current and the voltage limit; 0 if none. */
    private double maxQuadratureCurrent(double id, double s, double rs, double we, double vmax) {
        double byCurrent = Math.sqrt(Math.max(iMax * iMax - id * id, 0));
        return Math.max(0, Math.min(byCurrent, voltageQuadratureCurrent(id, s, rs, we, vmax)));
    }

    /** The largest s iq [A] on the voltage limit at this id (may be negative); 0 if the limit has no point there. */
    private double voltageQuadratureCurrent(double id, double s, double rs, double we, double vmax) {
        // |v|^2 = a iq^2 + b iq + c with iq = s x, x >= 0
        double a = we * lq * we * lq + rs * rs;
        double b = 2 * (-rs * id * we * lq + rs * we * (ld * id + psi));
        double c = rs * id * rs * id + we * (ld * id + psi) * we * (ld * id + psi) - vmax * vmax;
        double disc = b * b - 4 * a * c;
        if (disc < 0) {
            return 0;
        }
        return (-s * b + Math.sqrt(disc)) / (2 * a);
    }

    /**
     * The steady-state operating point for a torque command [N.m] at shaft speed [rad/s], DC-link voltage [V] and
     * winding temperature [K]. The command is first limited to [-available(-1), available(+1)] scaled by
     * {@code torqueLimitFactor} in [0, 1] (thermal derating).
     */
    public OperatingPoint operatingPoint(double torqueCommand, double speed, double dcVoltage,
            double windingTemperature, double torqueLimitFactor) {
        checkInputs(speed, dcVoltage);
        if (!Double.isFinite(torqueCommand)) {
            throw new MotorInverterException(MotorInverterError.BAD_INPUT, "torqueCommand", torqueCommand,
                    "must be finite");
        }
        double upper = torqueLimitFactor * availableTorque(speed, dcVoltage, windingTemperature, 1);
        double lower = -torqueLimitFactor * availableTorque(speed, dcVoltage, windingTemperature, -1);
        return solve(Math.max(lower, Math.min(upper, torqueCommand)), speed, dcVoltage, windingTemperature);
    }

    /**
     * As {@link #operatingPoint}, for a caller that already has the limits: the command is limited to
     * [-maxBrakingTorque, maxMotoringTorque] [N.m], which must be the derated {@link #availableTorque} at these
     * inputs in each direction. Spares the two searches for the available torque, which are most of the cost.
     */
    public OperatingPoint operatingPointWithin(double torqueCommand, double speed, double dcVoltage,
            double windingTemperature, double maxMotoringTorque, double maxBrakingTorque) {
        checkInputs(speed, dcVoltage);
        if (!Double.isFinite(torqueCommand)) {
            throw new MotorInverterException(MotorInverterError.BAD_INPUT, "torqueCommand", torqueCommand,
                    "must be finite");
        }
        return solve(Math.max(-maxBrakingTorque, Math.min(maxMotoringTorque, torqueCommand)), speed, dcVoltage,
                windingTemperature);
    }

    private OperatingPoint solve(double torque, double speed, double dcVoltage, double windingTemperature) {
        double rs = resistance(windingTemperature);
        double we = p * speed;
        double vmax = voltageLimit(dcVoltage);
        double magnitude = Math.abs(torque);
        double s = torque < 0 ? -1 : 1;
        // MTPA: torque along the MTPA curve grows monotonically with iq; the root lies in [0, maxCurrent].
        double iqMtpa = 0;
        if (magnitude > 0) {
            double upper = iMax;
            while (torque(mtpaDirectCurrent(upper), upper) < magnitude) {
                upper *= 2; // only when the command exceeds the MTPA torque at maxCurrent (never after limiting)
            }
            iqMtpa = new BrentSolver(1e-15, 1e-12 * iMax).solve(200,
                    iq -> torque(mtpaDirectCurrent(iq), iq) - magnitude, 0, upper);
        }
        double id = mtpaDirectCurrent(iqMtpa);
        double iq = s * iqMtpa;
        boolean voltageLimited = false;
        if (voltageSquared(id, iq, rs, we) > vmax * vmax) {
            voltageLimited = true;
            // Field weakening: along T = const, iq(id) = T / (1.5 p (psi + (Ld - Lq) id)); the first id below the
            // MTPA point that meets the voltage limit has the least current of the feasible points.
            DoubleUnaryOperator iqOf = d -> torque / (1.5 * p * (psi + (ld - lq) * d));
            DoubleUnaryOperator excess = d -> voltageSquared(d, iqOf.applyAsDouble(d), rs, we) - vmax * vmax;
            double previous = id;
            double found = Double.NaN;
            for (int k = 1; k <= SCAN_POINTS; k++) {
                double d = id + (-iMax - id) * k / SCAN_POINTS;
                if (excess.applyAsDouble(d) <= 0) {
                    found = new BrentSolver(1e-15, 1e-12 * iMax).solve(200, excess::applyAsDouble, d, previous);
                    break;
                }
                previous = d;
            }
            if (Double.isNaN(found)) {
                // No feasible point on this constant-torque curve (torque at the limit, or the voltage cannot be
                // held even at zero torque): take the point closest to the voltage limit.
                found = maximise(d -> -excess.applyAsDouble(d), -iMax, id);
            }
            id = found;
            iq = iqOf.applyAsDouble(id);
        }
        double vd = rs * id - we * lq * iq;
        double vq = rs * iq + we * (ld * id + psi);
        if (lossMap != null) {
            double electromagnetic = torque(id, iq);
            double mapLoss = lossMap.loss(speed, electromagnetic);
            return new OperatingPoint(speed, electromagnetic, electromagnetic, id, iq, vd, vq,
                    electromagnetic * speed + mapLoss, 0, 0, 0, mapLoss, voltageLimited);
        }
        return physicalPoint(speed, id, iq, vd, vq, rs, we, voltageLimited);
    }

    /**
     * The machine at currents id, iq [A] with terminal voltages vd, vq [V] applied, at shaft speed [rad/s] and
     * winding temperature [K], with the physical losses (copper, Steinmetz-Bertotti iron, friction and windage).
     * Used by the dynamic level, where the currents are states and the voltages the controller's: then
     * {@code electricalPower = shaftPower + losses + dW/dt}, W = {@link #magneticEnergy}; in steady state the
     * identity of {@link OperatingPoint} holds.
     *
     * @throws MotorInverterException INCONSISTENT when the machine was built with a loss map (its loss is a
     *     steady-state figure with no split into copper and iron, so it does not fit a transient)
     */
    public OperatingPoint pointAt(double speed, double id, double iq, double vd, double vq,
            double windingTemperature, boolean voltageLimited) {
        if (lossMap != null) {
            throw new MotorInverterException(MotorInverterError.INCONSISTENT, "lossModel",
                    "a measured loss map describes steady states only; the dynamic level needs lossModel PHYSICAL");
        }
        return physicalPoint(speed, id, iq, vd, vq, resistance(windingTemperature), p * speed, voltageLimited);
    }

    private OperatingPoint physicalPoint(double speed, double id, double iq, double vd, double vq, double rs,
            double we, boolean voltageLimited) {
        double electromagnetic = torque(id, iq);
        double copper = 1.5 * rs * (id * id + iq * iq);
        double directFlux = ld * id + psi;
        double quadratureFlux = lq * iq;
        // not Math.hypot (no HotSpot intrinsic; it guards an overflow no flux linkage reaches): this runs in every
        // Runge-Kutta stage of the dynamic level
        double fluxLinkage = Math.sqrt(directFlux * directFlux + quadratureFlux * quadratureFlux);
        double frequency = Math.abs(we) / (2 * Math.PI);
        double iron = parameters.hysteresisLossCoefficient() * frequency * fluxLinkage * fluxLinkage
                + parameters.eddyCurrentLossCoefficient() * frequency * frequency * fluxLinkage * fluxLinkage
                + parameters.excessLossCoefficient() * Math.pow(frequency * fluxLinkage, 1.5);
        double w = Math.abs(speed);
        double mechanical = parameters.coulombFrictionTorque() * w + parameters.viscousFrictionCoefficient() * w * w
                + parameters.windageCoefficient() * w * w * w;
        // Iron and mechanical losses act as a drag torque; at standstill both powers are zero.
        double shaftTorque = speed == 0 ? electromagnetic : electromagnetic - (iron + mechanical) / speed;
        double electrical = 1.5 * (vd * id + vq * iq);
        return new OperatingPoint(speed, electromagnetic, shaftTorque, id, iq, vd, vq, electrical, copper, iron,
                mechanical, 0, voltageLimited);
    }

    /**
     * Magnetic energy stored in the stator inductances, 1.5 * (Ld id^2 + Lq iq^2) / 2 [J] (amplitude-invariant
     * dq quantities, hence the 1.5). The magnet's own field energy is constant and left out.
     */
    public double magneticEnergy(double id, double iq) {
        return 0.75 * (ld * id * id + lq * iq * iq);
    }

    /**
     * did/dt [A/s] from Ld did/dt = vd - Rs id + we Lq iq, at electrical speed we = p w [rad/s], resistance Rs
     * [Ohm] and d-axis voltage vd [V].
     */
    public double directCurrentDerivative(double id, double iq, double vd, double electricalSpeed,
            double resistance) {
        return (vd - resistance * id + electricalSpeed * lq * iq) / ld;
    }

    /** diq/dt [A/s] from Lq diq/dt = vq - Rs iq - we (Ld id + psi_m); arguments as for the d axis. */
    public double quadratureCurrentDerivative(double id, double iq, double vq, double electricalSpeed,
            double resistance) {
        return (vq - resistance * iq - electricalSpeed * (ld * id + psi)) / lq;
    }

    private double voltageSquared(double id, double iq, double rs, double we) {
        double vd = rs * id - we * lq * iq;
        double vq = rs * iq + we * (ld * id + psi);
        return vd * vd + vq * vq;
    }

    /**
     * Arg-max of f on [a, b]: a scan of SCAN_POINTS intervals, then golden-section search around the best. Package
     * visible because the tests use it as the reference search the available-torque method replaced.
     */
    static double maximise(DoubleUnaryOperator f, double a, double b) {
        double bestX = a;
        double bestF = Double.NEGATIVE_INFINITY;
        double h = (b - a) / SCAN_POINTS;
        for (int k = 0; k <= SCAN_POINTS; k++) {
            double x = a + k * h;
            double v = f.applyAsDouble(x);
            if (v > bestF) {
                bestF = v;
                bestX = x;
            }
        }
        double lo = Math.max(a, bestX - h);
        double hi = Math.min(b, bestX + h);
        double x1 = hi - GOLDEN * (hi - lo);
        double x2 = lo + GOLDEN * (hi - lo);
        double f1 = f.applyAsDouble(x1);
        double f2 = f.applyAsDouble(x2);
        while (hi - lo > 1e-13 * Math.max(1, Math.abs(a) + Math.abs(b))) {
            if (f1 < f2) {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + GOLDEN * (hi - lo);
                f2 = f.applyAsDouble(x2);
            } else {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - GOLDEN * (hi - lo);
                f1 = f.applyAsDouble(x1);
            }
        }
        double mid = (lo + hi) / 2;
        return f.applyAsDouble(mid) >= bestF ? mid : bestX;
    }

    private static void checkInputs(double speed, double dcVoltage) {
        if (!Double.isFinite(speed)) {
            throw new MotorInverterException(MotorInverterError.BAD_INPUT, "speed", speed, "must be finite");
        }
        if (!(dcVoltage > 0) || Double.isInfinite(dcVoltage)) {
            throw new MotorInverterException(MotorInverterError.BAD_INPUT, "dcVoltage", dcVoltage,
                    "must be positive and finite");
        }
    }
}
