package dev.drivetwin.fmuexport.importers;

import dev.drivetwin.fmuexport.importing.JavaFmiFmu;

/**
 * ThermalMass run through JavaFMI by the general adapter {@link JavaFmiFmu}, which checks every status and, since
 * JavaFMI steps from its own running sum of time, that sum against the scenario's {@code k * h}.
 */
final class JavaFmiThermalMass implements ThermalMassScenario.SteppableThermalMass {
    private static final String[] PARAMETERS = {"heatCapacity", "thermalResistance", "initialTemperature"};
    private static final String[] INPUTS = {"heatFlow", "ambientTemperature"};
    private static final String[] TEMPERATURE = {"temperature"};

    private final JavaFmiFmu fmu;

    /** {@code fmu} stays the caller's to close. */
    JavaFmiThermalMass(JavaFmiFmu fmu) {
        this.fmu = fmu;
    }

    @Override
    public void setParameters(double heatCapacity, double thermalResistance, double initialTemperature) {
        fmu.writeReal(PARAMETERS, new double[] {heatCapacity, thermalResistance, initialTemperature});
    }

    @Override
    public void initialize(double startTime, double stopTime) {
        fmu.initialize(startTime, stopTime);
    }

    @Override
    public void setInputs(double heatFlow, double ambientTemperature) {
        fmu.writeReal(INPUTS, new double[] {heatFlow, ambientTemperature});
    }

    @Override
    public void doStep(double time, double stepSize) {
        fmu.doStep(time, stepSize);
    }

    @Override
    public double temperature() {
        return fmu.readReal(TEMPERATURE)[0];
    }

    @Override
    public int stepCount() {
        return fmu.readInteger("stepCount");
    }
}
