package dev.drivetwin.fmumotorinverter.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmumotorinverter.drive.DrivePreset;
import dev.drivetwin.fmumotorinverter.drive.DrivePresets;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PmsmMachineTest {
    private static final double ROOM = 293.15;

    private static DrivePreset preset(String name) {
        return DrivePresets.load(name);
    }

    private static PmsmMachine machine(DrivePreset preset) {
        return new PmsmMachine(preset.machine(), null);
    }

    /** Speeds 0 to maxSpeed [rad/s], DC voltages 0.5 to 1.15 of nominal [V], winding temperatures [K]. */
    private static double[][] grid(DrivePreset preset) {
        double maxSpeed = preset.machine().maxSpeed();
        double[] speeds = new double[97];
        for (int k = 0; k < speeds.length; k++) {
            speeds[k] = maxSpeed * k / (speeds.length - 1);
        }
        double[] voltages = new double[] {0.5, 0.7, 0.85, 1.0, 1.15};
        for (int k = 0; k < voltages.length; k++) {
            voltages[k] *= preset.nominalDcVoltage();
        }
        return new double[][] {speeds, voltages, {253.15, ROOM, 423.15}};
    }

    @ParameterizedTest
    @ValueSource(strings = {"NissanLeaf2011", "TeslaModel3Rwd2024", "KiaEv3LongRange2024", "VolkswagenId4Pro2024"})
    void terminalPowerEqualsShaftPowerPlusLossesMotoringAndRegenerating(String name) {
        DrivePreset preset = preset(name);
        PmsmMachine machine = machine(preset);
        double base = preset.machine().baseSpeed();
        for (double speed : new double[] {0.3 * base, base, 2.5 * base}) {
            for (double torque : new double[] {150, -150, 20, -20, 0}) {
                OperatingPoint p = machine.operatingPoint(torque, speed, preset.nominalDcVoltage(), ROOM, 1);
                double losses = p.copperLoss() + p.ironLoss() + p.mechanicalLoss();
                // 1.5 (vd id + vq iq) = 1.5 Rs I^2 + T w holds algebraically; only round-off remains.
                assertEquals(p.shaftPower() + losses, p.electricalPower(),
                        1e-12 * (Math.abs(p.electricalPower()) + losses), () -> name + " at " + speed + " rad/s");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"NissanLeaf2011", "TeslaModel3Rwd2024", "KiaEv3LongRange2024", "VolkswagenId4Pro2024"})
    void regenerationReversesTorqueAndTerminalPower(String name) {
        DrivePreset preset = preset(name);
        OperatingPoint p = machine(preset).operatingPoint(-100, 0.8 * preset.machine().baseSpeed(),
                preset.nominalDcVoltage(), ROOM, 1);
        assertEquals(-100, p.torque(), 1e-9);
        assertTrue(p.shaftTorque() < p.torque(), "losses add braking torque at the shaft");
        assertTrue(p.electricalPower() < 0, "power flows to the DC side");
        assertTrue(-p.electricalPower() < -p.shaftPower(), "less comes out electrically than goes in mechanically");
    }

    /**
     * MTPA: no point on the constant-torque curve iq(id) = T / (1.5 p (psi + (Ld - Lq) id)) has less current.
     * A scan with spacing delta finds a grid minimum above the true one by at most I''(id*) (delta/2)^2 / 2; the
     * model must not lie above the grid minimum by more than that plus its solver tolerance (1e-12 Imax).
     */
    @ParameterizedTest
    @ValueSource(strings = {"NissanLeaf2011", "TeslaModel3Rwd2024", "KiaEv3LongRange2024", "VolkswagenId4Pro2024"})
    void mtpaCurrentIsTheLeastCurrentForTheTorque(String name) {
        DrivePreset preset = preset(name);
        MachineParameters m = preset.machine();
        PmsmMachine machine = machine(preset);
        for (double fraction : new double[] {0.1, 0.5, 0.9}) {
            double torque = fraction * m.maxTorque();
            OperatingPoint p = machine.operatingPoint(torque, 10, preset.nominalDcVoltage(), ROOM, 1);
            assertTrue(!p.voltageLimited(), "low speed: MTPA, not field weakening");
            int n = 200_000;
            double delta = m.maxCurrent() / n;
            double gridMin = Double.POSITIVE_INFINITY;
            for (int k = 0; k <= n; k++) {
                gridMin = Math.min(gridMin, current(m, torque, -k * delta));
            }
            double id = p.directCurrent();
            double curvature = (current(m, torque, id + delta) - 2 * current(m, torque, id)
                    + current(m, torque, id - delta)) / (delta * delta);
            double bound = Math.abs(curvature) * delta * delta / 8 + 1e-12 * m.maxCurrent();
            double model = p.currentAmplitude();
            assertTrue(model <= gridMin + bound, name + ": MTPA current " + model + " A above scan " + gridMin);
            assertTrue(gridMin - model <= bound + 1e-9 * model, name + ": scan below MTPA by more than the bound");
        }
    }

    private static double current(MachineParameters m, double torque, double id) {
        double iq = torque / (1.5 * m.polePairs() * (m.magnetFluxLinkage()
                + (m.directInductance() - m.quadratureInductance()) * id));
        return Math.hypot(id, iq);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NissanLeaf2011", "TeslaModel3Rwd2024", "KiaEv3LongRange2024", "VolkswagenId4Pro2024"})
    void chosenCurrentsRespectCurrentAndVoltageLimits(String name) {
        DrivePreset preset = preset(name);
        MachineParameters m = preset.machine();
        PmsmMachine machine = machine(preset);
        for (double vdc : new double[] {0.7 * preset.nominalDcVoltage(), preset.nominalDcVoltage()}) {
            for (int k = 0; k <= 40; k++) {
                double speed = m.maxSpeed() * k / 40;
                for (double torque : new double[] {1e4, -1e4, 50, -50, 0}) {
                    OperatingPoint p = machine.operatingPoint(torque, speed, vdc, ROOM, 1);
                    assertTrue(p.currentAmplitude() <= m.maxCurrent() * (1 + 1e-9), "current limit");
                    assertTrue(p.voltageAmplitude() <= PmsmMachine.voltageLimit(vdc) * (1 + 1e-9),
                            () -> name + ": voltage " + p.voltageAmplitude() + " V at " + speed + " rad/s, T " + torque);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"NissanLeaf2011", "TeslaModel3Rwd2024", "KiaEv3LongRange2024", "VolkswagenId4Pro2024"})
    void availableTorqueIsFlatToBaseSpeedThenFallsAsOneOverSpeed(String name) {
        DrivePreset preset = preset(name);
        MachineParameters m = preset.machine();
        PmsmMachine machine = machine(preset);
        double v = preset.nominalDcVoltage();
        double base = m.baseSpeed();
        assertEquals(m.maxTorque(), machine.availableTorque(0.5 * base, v, ROOM, 1), 1e-9 * m.maxTorque());
        assertEquals(m.maxTorque(), machine.availableTorque(base, v, ROOM, 1), 1e-9 * m.maxTorque(),
                "the published peak torque is reached up to base speed at the nominal voltage");
        // Above base speed the power limit binds while the electromagnetic capability exceeds it: T = P / w.
        double above = 1.5 * base;
        assertEquals(m.maxPower() / above, machine.availableTorque(above, v, ROOM, 1), 1e-9 * m.maxTorque());
        assertEquals(0, machine.availableTorque(1.01 * m.maxSpeed(), v, ROOM, 1), 0.0, "beyond maximum speed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NissanLeaf2011", "TeslaModel3Rwd2024", "KiaEv3LongRange2024", "VolkswagenId4Pro2024"})
    void lowerDcVoltageLowersTheSpeedWhereFullTorqueEnds(String name) {
        DrivePreset preset = preset(name);
        PmsmMachine machine = machine(preset);
        double nominal = cornerSpeed(machine, preset.machine(), preset.nominalDcVoltage());
        double low = cornerSpeed(machine, preset.machine(), 0.6 * preset.nominalDcVoltage());
        assertTrue(low < 0.8 * nominal, name + ": corner " + low + " rad/s at 60 % voltage vs " + nominal);
        // Neglecting Rs, the voltage-limited corner scales with Vdc (0.6); at nominal voltage the power limit may
        // end full torque before the voltage does, which raises the ratio; the Rs drop lowers it a little.
        assertTrue(low > 0.5 * nominal, name + ": corner ratio " + low / nominal);
    }

    /** Highest speed [rad/s] at which the full torque is still available, by bisection to 1e-9 relative. */
    private static double cornerSpeed(PmsmMachine machine, MachineParameters m, double vdc) {
        double lo = 0;
        double hi = m.maxSpeed();
        while (hi - lo > 1e-9 * m.maxSpeed()) {
            double mid = (lo + hi) / 2;
            if (machine.availableTorque(mid, vdc, ROOM, 1) >= m.maxTorque() * (1 - 1e-12)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @ParameterizedTest
    @ValueSource(strings = {"NissanLeaf2011", "TeslaModel3Rwd2024", "KiaEv3LongRange2024", "VolkswagenId4Pro2024"})
    void presetReproducesItsPublishedPeakTorqueAndPower(String name) {
        DrivePreset preset = preset(name);
        MachineParameters m = preset.machine();
        PmsmMachine machine = machine(preset);
        double peakPower = 0;
        double peakTorque = 0;
        for (int k = 1; k <= 2000; k++) {
            double speed = m.maxSpeed() * k / 2000;
            double torque = machine.operatingPoint(1e6, speed, preset.nominalDcVoltage(), ROOM, 1).torque();
            peakTorque = Math.max(peakTorque, torque);
            peakPower = Math.max(peakPower, torque * speed);
        }
        // The solver meets the torque to 1e-12 A in iq; a grid of 2000 speeds samples the power plateau exactly.
        assertEquals(m.maxTorque(), peakTorque, 1e-6 * m.maxTorque(), name + " peak torque [N.m]");
        assertEquals(m.maxPower(), peakPower, 1e-6 * m.maxPower(), name + " peak power [W]");
    }

    /**
     * The entry point for callers that already hold the derated limits is the same computation without the two
     * searches: with the limits {@link PmsmMachine#availableTorque} gives, the point is identical to the last bit,
     * through MTPA, field weakening and both limits, motoring and regenerating.
     */
    @ParameterizedTest
    @ValueSource(strings = {"NissanLeaf2011", "TeslaModel3Rwd2024", "KiaEv3LongRange2024", "VolkswagenId4Pro2024"})
    void pointWithinGivenLimitsIsBitIdenticalToThePointThatSearchesThem(String name) {
        DrivePreset preset = preset(name);
        PmsmMachine machine = machine(preset);
        double base = preset.machine().baseSpeed();
        for (double derating : new double[] {1, 0.6}) {
            for (double speed : new double[] {0, 0.3 * base, base, 2.5 * base}) {
                for (double torque : new double[] {1e6, 150, 20, 0, -20, -150, -1e6}) {
                    double vdc = 0.9 * preset.nominalDcVoltage();
                    double upper = derating * machine.availableTorque(speed, vdc, 350, 1);
                    double lower = derating * machine.availableTorque(speed, vdc, 350, -1);
                    assertEquals(machine.operatingPoint(torque, speed, vdc, 350, derating),
                            machine.operatingPointWithin(torque, speed, vdc, 350, upper, lower),
                            () -> name + " at " + torque + " N.m, " + speed + " rad/s");
                }
            }
        }
    }

    /**
     * The function the available-torque search maximises, h(id) = 1.5 p (psi_m + (Ld - Lq) id) min(iq_i, iq_v), is
     * unimodal on [-maxCurrent, 0] (log-concave where positive, see {@link PmsmMachine#maximumElectromagneticTorque}):
     * sampled at 2001 points, once it has fallen it never rises again, over speed, voltage, temperature and both
     * directions. A rise is counted only above 1e-12 of the maximum, ten times the relative round-off of h (a few
     * dozen operations, each within 2^-53).
     */
    @ParameterizedTest
    @ValueSource(strings = {"NissanLeaf2011", "TeslaModel3Rwd2024", "KiaEv3LongRange2024", "VolkswagenId4Pro2024"})
    void limitTorqueHasOneMaximumOverTheDirectCurrent(String name) {
        DrivePreset preset = preset(name);
        PmsmMachine machine = machine(preset);
        double iMax = preset.machine().maxCurrent();
        double[][] grid = grid(preset);
        for (double speed : grid[0]) {
            for (double vdc : grid[1]) {
                for (double temperature : grid[2]) {
                    for (int sign : new int[] {1, -1}) {
                        double[] h = new double[2001];
                        double top = 0;
                        for (int k = 0; k < h.length; k++) {
                            h[k] = machine.limitTorqueAt(-iMax + iMax * k / (h.length - 1), speed, vdc,
                                    temperature, sign);
                            top = Math.max(top, h[k]);
                        }
                        double noise = 1e-12 * top;
                        boolean falling = false;
                        for (int k = 1; k < h.length; k++) {
                            falling |= h[k] < h[k - 1] - noise;
                            int at = k;
                            assertTrue(!falling || h[k] <= h[k - 1] + noise, () -> name + " rises again at id = "
                                    + (-iMax + iMax * at / (h.length - 1)) + " A, " + speed + " rad/s, " + vdc
                                    + " V, " + temperature + " K, sign " + sign);
                        }
                    }
                }
            }
        }
    }

    /**
     * The available torque, motoring and braking, derated, is the maximum the former search found: a 201-point
     * scan of h(id) over [-maxCurrent, 0] and a golden-section refinement around the best point down to a bracket
     * w = 1e-13 maxCurrent, kept here as the reference. With h unimodal the maximiser lies in each method's final
     * bracket, so each result is within L w / 2 of the true maximum, L the slope of h next to the maximiser,
     * and the two within L w; L is bounded by the secant from the maximiser over 1e-9 maxCurrent (>= w; the secant
     * slope from a maximum grows with the distance for a concave function, and h is log-concave). Plus round-off
     * in h, 1e-14 of the torque.
     */
    @ParameterizedTest
    @ValueSource(strings = {"NissanLeaf2011", "TeslaModel3Rwd2024", "KiaEv3LongRange2024", "VolkswagenId4Pro2024"})
    void availableTorqueIsTheMaximumTheFormerScanFinds(String name) {
        DrivePreset preset = preset(name);
        MachineParameters m = preset.machine();
        PmsmMachine machine = machine(preset);
        double iMax = m.maxCurrent();
        double bracket = 1e-13 * Math.max(1, iMax);
        double delta = 1e-9 * iMax;
        double[][] grid = grid(preset);
        for (double speed : grid[0]) {
            for (double vdc : grid[1]) {
                for (double temperature : grid[2]) {
                    for (int sign : new int[] {1, -1}) {
                        DoubleUnaryOperator h = id -> machine.limitTorqueAt(id, speed, vdc, temperature, sign);
                        double at = PmsmMachine.maximise(h, -iMax, 0);
                        double reference = Math.max(h.applyAsDouble(at), 0);
                        double slope = Math.max(
                                Math.abs(h.applyAsDouble(Math.max(-iMax, at - delta)) - reference),
                                Math.abs(h.applyAsDouble(Math.min(0, at + delta)) - reference)) / delta;
                        double tolerance = slope * bracket + 1e-14 * reference;
                        String where = name + " at " + speed + " rad/s, " + vdc + " V, " + temperature + " K, sign "
                                + sign;
                        assertEquals(reference, machine.maximumElectromagneticTorque(speed, vdc, temperature, sign),
                                tolerance, where);
                        double limit = Math.min(m.maxTorque(), m.maxPower() / Math.max(speed, 1e-300));
                        for (double derating : new double[] {1, 0.6, 0.25}) {
                            assertEquals(derating * Math.min(reference, limit),
                                    derating * machine.availableTorque(speed, vdc, temperature, sign),
                                    derating * tolerance, () -> where + ", derating " + derating);
                        }
                    }
                }
            }
        }
    }
}
