package dev.drivetwin.fmuexport.importers;

import dev.drivetwin.fmuexport.importing.Fmi4jFmu;
import no.ntnu.ihb.fmi4j.importer.fmi2.CoSimulationSlave;

/** ThermalMass run through FMI4j by the general adapter {@link Fmi4jFmu}; every call must return fmi2OK. */
final class Fmi4jThermalMass implements ThermalMassScenario.SteppableThermalMass {
    private static final String[] PARAMETERS = {"heatCapacity", "thermalResistance", "initialTemperature"};
    private static final String[] INPUTS = {"heatFlow", "ambientTemperature"};
    private static final String[] TEMPERATURE = {"temperature"};

    private final Fmi4jFmu fmu;

    /** {@code slave} stays the caller's to close, as does the FMU it is an instance of. */
    Fmi4jThermalMass(CoSimulationSlave slave) {
        fmu = new Fmi4jFmu(slave);
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
