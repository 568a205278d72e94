package dev.drivetwin.fmubattery.aging;

/**
 * The operating point that drives aging at one instant.
 *
 * @param temperature cell temperature [K]
 * @param soc state of charge [1]
 * @param current cell current [A], positive on discharge
 * @param nominalCapacity capacity of the new cell [C]
 * @param depthOfCycle depth of the counted cycle [1] (see {@link CountedCycleAging})
 * @param voltage cell voltage taken as the voltage stress [V] (the open-circuit voltage)
 */
public record AgingStress(double temperature, double soc, double current, double nominalCapacity,
        double depthOfCycle, double voltage) {

    /** |i| / Q_nom in 1/h (1 = 1C). */
    public double cRate() {
        return Math.abs(current) * 3600 / nominalCapacity;
    }

    /** d(FEC)/dt [1/s]: one equivalent full cycle is a throughput of twice the nominal capacity. */
    public double fullCycleRate() {
        return Math.abs(current) / (2 * nominalCapacity);
    }
}
