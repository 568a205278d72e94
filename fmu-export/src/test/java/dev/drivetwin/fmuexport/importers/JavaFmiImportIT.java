package dev.drivetwin.fmuexport.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drivetwin.fmuexport.importing.JavaFmiFmu;
import org.javafmi.proxy.Status;
import org.javafmi.wrapper.Simulation;
import org.junit.jupiter.api.Test;

/**
 * ThermalMass.fmu imported through JavaFMI (JNA). What JavaFMI 2.24.3 does that matters here:
 * <ul>
 *   <li>{@code new Simulation(path)} extracts the FMU once per path into {@code java.io.tmpdir/fmu_<millis><name>}
 *       and keeps it in a static map, and JNA loads binaries/linux64/ThermalMass.so once per GUID: every
 *       Simulation of one FMU shares one library, and each calls fmi2Instantiate in its constructor;</li>
 *   <li>it passes {@code file:///} + the absolute path as fmuResourceLocation, i.e. {@code file:////tmp/...}
 *       with four slashes, which the shim reads as the path {@code //tmp/...} (the same folder on POSIX);</li>
 *   <li>{@code doStep(h)} advances its own time as a running sum; the shim accepts a communication point that
 *       differs from its own time by round-off (relative 1e-9), so the run still matches;</li>
 *   <li>reads drop the status: a failed fmi2GetXXX surfaces as a RuntimeException from JavaFMI, not a status.</li>
 * </ul>
 * Only JavaFMI's FMI 2.0 path is used: ProxyFactory would switch to its in-JVM "JavaFMU" proxy only for FMUs
 * whose generationTool starts with SIANI, and ours says "drivetwin fmu-export".
 */
class JavaFmiImportIT {

    @Test
    void matchesTheSlaveCalledDirectly() {
        ThermalMassScenario scenario = ThermalMassScenario.standard();
        try (JavaFmiFmu fmu = new JavaFmiFmu(PackagedFmus.thermalMass())) {
            Trajectories.assertSame(DirectThermalMass.run(scenario), scenario.run(new JavaFmiThermalMass(fmu)),
                    "JavaFMI");
        }
    }

    @Test
    void twoSimulationsWithDifferentParametersStayIndependent() {
        try (JavaFmiFmu first = new JavaFmiFmu(PackagedFmus.thermalMass());
                JavaFmiFmu second = new JavaFmiFmu(PackagedFmus.thermalMass())) {
            Trajectories.assertInterleavedRunsMatch(new JavaFmiThermalMass(first), new JavaFmiThermalMass(second),
                    "JavaFMI");
        }
    }

    @Test
    void refusedValueComesBackAsErrorStatusAndResetRecovers() {
        ThermalMassScenario scenario = ThermalMassScenario.standard();
        try (JavaFmiFmu imported = new JavaFmiFmu(PackagedFmus.thermalMass())) {
            Simulation simulation = imported.simulation();
            JavaFmiThermalMass fmu = new JavaFmiThermalMass(imported);
            fmu.setParameters(scenario.heatCapacity(), scenario.thermalResistance(), scenario.initialTemperature());
            fmu.initialize(0, scenario.stopTime());
            scenario.continueRun(fmu, 0, 10);

            assertEquals(Status.ERROR, simulation.writeVariable("heatFlow", Double.NaN), "NaN heat flow");
            assertEquals(Status.ERROR, simulation.doStep(scenario.stepSize()), "doStep after an error");
            assertEquals(10, fmu.stepCount(), "a refused call must not step");

            assertEquals(Status.OK, simulation.reset(), "JavaFMI reset after an error");
            Trajectories.assertSame(DirectThermalMass.run(scenario), scenario.run(fmu), "JavaFMI after reset");
        }
    }
}
