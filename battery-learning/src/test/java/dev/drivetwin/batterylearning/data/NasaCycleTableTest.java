package dev.drivetwin.batterylearning.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.batterylearning.LearningError;
import dev.drivetwin.batterylearning.LearningException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading B0005_cycles.csv of the NASA PCoE data (B. Saha and K. Goebel (2007), Battery Data Set, NASA Ames
 * Prognostics Data Repository), whose README gives the first and last capacities checked here.
 */
class NasaCycleTableTest {
    @Test
    void readsTheCyclesInSiUnits() {
        List<NasaCycle> b0005 = NasaCycleTable.read(NasaCycleTable.defaultDirectory(), "B0005");
        assertEquals(168, b0005.size());
        NasaCycle first = b0005.get(0);
        assertEquals(1, first.cycle());
        assertEquals(1.856487 * 3600, first.capacity(), 1e-9, "Ah to C");
        assertEquals(32.364 + 273.15, first.conditions().meanTemperature(), 1e-9, "degC to K");
        assertEquals(7125.250, first.conditions().chargeTime(), 1e-9);
        assertEquals(4.302 * 3600, first.conditions().restTime(), 1e-9, "cycle 1 has none: cycle 2's, h to s");
        assertEquals(1.325, b0005.get(167).capacity() / 3600, 5e-4, "README: last capacity 1.325 Ah");
        assertEquals(1 / 3600.0, first.conditions().dischargeRate(), 1e-15, "2 A on 2 Ah is 1C");
    }

    @Test
    void theMissingChargeOfCycle90TakesCycle89s() {
        List<NasaCycle> b0005 = NasaCycleTable.read(NasaCycleTable.defaultDirectory(), "B0005");
        assertEquals(b0005.get(88).conditions().chargeTime(), b0005.get(89).conditions().chargeTime(), 0);
        assertTrue(b0005.get(89).conditions().chargeTime() > 0);
    }

    @Test
    void aMissingFolderIsReportedWithItsPath() {
        LearningException e = assertThrows(LearningException.class,
                () -> NasaCycleTable.read(Path.of("no-such-folder"), "B0005"));
        assertEquals(LearningError.DATA_MISSING, e.error());
        assertTrue(e.getMessage().contains("no-such-folder") && e.getMessage().contains("nasa.data.dir"),
                e.getMessage());
    }
}
