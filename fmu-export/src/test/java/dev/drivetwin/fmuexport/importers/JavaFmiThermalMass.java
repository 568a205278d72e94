package dev.drivetwin.fmuexport.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.javafmi.proxy.Status;
import org.javafmi.wrapper.Simulation;

/**
 * ThermalMass run through JavaFMI's {@link Simulation}; every call must return OK. JavaFMI keeps its own time:
 * {@code doStep(h)} sends its running sum as the communication point, so this adapter checks that sum against the
 * scenario's {@code k * h} instead of passing the time in.
 */
final class JavaFmiThermalMass implements ThermalMassScenario.SteppableThermalMass {
    /** How far JavaFMI's summed time may drift from k * h over 1000 steps of 0.1 s: ~1000 roundings of 100 s. */
    private static final double TIME_DRIFT = 1e-10;

    private final Simulation simulation;

    JavaFmiThermalMass(Simulation simulation) {
        this.simulation = simulation;
    }

    @Override
    public void setParameters(double heatCapacity, double thermalResistance, double initialTemperature) {
        ok("write heatCapacity", simulation.writeVariable("heatCapacity", heatCapacity));
        ok("write thermalResistance", simulation.writeVariable("thermalResistance", thermalResistance));
        ok("write initialTemperature", simulation.writeVariable("initialTemperature", initialTemperature));
    }

    @Override
    public void initialize(double startTime, double stopTime) {
        ok("init", simulation.init(startTime, stopTime));
    }

    @Override
    public void setInputs(double heatFlow, double ambientTemperature) {
        ok("write inputs", simulation.write("heatFlow", "ambientTemperature").with(heatFlow, ambientTemperature));
    }

    @Override
    public void doStep(double time, double stepSize) {
        assertEquals(time, simulation.getCurrentTime(), TIME_DRIFT, "JavaFMI's own time before the step");
        ok("doStep at t=" + time, simulation.doStep(stepSize));
    }

    @Override
    public double temperature() {
        return simulation.read("temperature").asDouble();
    }

    @Override
    public int stepCount() {
        return simulation.read("stepCount").asInteger();
    }

    private static void ok(String call, Status status) {
        assertEquals(Status.OK, status, "JavaFMI " + call);
    }
}
