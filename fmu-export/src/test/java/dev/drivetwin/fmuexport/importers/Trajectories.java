package dev.drivetwin.fmuexport.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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

    /**
     * Runs the standard scenario on {@code first} and the other one on {@code second}, stepping them alternately,
     * and compares each with its direct run: two instances of one FMU must not share state.
     */
    static void assertInterleavedRunsMatch(ThermalMassScenario.SteppableThermalMass first,
            ThermalMassScenario.SteppableThermalMass second, String importer) {
        ThermalMassScenario a = ThermalMassScenario.standard();
        ThermalMassScenario b = ThermalMassScenario.other();
        first.setParameters(a.heatCapacity(), a.thermalResistance(), a.initialTemperature());
        second.setParameters(b.heatCapacity(), b.thermalResistance(), b.initialTemperature());
        first.initialize(0, a.stopTime());
        second.initialize(0, b.stopTime());
        ThermalMassScenario.Trajectory firstRun = new ThermalMassScenario.Trajectory(a.steps());
        ThermalMassScenario.Trajectory secondRun = new ThermalMassScenario.Trajectory(b.steps());
        for (int k = 0; k < a.steps(); k++) {
            ThermalMassScenario.Trajectory one = a.continueRun(first, k, k + 1);
            ThermalMassScenario.Trajectory other = b.continueRun(second, k, k + 1);
            firstRun.record(k, one.temperature[0], one.stepCount[0]);
            secondRun.record(k, other.temperature[0], other.stepCount[0]);
        }
        assertSame(DirectThermalMass.run(a), firstRun, importer + " first instance");
        assertSame(DirectThermalMass.run(b), secondRun, importer + " second instance");
        assertNotEquals(firstRun.temperature[a.steps() - 1], secondRun.temperature[b.steps() - 1],
                "the two scenarios must end at different temperatures, or this test proves nothing");
    }
}
