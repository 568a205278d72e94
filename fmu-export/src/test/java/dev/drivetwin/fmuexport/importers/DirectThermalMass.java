package dev.drivetwin.fmuexport.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drivetwin.fmuexport.runtime.FmiStatus;
import dev.drivetwin.fmuexport.runtime.SlaveInstance;
import dev.drivetwin.fmuexport.slave.SlaveContext;
import dev.drivetwin.fmuexport.slave.SlaveDeclaration;
import dev.drivetwin.fmuexport.slave.SlaveLogger;
import dev.drivetwin.fmuexport.testslaves.ThermalMass;
import java.nio.file.Path;

/**
 * The ThermalMass slave called directly in this JVM through the same {@link SlaveInstance} the native shim drives,
 * without any importer or native code in between: the reference every importer run must reproduce.
 */
final class DirectThermalMass implements ThermalMassScenario.SteppableThermalMass {
    private final SlaveInstance instance;
    private final double[] real = new double[2];
    private final int[] integer = new int[1];

    DirectThermalMass() {
        String guid = SlaveDeclaration.of(new ThermalMass()).guid();
        instance = SlaveInstance.create(ThermalMass.class.getName(), ThermalMass.class.getClassLoader(),
                new SlaveContext("direct", Path.of("."), SlaveLogger.DISCARD), guid);
    }

    /** The reference outputs of {@code scenario}. */
    static ThermalMassScenario.Trajectory run(ThermalMassScenario scenario) {
        return scenario.run(new DirectThermalMass());
    }

    @Override
    public void setParameters(double heatCapacity, double thermalResistance, double initialTemperature) {
        real[0] = heatCapacity;
        real[1] = thermalResistance;
        ok("setReal parameters", instance.setReal(new int[] {(int) ThermalMassScenario.HEAT_CAPACITY,
                (int) ThermalMassScenario.THERMAL_RESISTANCE}, 2, real));
        real[0] = initialTemperature;
        ok("setReal initialTemperature",
                instance.setReal(new int[] {(int) ThermalMassScenario.INITIAL_TEMPERATURE}, 1, real));
    }

    @Override
    public void initialize(double startTime, double stopTime) {
        ok("setupExperiment", instance.setupExperiment(false, 0, startTime, true, stopTime));
        ok("enterInitializationMode", instance.enterInitializationMode());
        ok("exitInitializationMode", instance.exitInitializationMode());
    }

    @Override
    public void setInputs(double heatFlow, double ambientTemperature) {
        real[0] = heatFlow;
        real[1] = ambientTemperature;
        ok("setReal inputs", instance.setReal(new int[] {(int) ThermalMassScenario.HEAT_FLOW,
                (int) ThermalMassScenario.AMBIENT_TEMPERATURE}, 2, real));
    }

    @Override
    public void doStep(double time, double stepSize) {
        ok("doStep", instance.doStep(time, stepSize));
    }

    @Override
    public double temperature() {
        ok("getReal", instance.getReal(new int[] {(int) ThermalMassScenario.TEMPERATURE}, 1, real));
        return real[0];
    }

    @Override
    public int stepCount() {
        ok("getInteger", instance.getInteger(new int[] {(int) ThermalMassScenario.STEP_COUNT}, 1, integer));
        return integer[0];
    }

    private static void ok(String call, int status) {
        assertEquals(FmiStatus.OK, status, "direct " + call);
    }
}
