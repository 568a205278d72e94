package dev.drivetwin.fmubattery.residual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The networks' inputs, written in the order of their names, and recognised from a file's names. */
class FeatureSetTest {
    private static final CycleConditions CYCLE = new CycleConditions(100, 305, 312, 9800, 2200, 7200, 1 / 3600.0);

    @Test
    void forecastTakesOnlyPreDischargeInputsAndTheLogOfTheRestInHours() {
        double[] out = new double[7];
        FeatureSet.FORECAST.write(CYCLE, ModelKind.HYBRID, 5000, out);
        // a 2 h rest: ln 2; the temperatures (305, 312 K) appear nowhere
        assertArrayEquals(new double[] {100, 9800, 2200, 7200, Math.log(2), 1 / 3600.0, 5000}, out, 1e-15);
        assertEquals(List.of("cycleNumber", "chargeTime", "constantCurrentChargeTime", "restTime", "logRestTime",
                "dischargeRate", "physicsCapacity"), FeatureSet.FORECAST.names(ModelKind.HYBRID));
    }

    @Test
    void estimateTakesAllSevenConditionsInTheirOrder() {
        double[] out = new double[7];
        FeatureSet.ESTIMATE.write(CYCLE, ModelKind.DATA_ONLY, 5000, out);
        assertArrayEquals(new double[] {100, 305, 312, 9800, 2200, 7200, 1 / 3600.0}, out, 0);
        assertEquals(CycleConditions.CONDITION_NAMES, FeatureSet.ESTIMATE.names(ModelKind.DATA_ONLY));
    }

    @Test
    void aSetIsRecognisedOnlyFromItsExactNamesInOrder() {
        for (FeatureSet set : FeatureSet.values()) {
            assertEquals(Optional.of(set), FeatureSet.of(ModelKind.HYBRID, set.names(ModelKind.HYBRID)));
        }
        List<String> swapped = new ArrayList<>(FeatureSet.FORECAST.names(ModelKind.HYBRID));
        Collections.swap(swapped, 1, 2);
        assertTrue(FeatureSet.of(ModelKind.HYBRID, swapped).isEmpty());
        assertTrue(FeatureSet.of(ModelKind.DATA_ONLY, FeatureSet.FORECAST.names(ModelKind.HYBRID)).isEmpty(),
                "a data-only model has no physics input");
    }
}
