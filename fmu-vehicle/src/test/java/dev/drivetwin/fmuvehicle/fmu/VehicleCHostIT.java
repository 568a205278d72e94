package dev.drivetwin.fmuvehicle.fmu;

import dev.drivetwin.fmuexport.importing.CHostSmoke;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Vehicle.fmu driven by our C test host, the third importer the foundation tests with ({@link CHostSmoke}). */
class VehicleCHostIT {
    @Test
    void cHostStepsWithStartValuesAndRestoresTheStateExactly() throws IOException, InterruptedException {
        CHostSmoke.assertPasses(VehicleScenario.packagedFmu());
    }
}
