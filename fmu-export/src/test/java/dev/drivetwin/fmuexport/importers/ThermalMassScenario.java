package dev.drivetwin.fmuexport.importers;

/**
 * One run of the ThermalMass test FMU that every importer test repeats: parameters, a step change of both inputs
 * half way through, and a fixed step. Communication points are {@code k * stepSize}, never a running sum.
 *
 * <p>Value references are those of ThermalMass's modelDescription.xml (Real 0 heatCapacity, 1 thermalResistance,
 * 2 initialTemperature, 3 heatFlow, 4 ambientTemperature, 5 temperature; Integer 0 stepCount), which
 * {@link ModelDescriptionIT} checks against the packaged file.
 *
 * @param heatCapacity [J/K]
 * @param thermalResistance [K/W]
 * @param initialTemperature [K]
 * @param heatFlowBefore heat flow before {@code changeTime} [W]
 * @param heatFlowAfter heat flow from {@code changeTime} on [W]
 * @param ambientBefore ambient temperature before {@code changeTime} [K]
 * @param ambientAfter ambient temperature from {@code changeTime} on [K]
 * @param changeTime when both inputs step [s]
 * @param stepSize communication step [s]
 * @param steps number of steps
 */
record ThermalMassScenario(double heatCapacity, double thermalResistance, double initialTemperature,
        double heatFlowBefore, double heatFlowAfter, double ambientBefore, double ambientAfter, double changeTime,
        double stepSize, int steps) {

    static final long HEAT_CAPACITY = 0;
    static final long THERMAL_RESISTANCE = 1;
    static final long INITIAL_TEMPERATURE = 2;
    static final long HEAT_FLOW = 3;
    static final long AMBIENT_TEMPERATURE = 4;
    static final long TEMPERATURE = 5;
    static final long STEP_COUNT = 0;

    /**
     * R·C = 100 s, so 1000 steps of 0.1 s cover one time constant: the temperature is still far from either
     * equilibrium (T_inf = 303.15 K before, 305 K after the step at 50 s) and every step changes it.
     */
    static ThermalMassScenario standard() {
        return new ThermalMassScenario(2000, 0.05, 300, 200, 500, 293.15, 280, 50, 0.1, 1000);
    }

    /** The same run with other parameters, for the two-instance test. */
    static ThermalMassScenario other() {
        return new ThermalMassScenario(500, 0.2, 320, -50, 150, 300, 310, 30, 0.1, 1000);
    }

    /** Communication point at the start of step {@code k} [s]. */
    double time(int k) {
        return k * stepSize;
    }

    double stopTime() {
        return time(steps);
    }

    /** Heat flow input held over step {@code k} [W]. */
    double heatFlow(int k) {
        return time(k) < changeTime ? heatFlowBefore : heatFlowAfter;
    }

    /** Ambient temperature input held over step {@code k} [K]. */
    double ambientTemperature(int k) {
        return time(k) < changeTime ? ambientBefore : ambientAfter;
    }

    /** Runs the scenario on {@code fmu} and returns the outputs after each step. */
    Trajectory run(SteppableThermalMass fmu) {
        fmu.setParameters(heatCapacity, thermalResistance, initialTemperature);
        fmu.initialize(0, stopTime());
        return continueRun(fmu, 0, steps);
    }

    /** Steps {@code from} (inclusive) to {@code to} (exclusive) on an initialised instance. */
    Trajectory continueRun(SteppableThermalMass fmu, int from, int to) {
        Trajectory trajectory = new Trajectory(to - from);
        for (int k = from; k < to; k++) {
            fmu.setInputs(heatFlow(k), ambientTemperature(k));
            fmu.doStep(time(k), stepSize);
            trajectory.record(k - from, fmu.temperature(), fmu.stepCount());
        }
        return trajectory;
    }

    /** What a test needs from an instance of ThermalMass, whichever importer runs it. */
    interface SteppableThermalMass {
        /** Before initialization. */
        void setParameters(double heatCapacity, double thermalResistance, double initialTemperature);

        /** Setup experiment, enter and exit initialization mode. */
        void initialize(double startTime, double stopTime);

        void setInputs(double heatFlow, double ambientTemperature);

        void doStep(double time, double stepSize);

        double temperature();

        int stepCount();
    }

    /** Outputs after each step. */
    static final class Trajectory {
        final double[] temperature;
        final int[] stepCount;

        Trajectory(int steps) {
            temperature = new double[steps];
            stepCount = new int[steps];
        }

        void record(int i, double t, int count) {
            temperature[i] = t;
            stepCount[i] = count;
        }
    }
}
