package dev.drivetwin.batterylearning.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drivetwin.fmubattery.residual.PowerLawFade;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Exact data from a known law must give that law back. */
class PowerLawFitTest {
    private static final double[] CYCLES = IntStream.rangeClosed(1, 150).asDoubleStream().toArray();

    private static double[] capacities(PowerLawFade law) {
        return java.util.Arrays.stream(CYCLES).map(law::capacity).toArray();
    }

    @Test
    void recoversAllThreeConstants() {
        PowerLawFade truth = new PowerLawFade(6700, 3e-4, 1.337);
        PowerLawFade fit = PowerLawFit.fit(CYCLES, capacities(truth));
        // z is searched on a grid of 1e-4 and 1.337 lies on it; C0 and a are then the exact linear solution
        assertEquals(1.337, fit.exponent(), 1e-9);
        assertEquals(6700, fit.initialCapacity(), 1e-6);
        assertEquals(3e-4, fit.coefficient(), 1e-12);
    }

    @Test
    void aFixedExponentIsKept() {
        PowerLawFade truth = new PowerLawFade(6700, 2e-3, 1);
        PowerLawFade fit = PowerLawFit.fit(CYCLES, capacities(truth), OptionalDouble.of(1));
        assertEquals(1, fit.exponent(), 0);
        assertEquals(6700, fit.initialCapacity(), 1e-6);
        assertEquals(2e-3, fit.coefficient(), 1e-12);
    }

    @Test
    void relativeFitScalesToTheGivenInitialCapacity() {
        PowerLawFade unit = new PowerLawFade(1, 1e-3, 0.8);
        PowerLawFade fit = PowerLawFit.fitRelative(CYCLES, capacities(unit), 7000);
        assertEquals(0.8, fit.exponent(), 1e-9);
        assertEquals(1e-3, fit.coefficient(), 1e-12);
        assertEquals(7000, fit.initialCapacity(), 0);
    }
}
