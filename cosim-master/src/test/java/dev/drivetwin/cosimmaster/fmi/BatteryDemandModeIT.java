package dev.drivetwin.cosimmaster.fmi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drivetwin.cosimmaster.TestFmus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Boolean fault as it was first seen: Battery.fmu's parameter powerDemandMode written false through FMI4j arrived
 * as true, and the battery followed powerDemand instead of currentDemand. With currentDemand 100 A and powerDemand
 * 0 W the two modes give different pack currents, each exactly: following the current gives 100 A (divided among the
 * parallel cells and multiplied back, so to round-off), following zero power gives 2·0 / (e + sqrt(e²)) = 0 A.
 */
class BatteryDemandModeIT {
    static final double CURRENT_DEMAND = 100; // [A]

    @ParameterizedTest(name = "powerDemandMode = {0}")
    @ValueSource(booleans = {false, true})
    void theBatteryFollowsTheDemandItsModeNames(boolean powerDemandMode) {
        try (ImportedFmu fmu = ImportedFmu.load(TestFmus.existing(TestFmus.root()
                .resolve("fmu-battery/target/Battery.fmu")));
                FmuSlave battery = fmu.instantiate("battery")) {
            battery.write(fmu.variable("powerDemandMode"), Boolean.toString(powerDemandMode));
            battery.write(fmu.variable("currentDemand"), Double.toString(CURRENT_DEMAND));
            battery.write(fmu.variable("powerDemand"), "0");
            battery.initialize(0, 10);
            assertEquals(powerDemandMode ? 1 : 0, battery.readNumber(fmu.variable("powerDemandMode"), 0));
            battery.doStep(0, 1);
            assertEquals(powerDemandMode ? 0 : CURRENT_DEMAND, battery.readNumber(fmu.variable("packCurrent"), 1),
                    1e-9, "pack current [A]");
        }
    }
}
