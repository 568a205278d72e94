package dev.drivetwin.batterylearning.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void computesTheDefinitionsOnAHandExample() {
        // errors +1, -1, +2 on measured 10, 20, 30: RMSE sqrt(6/3), MAE 4/3, MAPE (0.1 + 0.05 + 2/30)/3,
        // R² = 1 - 6/200 (SS_tot = 100 + 0 + 100)
        Metrics m = Metrics.of(new double[] {10, 20, 30}, new double[] {11, 19, 32});
        assertEquals(Math.sqrt(2), m.rmse(), 1e-15);
        assertEquals(4.0 / 3, m.mae(), 1e-15);
        assertEquals((0.1 + 0.05 + 2.0 / 30) / 3, m.mape(), 1e-15);
        assertEquals(1 - 6.0 / 200, m.r2(), 1e-15);
    }
}
