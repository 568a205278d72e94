package dev.drivetwin.benchmarks;

import dev.drivetwin.fmuvehicle.cycle.DriveCycle;
import dev.drivetwin.fmuvehicle.dynamics.RoadLoad;
import dev.drivetwin.fmuvehicle.dynamics.VehicleParameters;

/**
 * The pack power of one drive cycle, per second, from a simple vehicle power estimate (no driver, no motor map):
 * over each 1 s interval of the speed trace, mean speed v̄ = (v_k + v_k+1)/2 and acceleration a = v_k+1 - v_k,
 * <pre>
 *   P_wheel   = (e·m·a + F_road(v̄))·v̄                       e rotating-mass factor, F_road from {@link RoadLoad}
 *   P_battery = P_wheel / (η_gear·η_drive) + P_aux          when P_wheel ≥ 0
 *             = P_wheel · (η_gear·η_drive) + P_aux          when braking (all braking recuperated)
 * </pre>
 * with the vehicle preset's mass, road load and gear efficiency, {@link #DRIVE_EFFICIENCY} for motor and inverter
 * and {@link #AUXILIARY_POWER}. Immutable.
 */
final class DailyDrive {
    /** Motor and inverter efficiency over a cycle [1]: ESTIMATE, typical cycle average of a PMSM drive. */
    static final double DRIVE_EFFICIENCY = 0.90;
    /** Auxiliary load [W]: ESTIMATE (electronics, pumps, mild climate control). */
    static final double AUXILIARY_POWER = 300;

    private final double[] packPower;
    private final double distance;

    DailyDrive(DriveCycle cycle, VehicleParameters vehicle) {
        RoadLoad road = new RoadLoad(vehicle);
        double[] v = cycle.speed();
        double efficiency = vehicle.gearEfficiency() * DRIVE_EFFICIENCY;
        packPower = new double[v.length - 1];
        double metres = 0;
        for (int k = 0; k + 1 < v.length; k++) {
            double mean = 0.5 * (v[k] + v[k + 1]);
            double acceleration = v[k + 1] - v[k]; // over 1 s [m/s²]
            double force = vehicle.rotatingMassFactor() * vehicle.mass() * acceleration
                    + (mean > 0 ? road.total(mean, 0) : 0);
            double wheel = force * mean;
            packPower[k] = (wheel >= 0 ? wheel / efficiency : wheel * efficiency) + AUXILIARY_POWER;
            metres += mean;
        }
        distance = metres;
    }

    /** Pack power [W], positive on discharge, during second {@code k} of the cycle. */
    double packPower(int k) {
        return packPower[k];
    }

    /** Cycle length [s]. */
    int seconds() {
        return packPower.length;
    }

    /** Distance driven [m]. */
    double distance() {
        return distance;
    }

    /** Energy drawn from the pack over the cycle [J]. */
    double energy() {
        double sum = 0;
        for (double p : packPower) {
            sum += p;
        }
        return sum;
    }
}
