package dev.drivetwin.fmubattery.fmu;

import dev.drivetwin.fmuexport.importing.CHostSmoke;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Battery.fmu driven by our C test host, the third importer the foundation tests with ({@link CHostSmoke}). */
class BatteryCHostIT {
    @Test
    void cHostStepsWithStartValuesAndRestoresTheStateExactly() throws IOException, InterruptedException {
        CHostSmoke.assertPasses(BatteryScenario.packagedFmu());
    }
}
