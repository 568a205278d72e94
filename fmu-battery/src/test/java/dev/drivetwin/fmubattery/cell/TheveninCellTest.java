package dev.drivetwin.fmubattery.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drivetwin.fmubattery.pack.Pack;
import dev.drivetwin.fmubattery.parameters.BatteryPreset;
import dev.drivetwin.fmubattery.parameters.Presets;
import org.junit.jupiter.api.Test;

class TheveninCellTest {
    private static final BatteryPreset NASA = Presets.builtIn("SahaGoebel2007B0005");

    @Test
    void constantCurrentStepIsTheClosedFormRcSolution() {
        // u(t) = u0 e^(-t/τ) + R i (1 - e^(-t/τ)): one step of 600 s equals 60 steps of 10 s to round-off,
        // because the exact solution composes (ten decades of e^(-dt/τ) products, ~1e-15 relative each).
        TheveninCell cell = new TheveninCell(NASA.cell());
        double r1 = cell.r1(0.5, 298.15);
        double c1 = cell.c1(0.5, 298.15);
        CellState one = cell.stepConstantCurrent(new CellState(1, 0.01, 0), 2, 298.15, 7000, 1, 600);
        CellState many = new CellState(1, 0.01, 0);
        for (int k = 0; k < 60; k++) {
            many = cell.stepConstantCurrent(many, 2, 298.15, 7000, 1, 10);
        }
        double decay = Math.exp(-600 / (r1 * c1));
        assertEquals(0.01 * decay + 2 * r1 * (1 - decay), one.u1(), 1e-15);
        assertEquals(one.u1(), many.u1(), 1e-14);
        assertEquals(one.u2(), many.u2(), 1e-14);
        assertEquals(1 - 1200.0 / 7000, one.soc(), 1e-15, "SOC falls by i·t/Q");
    }

    @Test
    void constantCurrentStepsFollowTheSameEquationsAsPack() {
        // NASA preset: R and C are constant, so the step is exact and Pack's adaptive Dormand-Prince at relative
        // tolerance 1e-10 must agree to its own accuracy: local errors ~1e-10 x 4 V over 30 steps, well below 1e-8 V.
        TheveninCell cell = new TheveninCell(NASA.cell());
        Pack pack = new Pack(NASA, 1.0, 298.15, 0, 1e-10);
        CellState state = new CellState(1.0, 0, 0);
        double[] currents = {2, 2, 0.5, 0, 0, 3, 1.5, 0, 2, 2};
        for (int k = 0; k < 30; k++) {
            double i = currents[k % currents.length];
            pack.stepCurrent(i, 298.15, 20);
            state = cell.stepConstantCurrent(state, i, 298.15, NASA.cell().capacity(), 1, 20);
            assertEquals(pack.cellVoltage(), cell.terminalVoltage(state, 298.15, i, 1), 1e-8, "step " + k);
        }
        assertEquals(pack.soc(), state.soc(), 1e-12);
    }
}
