package dev.drivetwin.fmuvehicle.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmuvehicle.VehicleException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoadLoadTest {
    private static final CoastdownCoefficients COASTDOWN = new CoastdownCoefficients(120, 2.5, 0.27);

    private static VehicleParameters withCoastdown(double mass) {
        VehicleParameters car = TestVehicles.of(mass, 0.3, 2.0, 0.01, 9, 0.97, 0.33, 1.03);
        Map<String, String> citations = new HashMap<>(car.citations());
        citations.put("coastdown", "test input");
        return new VehicleParameters("coastdown car", mass, 0.3, 2.0, 0.01, 9, 0.97, 0.33, 1.03, 1.2, COASTDOWN,
                "test", citations);
    }

    @Test
    void physicalFormIsRollingPlusQuadraticDrag() {
        VehicleParameters car = TestVehicles.of(1500, 0.3, 2.0, 0.01, 9, 0.97, 0.33, 1.03);
        RoadLoad road = new RoadLoad(car);
        double v = 25;
        // Every term is a product of a few doubles: round-off only.
        assertEquals(1500 * RoadLoad.STANDARD_GRAVITY * 0.01 + 0.5 * 1.2 * 0.6 * v * v, road.total(v, 0), 1e-12);
    }

    @Test
    void coastdownFormIsF0PlusF1vPlusF2vSquaredOnAFlatRoad() {
        RoadLoad road = new RoadLoad(withCoastdown(1900));
        for (double v : new double[] {0.5, 10, 36.5}) {
            assertEquals(120 + 2.5 * v + 0.27 * v * v, road.total(v, 0), 1e-12, "v = " + v);
            assertEquals(COASTDOWN.force(v), road.total(v, 0), 1e-12);
        }
        assertEquals(0.27, road.dragFactor(), 0);
    }

    @Test
    void coastdownConstantTermFollowsTheNormalLoadOnAGradeAndGradeResistanceUsesTheMass() {
        RoadLoad road = new RoadLoad(withCoastdown(1900));
        double grade = Math.atan(0.08);
        assertEquals(120 * Math.cos(grade), road.rollingResistance(grade), 1e-12);
        assertEquals(1900 * RoadLoad.STANDARD_GRAVITY * Math.sin(grade), road.gradeResistance(grade), 1e-9);
    }

    @Test
    void anotherMassScalesOnlyTheConstantTerm() {
        VehicleParameters heavier = withCoastdown(1900).withMass(2090);
        assertEquals(120 * 1.1, heavier.coastdown().f0(), 1e-12);
        assertEquals(2.5, heavier.coastdown().f1(), 0);
        assertEquals(0.27, heavier.coastdown().f2(), 0);
    }

    @Test
    void coefficientsAreValidatedAndNeedACitation() {
        assertThrows(VehicleException.class, () -> new CoastdownCoefficients(0, 1, 0.3));
        assertThrows(VehicleException.class, () -> new CoastdownCoefficients(100, Double.NaN, 0.3));
        assertThrows(VehicleException.class, () -> new CoastdownCoefficients(100, 1, -0.3));
        assertEquals(-0.9, new CoastdownCoefficients(100, -0.9, 0.3).f1(), 0); // fitted B may be negative
        VehicleParameters car = TestVehicles.of(1500, 0.3, 2.0, 0.01, 9, 0.97, 0.33, 1.03);
        VehicleException e = assertThrows(VehicleException.class, () -> new VehicleParameters("x", 1500, 0.3, 2.0,
                0.01, 9, 0.97, 0.33, 1.03, 1.2, COASTDOWN, "test", car.citations()));
        assertTrue(e.getMessage().contains("citations.coastdown"), e.getMessage());
    }
}
