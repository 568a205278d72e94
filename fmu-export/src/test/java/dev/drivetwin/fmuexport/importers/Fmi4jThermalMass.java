package dev.drivetwin.fmuexport.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.ntnu.ihb.fmi4j.FmiStatus;
import no.ntnu.ihb.fmi4j.importer.fmi2.CoSimulationSlave;

/** ThermalMass run through FMI4j; every call must return fmi2OK. */
final class Fmi4jThermalMass implements ThermalMassScenario.SteppableThermalMass {
    private final CoSimulationSlave slave;
    private final double[] real = new double[2];
    private final int[] integer = new int[1];

    Fmi4jThermalMass(CoSimulationSlave slave) {
        this.slave = slave;
    }

    @Override
    public void setParameters(double heatCapacity, double thermalResistance, double initialTemperature) {
        ok("writeReal parameters", slave.writeReal(new long[] {ThermalMassScenario.HEAT_CAPACITY,
                ThermalMassScenario.THERMAL_RESISTANCE, ThermalMassScenario.INITIAL_TEMPERATURE},
                new double[] {heatCapacity, thermalResistance, initialTemperature}));
    }

    @Override
    public void initialize(double startTime, double stopTime) {
        assertTrue(slave.setupExperiment(startTime, stopTime, 0), "FMI4j setupExperiment");
        assertTrue(slave.enterInitializationMode(), "FMI4j enterInitializationMode");
        assertTrue(slave.exitInitializationMode(), "FMI4j exitInitializationMode");
    }

    @Override
    public void setInputs(double heatFlow, double ambientTemperature) {
        ok("writeReal inputs", slave.writeReal(new long[] {ThermalMassScenario.HEAT_FLOW,
                ThermalMassScenario.AMBIENT_TEMPERATURE}, new double[] {heatFlow, ambientTemperature}));
    }

    @Override
    public void doStep(double time, double stepSize) {
        // FMI4j reduces the status to a boolean; the wrapper keeps the status itself.
        boolean stepped = slave.doStep(time, stepSize);
        ok("doStep at t=" + time, slave.getLastStatus());
        assertTrue(stepped, "FMI4j doStep at t=" + time);
    }

    @Override
    public double temperature() {
        ok("readReal temperature", slave.readReal(new long[] {ThermalMassScenario.TEMPERATURE}, real));
        return real[0];
    }

    @Override
    public int stepCount() {
        ok("readInteger stepCount", slave.readInteger(new long[] {ThermalMassScenario.STEP_COUNT}, integer));
        return integer[0];
    }

    private static void ok(String call, FmiStatus status) {
        assertEquals(FmiStatus.OK, status, "FMI4j " + call);
    }
}
