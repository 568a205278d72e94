package dev.drivetwin.batterylearning.physics;

/**
 * What a fade law is fitted to for one cell: its rest schedule and measured capacities, cycle 1 first.
 *
 * @param restTimes rest before each cycle [s] (the first is not used)
 * @param capacities measured capacity of each cycle [C]
 */
public record CellHistory(double[] restTimes, double[] capacities) {
    public CellHistory {
        restTimes = restTimes.clone();
        capacities = capacities.clone();
    }

    @Override
    public double[] restTimes() {
        return restTimes.clone();
    }

    @Override
    public double[] capacities() {
        return capacities.clone();
    }

    int cycles() {
        return capacities.length;
    }
}
