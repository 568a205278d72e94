package dev.drivetwin.batterylearning.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drivetwin.fmubattery.residual.RestRecoveryFade;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact trajectories of a known law must give that law back. */
class RestRecoveryFitTest {
    /** 150 cycles, 5 h rests with a long one every 25 cycles (1 to 6 days), as in the NASA records. */
    private static double[] schedule() {
        double[] rest = new double[150];
        for (int k = 0; k < rest.length; k++) {
            rest[k] = k % 25 == 24 ? 86_400.0 * (1 + k / 25) : 18_000;
        }
        return rest;
    }

    @Test
    void recoversAllFiveConstantsFromAnExactTrajectory() {
        RestRecoveryFade truth = new RestRecoveryFade(6700, 0.997, 0.9, 250, 20 * 3600.0);
        double[] rest = schedule();
        RestRecoveryFade fit = RestRecoveryFit.fit(new CellHistory(rest, truth.capacities(rest)),
                FadeLawForm.REST_RECOVERY);
        // noise-free data and a converged Levenberg-Marquardt: the residual RMS checker stops below 1e-10
        // relative, so each constant comes back to well under 1e-4 of its size
        assertEquals(6700, fit.initialCapacity(), 6700 * 1e-4);
        assertEquals(0.997, fit.fade(), 1e-6);
        assertEquals(0.9, fit.recoveryRetention(), 1e-4);
        assertEquals(250, fit.recoveryGain(), 250 * 1e-3);
        assertEquals(20 * 3600.0, fit.recoveryRestTime(), 20 * 3600.0 * 1e-3);
    }

    @Test
    void sahaGoebelFormTiesTheRetentionToTheFade() {
        RestRecoveryFade truth = new RestRecoveryFade(6700, 0.996, 0.996, 300, 30 * 3600.0);
        double[] rest = schedule();
        RestRecoveryFade fit = RestRecoveryFit.fit(new CellHistory(rest, truth.capacities(rest)),
                FadeLawForm.SAHA_GOEBEL);
        assertEquals(fit.fade(), fit.recoveryRetention(), 0);
        assertEquals(0.996, fit.fade(), 1e-6);
        assertEquals(300, fit.recoveryGain(), 300 * 1e-3);
    }

    @Test
    void shapeAcrossCellsScalesToEachCellsFirstCapacity() {
        RestRecoveryFade shape = new RestRecoveryFade(7000, 0.997, 0.9, 200, 20 * 3600.0);
        double[] rest = schedule();
        List<CellHistory> cells = List.of(new CellHistory(rest, shape.capacities(rest)),
                new CellHistory(rest, shape.scaledTo(6000).capacities(rest)));
        RestRecoveryFade fit = RestRecoveryFit.fitShape(cells, FadeLawForm.REST_RECOVERY);
        assertEquals(7000, fit.initialCapacity(), 0, "the first cell's own measured first capacity");
        assertEquals(0.997, fit.fade(), 1e-6);
        assertEquals(200, fit.recoveryGain(), 200 * 1e-3);
    }
}
