package dev.drivetwin.fmuvehicle.dynamics;

import java.util.HashMap;
import java.util.Map;

/** Made-up vehicles for exact cases; every figure is a test input, not a claim about a real car. */
public final class TestVehicles {
    private TestVehicles() {
    }

    public static VehicleParameters of(double mass, double cd, double area, double crr, double ratio,
            double efficiency, double radius, double delta) {
        Map<String, String> citations = new HashMap<>();
        VehicleParameters.NUMERIC_FIELDS.forEach(f -> citations.put(f, "test input"));
        return new VehicleParameters("test", mass, cd, area, crr, ratio, efficiency, radius, delta, 1.2, "test",
                citations);
    }
}
