package dev.drivetwin.fmubattery.residual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fade law against hand-computed cycles, Saha and Goebel's one-state recursion, and its trajectory. */
class RestRecoveryFadeTest {
    private static final RestRecoveryFade LAW = new RestRecoveryFade(6000, 0.99, 0.5, 100, 3600);
    /** Rests before cycles 1-4 [s]: the first is not used; 1 h gives β1·e^-1, none gives 0, 2 h β1·e^-0.5. */
    private static final double[] RESTS = {5000, 3600, 0, 7200};

    @Test
    void reproducesHandComputedCycles() {
        double r2 = 100 * Math.exp(-1); // 36.788 C
        double r4 = 0.5 * 0.5 * r2 + 100 * Math.exp(-0.5); // 9.197 + 60.653 C
        double[] expected = {6000, 5940 + r2, 5880.6 + 0.5 * r2, 5821.794 + r4};
        // a few products of exact decimals: round-off near 1e-12 C
        assertArrayEquals(expected, LAW.capacities(RESTS), 1e-9);
    }

    @Test
    void equalRetentionsAreSahaAndGoebelsOneStateLaw() {
        RestRecoveryFade saha = new RestRecoveryFade(6000, 0.99, 0.99, 100, 3600);
        double[] rests = new Random(3).doubles(50, 0, 2e5).toArray();
        double[] c = saha.capacities(rests);
        double expected = 6000;
        for (int k = 1; k < rests.length; k++) {
            expected = 0.99 * expected + 100 * Math.exp(-3600 / rests[k]); // C_{k+1} = η·C_k + β1·exp(-β2/Δt)
            assertEquals(expected, c[k], 1e-9, "cycle " + (k + 1));
        }
    }

    @Test
    void scalingToAnotherCellScalesBothCapacityTerms() {
        double[] c = LAW.capacities(RESTS);
        double[] scaled = LAW.scaledTo(3000).capacities(RESTS);
        for (int k = 0; k < c.length; k++) {
            assertEquals(c[k] / 2, scaled[k], 1e-9);
        }
    }

    @Test
    void trajectoryGivenCyclesInOrderFollowsTheSchedule() {
        FadeTrajectory trajectory = new FadeTrajectory(LAW);
        double[] expected = LAW.capacities(RESTS);
        for (int k = 0; k < RESTS.length; k++) {
            assertEquals(expected[k], trajectory.capacity(k + 1, RESTS[k]), 1e-9, "cycle " + (k + 1));
        }
    }

    @Test
    void trajectoryReevaluatesTheLatestCycleAndRestartsWhenTheCountGoesBack() {
        FadeTrajectory trajectory = new FadeTrajectory(LAW);
        double[] expected = LAW.capacities(RESTS);
        trajectory.capacity(1, 0);
        trajectory.capacity(2, 99_999);
        assertEquals(expected[1], trajectory.capacity(2, RESTS[1]), 1e-9, "the corrected rest replaces the first");
        trajectory.capacity(3, RESTS[2]);
        assertEquals(expected[1], trajectory.capacity(2, RESTS[1]), 1e-9,
                "back to cycle 2: the law restarts from cycle 1");
    }

    @Test
    void trajectorySkipsCyclesWithoutRecoveryAndSurvivesASavedState() {
        FadeTrajectory trajectory = new FadeTrajectory(LAW);
        double[] expected = LAW.capacities(new double[] {0, 0, 0, 7200});
        assertEquals(expected[3], trajectory.capacity(4, 7200), 1e-9);
        FadeTrajectory restored = new FadeTrajectory(LAW);
        restored.restore(trajectory.state());
        assertEquals(trajectory.capacity(5, 3600), restored.capacity(5, 3600), 0);
    }
}
