package dev.drivetwin.cosimmaster.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EndOfRunReportTest {
    private static final List<FmuVariable> COLUMNS = List.of(
            new FmuVariable("vehicle.distance", 0, FmuVariable.VariableKind.REAL, "output", "m"),
            new FmuVariable("battery.packEnergy", 1, FmuVariable.VariableKind.REAL, "output", "J"));

    private static String report(List<String> variables, List<EndOfRunReport.Ratio> ratios, boolean fail) {
        StringWriter text = new StringWriter();
        AtomicLong clock = new AtomicLong(); // 2 s per reading: started and finished read it once each
        EndOfRunReport report = new EndOfRunReport(new PrintWriter(text), "ev.ssd", variables, ratios,
                () -> clock.addAndGet(2_000_000_000L));
        report.started(COLUMNS);
        report.stepped(0, 0, new double[] {0, 0});
        report.stepped(1, 10, new double[] {500, 1e5});
        report.stepped(2, 20, new double[] {1000, 3.6e5});
        if (fail) {
            report.failed("motor", 20, new IllegalStateException("boom"));
        }
        report.finished();
        return text.toString();
    }

    @Test
    void printsStartEndAndChangeAndEnergyPerDistanceInWattHoursPerKilometre() {
        String text = report(List.of("vehicle.distance", "battery.packEnergy"),
                List.of(EndOfRunReport.Ratio.parse("battery.packEnergy/vehicle.distance")), false);
        // 3.6e5 J over 1000 m = 360 J/m = 100 Wh/km (1 Wh/km = 3.6 J/m)
        assertTrue(text.contains("battery.packEnergy per vehicle.distance: 360 J/m = 100.00 Wh/km"), text);
        assertTrue(text.contains("ev.ssd: 2 steps, 0.0 s to 20.0 s simulated in 2.0 s wall time (10 x real time)"),
                text);
        assertTrue(text.lines().anyMatch(l -> l.contains("vehicle.distance") && l.contains("start 0 ")
                && l.contains("end 1000 ") && l.contains("change 1000 m")), text);
    }

    @Test
    void saysWhereTheRunFailed() {
        assertTrue(report(List.of("vehicle.distance"), List.of(), true).contains("FAILED in motor after t = 20.0 s"));
    }

    @Test
    void refusesAVariableThatIsNotObserved() {
        EndOfRunReport report = new EndOfRunReport(new PrintWriter(new StringWriter()), "ev.ssd",
                List.of("battery.soc"), List.of(), System::nanoTime);
        MasterException e = assertThrows(MasterException.class, () -> report.started(COLUMNS));
        assertTrue(e.getMessage().contains("'battery.soc'") && e.getMessage().contains("vehicle.distance"),
                e.getMessage());
    }
}
