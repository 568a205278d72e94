package dev.drivetwin.fmubattery.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmubattery.cell.TheveninCell;
import dev.drivetwin.fmubattery.parameters.BatteryPreset;
import dev.drivetwin.fmubattery.parameters.Presets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Fits the Thevenin circuit to measured 2 A discharges of NASA PCoE cell B0005 (B. Saha and K. Goebel, 2007,
 * Battery Data Set, NASA Ames Prognostics Data Repository) with {@link DischargeFit}, checks that {@link Pack} with
 * the preset {@code SahaGoebel2007B0005} (which holds the cycle-1 fit) reproduces it, and follows the fitted
 * capacity and resistances as the cell ages. Reproduce the figures of docs/validation.md with
 * {@code mvn -B -o test -pl model-descriptions,fmu-export,fmu-battery -DskipNative -Dtest=NasaDischargeFitTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class NasaDischargeFitTest {
    private static final BatteryPreset NASA = Presets.builtIn("SahaGoebel2007B0005");
    /** Discharges fitted for the aging table; B0005 has 168 (cycle 166 is the lowest capacity). */
    private static final int[] AGING_CYCLES = {1, 50, 100, 150, 168};

    private static DischargeFit.Result cycleOne;

    private static synchronized DischargeFit.Result cycleOne() throws IOException {
        if (cycleOne == null) {
            DischargeRecord r = DischargeRecord.read("B0005", 1);
            cycleOne = DischargeFit.fit(NASA.cell(), r, DischargeFit.start(r));
        }
        return cycleOne;
    }

    @Test
    void cycleOneDischargeIsReproducedWithinTwentyMillivolts() throws IOException {
        DischargeFit.Result f = cycleOne();
        System.out.println(f.describe());
        System.out.println("parameter vector " + java.util.Arrays.toString(f.parameters()));
        // target of issue 3: terminal-voltage RMSE below 20 mV over the full 2 A discharge
        assertTrue(f.loadedRmse() < 0.020, f.describe());
        assertTrue(f.rmse() < 0.020, "and over the whole record with rest and relaxation: " + f.describe());
    }

    @Test
    void packWithThePresetReproducesTheFit() throws IOException {
        // The preset holds the cycle-1 fit rounded to 9 significant digits (below 1 µV on any voltage here).
        // Pack integrates the same equations with Dormand-Prince at relative tolerance 1e-9 (~4 nV on 4 V per
        // step) and lets temperature evolve, which the preset's tables do not depend on (flat in T, no dOCV/dT).
        // Where R1 and C1 vary with SOC (below 0.1, R1 rising 27-fold) the fit's closed-form step takes them at
        // the interval's mid-point SOC, a second-order error: the traces must converge as the fit's step is
        // halved twice (difference falling at least 8x, 16x in theory), and the RMSE, which averages over
        // ~180 loaded samples of which ~10 lie below SOC 0.1, must agree to 0.05 mV already at the data's steps.
        DischargeFit.Result f = cycleOne();
        DischargeRecord r = f.record();
        assertEquals(r.chargeDelivered(), NASA.cell().capacity(), 0.01, "the preset's capacity is the coulomb count"
                + " of cycle 1 [C]");
        TheveninCell fittedCell = new TheveninCell(DischargeFit.cell(NASA.cell(), f.capacity(), f.parameters()));
        double[] fitted = DischargeFit.simulate(fittedCell, r);
        double[] fine = DischargeFit.simulate(fittedCell, r, 2);
        double[] finer = DischargeFit.simulate(fittedCell, r, 4);
        Pack pack = new Pack(NASA, 1.0, DischargeFit.TEMPERATURE, 0, 1e-9);
        double[] v = new double[r.size()];
        pack.setDemandCurrent(r.current()[0], DischargeFit.TEMPERATURE);
        v[0] = pack.cellVoltage();
        double largest = Math.abs(v[0] - fitted[0]);
        double largestFine = Math.abs(v[0] - fine[0]);
        double largestFiner = Math.abs(v[0] - finer[0]);
        for (int k = 1; k < v.length; k++) {
            pack.stepCurrent(r.current()[k], DischargeFit.TEMPERATURE, r.time()[k] - r.time()[k - 1]);
            v[k] = pack.cellVoltage();
            largest = Math.max(largest, Math.abs(v[k] - fitted[k]));
            largestFine = Math.max(largestFine, Math.abs(v[k] - fine[k]));
            largestFiner = Math.max(largestFiner, Math.abs(v[k] - finer[k]));
        }
        String figures = String.format(Locale.ROOT, "Pack with the preset: RMSE %.3f mV under the 2 A load, %.3f mV"
                + " over the record (fit: %.3f, %.3f mV); largest difference from the fit's trace %.4f mV, %.4f mV and"
                + " %.4f mV with the fit's step halved and quartered", 1e3 * r.rmse(v, true), 1e3 * r.rmse(v, false),
                1e3 * f.loadedRmse(), 1e3 * f.rmse(), 1e3 * largest, 1e3 * largestFine, 1e3 * largestFiner);
        System.out.println(figures);
        assertTrue(largestFiner < largest / 8 && largestFine < largest, figures);
        assertEquals(f.loadedRmse(), r.rmse(v, true), 5e-5, figures);
    }

    @Test
    void agedCellHasLessCapacityAndMoreResistance() throws IOException {
        List<DischargeFit.Result> fits = new ArrayList<>();
        StringBuilder table = new StringBuilder(
                "| cycle | capacity [Ah] | R0 [Ohm] | R1 + R2 [Ohm] | R1 at SOC 0 [Ohm] | tau1 [s] | tau2 [s]"
                + " | RMSE under load [mV] |\n|---|---|---|---|---|---|---|---|\n");
        for (int cycle : AGING_CYCLES) {
            DischargeRecord r = DischargeRecord.read("B0005", cycle);
            DischargeFit.Result f = cycle == 1 ? cycleOne() : DischargeFit.fit(NASA.cell(), r, DischargeFit.start(r));
            fits.add(f);
            table.append(String.format(Locale.ROOT, "| %d | %.4f | %.4f | %.4f | %.4f | %.1f | %.0f | %.2f |%n",
                    cycle, f.capacity() / 3600, f.r0(), f.r1() + f.r2(), f.r1Empty(), f.tau1(), f.tau2(),
                    1e3 * f.loadedRmse()));
        }
        System.out.println(table);
        for (DischargeFit.Result f : fits) {
            assertTrue(f.loadedRmse() < 0.020, "every aged record fits within the 20 mV target: " + f.describe());
        }
        // What the data show (see the table): capacity falls cycle by cycle up to 150, then recovers by about
        // 1 mAh at 168 after a rest ("regeneration", NASA README); R0 scatters by a few mOhm between neighbouring
        // records (0.0958 at 50 against 0.0989 at 1) but rises by about 10 % from the first two records to the last
        // two, and the total resistance R0 + R1 + R2 rises over the life.
        for (int k = 1; k < 4; k++) {
            assertTrue(fits.get(k).capacity() < fits.get(k - 1).capacity(), "capacity falls up to cycle 150\n"
                    + table);
        }
        double newR0 = Math.max(fits.get(0).r0(), fits.get(1).r0());
        double agedR0 = Math.min(fits.get(3).r0(), fits.get(4).r0());
        assertTrue(agedR0 > 1.05 * newR0, "R0 at cycles 150 and 168 exceeds R0 at cycles 1 and 50 by 5 %\n" + table);
        DischargeFit.Result first = fits.get(0);
        DischargeFit.Result last = fits.get(fits.size() - 1);
        assertTrue(last.capacity() < 0.75 * first.capacity(), "capacity falls by more than 25 % over 168 cycles\n"
                + table);
        double newTotal = first.r0() + first.r1() + first.r2();
        double agedTotal = last.r0() + last.r1() + last.r2();
        assertTrue(agedTotal > 1.2 * newTotal, "R0 + R1 + R2 rises by more than 20 %\n" + table);
    }
}
