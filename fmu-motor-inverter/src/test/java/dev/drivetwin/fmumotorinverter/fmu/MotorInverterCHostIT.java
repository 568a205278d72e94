package dev.drivetwin.fmumotorinverter.fmu;

import dev.drivetwin.fmuexport.importing.CHostSmoke;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** MotorInverter.fmu driven by our C test host, the third importer the foundation tests with ({@link CHostSmoke}). */
class MotorInverterCHostIT {
    @Test
    void cHostStepsWithStartValuesAndRestoresTheStateExactly() throws IOException, InterruptedException {
        CHostSmoke.assertPasses(MotorInverterScenario.packagedFmu());
    }
}
