package dev.drivetwin.fmumotorinverter.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmumotorinverter.drive.DrivePreset;
import dev.drivetwin.fmumotorinverter.drive.DrivePresets;
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

    @ParameterizedTest
    @ValueSource(strings = {"NissanLeaf2011", "TeslaModel3Rwd2024"})
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
    @ValueSource(strings = {"NissanLeaf2011", "TeslaModel3Rwd2024"})
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
    @ValueSource(strings = {"NissanLeaf2011", "TeslaModel3Rwd2024"})
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
    @ValueSource(strings = {"NissanLeaf2011", "TeslaModel3Rwd2024"})
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
    @ValueSource(strings = {"NissanLeaf2011", "TeslaModel3Rwd2024"})
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
    @ValueSource(strings = {"NissanLeaf2011", "TeslaModel3Rwd2024"})
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
    @ValueSource(strings = {"NissanLeaf2011", "TeslaModel3Rwd2024"})
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
    @ValueSource(strings = {"NissanLeaf2011", "TeslaModel3Rwd2024"})
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
}
