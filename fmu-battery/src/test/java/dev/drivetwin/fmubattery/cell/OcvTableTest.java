package dev.drivetwin.fmubattery.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;
import org.junit.jupiter.api.Test;

class OcvTableTest {
    private static final double[] SOC = {0, 0.5, 1};
    private static final double[] T = {273.15, 298.15, 323.15};

    /** OCV = 3 + 1.2 SOC + 1e-4 (T - 298.15): bilinear data, reproduced to round-off. */
    private static double[][] linear() {
        double[][] v = new double[SOC.length][T.length];
        for (int i = 0; i < SOC.length; i++) {
            for (int j = 0; j < T.length; j++) {
                v[i][j] = 3 + 1.2 * SOC[i] + 1e-4 * (T[j] - 298.15);
            }
        }
        return v;
    }

    @Test
    void reproducesLinearDataAndItsTemperatureSlope() {
        OcvTable table = new OcvTable(SOC, T, linear());
        assertEquals(3 + 1.2 * 0.37 + 1e-4 * 5, table.ocv(0.37, 303.15), 1e-14);
        assertEquals(1e-4, table.entropicCoefficient(0.37, 303.15), 1e-14);
    }

    @Test
    void holdsTheEdgeValueOutsideTheAxes() {
        OcvTable table = new OcvTable(SOC, T, linear());
        assertEquals(table.ocv(1, 298.15), table.ocv(1.05, 298.15), 0.0, "SOC above 1");
        assertEquals(table.ocv(0, 273.15), table.ocv(-0.1, 200), 0.0, "below both axes");
        assertEquals(0, table.entropicCoefficient(0.5, 400), 0.0, "held value has no slope");
    }

    @Test
    void rejectsUnsortedAxis() {
        BatteryException e = assertThrows(BatteryException.class,
                () -> new OcvTable(new double[] {0, 0.6, 0.5}, T, linear()));
        assertEquals(BatteryError.BAD_AXIS, e.error());
        assertTrue(e.getMessage().startsWith("cell.ocv.socAxis[2]"), e.getMessage());
    }

    @Test
    void rejectsTooShortAxis() {
        BatteryException e = assertThrows(BatteryException.class,
                () -> new OcvTable(SOC, new double[] {298.15}, new double[][] {{3}, {3.5}, {4}}));
        assertTrue(e.getMessage().startsWith("cell.ocv.temperatureAxis: needs at least 2 points"), e.getMessage());
    }

    @Test
    void rejectsSocOutsideZeroToOneAndRaggedRows() {
        assertThrows(BatteryException.class, () -> new OcvTable(new double[] {0, 1.5}, T, new double[2][3]));
        BatteryException e = assertThrows(BatteryException.class,
                () -> new OcvTable(SOC, T, new double[][] {{3, 3, 3}, {3, 3}, {4, 4, 4}}));
        assertTrue(e.getMessage().startsWith("cell.ocv[1]"), e.getMessage());
    }
}
