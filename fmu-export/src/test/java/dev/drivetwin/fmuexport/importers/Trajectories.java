package dev.drivetwin.fmuexport.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Compares an importer's run with the direct one. */
final class Trajectories {
    /**
     * Absolute tolerance on temperature [K]. The slave does the same floating-point operations in the same order
     * whichever way it is called, so the results are bit-identical unless the bridge changes a value on its way
     * (a float conversion, a wrong value reference, a skipped or repeated step); 1e-12 K is far below any such
     * error (a single float rounding of 300 K is ~1e-5 K) and leaves room for nothing else.
     */
    static final double TOLERANCE = 1e-12;

    private Trajectories() {
    }

    static void assertSame(ThermalMassScenario.Trajectory expected, ThermalMassScenario.Trajectory actual,
            String importer) {
        assertEquals(expected.temperature.length, actual.temperature.length, importer + ": number of steps");
        for (int i = 0; i < expected.temperature.length; i++) {
            int step = i;
            assertEquals(expected.temperature[i], actual.temperature[i], TOLERANCE,
                    () -> importer + ": temperature [K] after step " + step);
            assertEquals(expected.stepCount[i], actual.stepCount[i], () -> importer + ": stepCount after step " + step);
        }
    }
}
