package dev.drivetwin.fmumotorinverter.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmumotorinverter.MotorInverterException;
import org.junit.jupiter.api.Test;

class DriveThermalModelTest {
    private static final ThermalParameters P = new ThermalParameters(8000, 0.02, 4000, 0.1, 150, 0.03, 0.2,
            433.15, 453.15, 403.15, 423.15, 398.15, 423.15);

    @Test
    void eachNodeFollowsTheExactFirstOrderResponse() {
        DriveThermalModel model = new DriveThermalModel(P);
        model.initialize(313.15);
        for (int k = 0; k < 100; k++) {
            model.advance(1, 2000, 100, 500, 313.15);
        }
        // T(t) = Tc + Q R (1 - exp(-t / (R C))); 100 exact steps differ from it by round-off only.
        assertEquals(313.15 + 2000 * 0.02 * (1 - Math.exp(-100 / (0.02 * 8000))), model.windingTemperature(), 1e-10);
        assertEquals(313.15 + 100 * 0.1 * (1 - Math.exp(-100 / (0.1 * 4000))), model.magnetTemperature(), 1e-10);
        assertEquals(313.15 + 500 * 0.03 * (1 - Math.exp(-100 / (0.03 * 150))), model.junctionTemperature(), 1e-10);
    }

    @Test
    void deratingFallsLinearlyFromStartToLimit() {
        assertEquals(1, DriveThermalModel.factor(400, 433.15, 453.15), 0);
        assertEquals(0.5, DriveThermalModel.factor(443.15, 433.15, 453.15), 1e-12);
        assertEquals(0, DriveThermalModel.factor(460, 433.15, 453.15), 0);
        DriveThermalModel model = new DriveThermalModel(P);
        model.restore(300, 413.15, 300);
        assertEquals(0.5, model.deratingFactor(), 1e-12, "the magnet half-way through its derating band");
    }

    @Test
    void limitBelowItsStartIsRefusedNamingTheField() {
        MotorInverterException e = assertThrows(MotorInverterException.class, () -> new ThermalParameters(8000,
                0.02, 4000, 0.1, 150, 0.03, 0.2, 433.15, 423.15, 403.15, 423.15, 398.15, 423.15));
        assertTrue(e.getMessage().contains("thermal.windingLimit"), e.getMessage());
    }
}
