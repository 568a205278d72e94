package dev.drivetwin.fmuexport.importers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import no.ntnu.ihb.fmi4j.FmiStatus;
import no.ntnu.ihb.fmi4j.importer.fmi2.CoSimulationFmu;
import no.ntnu.ihb.fmi4j.importer.fmi2.CoSimulationSlave;
import no.ntnu.ihb.fmi4j.importer.fmi2.Fmu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ThermalMass.fmu imported through FMI4j (JNI, libfmi4j-import.so extracted from its jar to a temporary folder
 * and System.load-ed once per JVM). FMI4j extracts the whole FMU to a fresh temporary folder per
 * {@link Fmu#from}, dlopen-s binaries/linux64/ThermalMass.so from there with RTLD_NOW | RTLD_LOCAL, and passes
 * {@code file:///<folder>/resources} as fmuResourceLocation. Our shim then finds this very JVM through
 * JNI_GetCreatedJavaVMs and runs the slave in a class loader of its own over resources/java.
 *
 * <p>Known FMI4j 0.38.0 behaviour these tests allow for: {@code newInstance} does not check for a NULL
 * fmi2Component (a failed fmi2Instantiate gives an instance whose every call goes to the FMU with NULL; our shim
 * answers those with fmi2Error), and {@code doStep} reduces the status to a boolean, so the tests read
 * {@code getLastStatus()} as well. Two defects would kill this JVM, so the tests and cosim-master avoid them:
 * <ul>
 *   <li>its JNI {@code setDebugLogging} crashes (SIGSEGV in libfmi4j-import.so, before the FMU is called) whenever
 *       the category array is not empty; only {@code setDebugLogging(on, new String[0])} is safe;</li>
 *   <li>its logger callback formats each FMU message with vsprintf into a 1000-byte stack buffer, and a longer
 *       message aborts the process ("buffer overflow detected"). The runtime's failure messages carry stack
 *       frames whose class-loader names repeat the instance name, so they can exceed that; the shim therefore
 *       truncates every message to 999 bytes ({@code HOST_MESSAGE_MAX} in fmi2_functions.c), which
 *       {@link #slaveExceptionWithALongMessageComesBackAsErrorStatus} checks.</li>
 * </ul>
 */
class Fmi4jImportIT {
    private Fmu fmu;
    private CoSimulationFmu coSimulation;

    @BeforeEach
    void load() throws IOException {
        fmu = Fmu.from(PackagedFmus.thermalMass());
        coSimulation = fmu.asCoSimulationFmu();
    }

    @AfterEach
    void close() {
        fmu.close();
    }

    @Test
    void matchesTheSlaveCalledDirectly() {
        ThermalMassScenario scenario = ThermalMassScenario.standard();
        try (CoSimulationSlave slave = coSimulation.newInstance("fmi4j")) {
            Trajectories.assertSame(DirectThermalMass.run(scenario), scenario.run(new Fmi4jThermalMass(slave)),
                    "FMI4j");
        }
    }

    @Test
    void twoInstancesOfOneFmuWithDifferentParametersStayIndependent() {
        // Both instances share one dlopen-ed library; each must still have its own slave.
        try (CoSimulationSlave first = coSimulation.newInstance("first");
                CoSimulationSlave second = coSimulation.newInstance("second")) {
            Trajectories.assertInterleavedRunsMatch(new Fmi4jThermalMass(first), new Fmi4jThermalMass(second), "FMI4j");
        }
    }

    @Test
    void twoCopiesOfOneFmuInOneJvmStayIndependent() throws IOException {
        // A second Fmu.from extracts a second copy: two libraries with the same symbols attach to one JVM.
        try (Fmu copy = Fmu.from(PackagedFmus.thermalMass());
                CoSimulationSlave first = coSimulation.newInstance("first");
                CoSimulationSlave second = copy.asCoSimulationFmu().newInstance("second")) {
            Trajectories.assertInterleavedRunsMatch(new Fmi4jThermalMass(first), new Fmi4jThermalMass(second), "FMI4j");
        }
    }

    @Test
    void restoringASavedStateRepeatsTheRunExactly() {
        ThermalMassScenario scenario = ThermalMassScenario.standard();
        int saveAt = 400;
        int until = 700; // crosses the input step at 50 s (step 500)
        ThermalMassScenario.Trajectory direct = DirectThermalMass.run(scenario);
        try (CoSimulationSlave slave = coSimulation.newInstance("state")) {
            Fmi4jThermalMass fmu = new Fmi4jThermalMass(slave);
            fmu.setParameters(scenario.heatCapacity(), scenario.thermalResistance(), scenario.initialTemperature());
            fmu.initialize(0, scenario.stopTime());
            scenario.continueRun(fmu, 0, saveAt);
            long state = slave.getFMUstate();
            assertEquals(FmiStatus.OK, slave.getLastStatus(), "FMI4j getFMUstate");

            ThermalMassScenario.Trajectory firstPass = scenario.continueRun(fmu, saveAt, until);
            assertTrue(slave.setFMUstate(state), "FMI4j setFMUstate");
            ThermalMassScenario.Trajectory secondPass = scenario.continueRun(fmu, saveAt, until);

            byte[] serialized = slave.serializeFMUstate(state);
            assertEquals(FmiStatus.OK, slave.getLastStatus(), "FMI4j serializeFMUstate");
            long restored = slave.deSerializeFMUstate(serialized);
            assertEquals(FmiStatus.OK, slave.getLastStatus(), "FMI4j deSerializeFMUstate");
            assertTrue(slave.setFMUstate(restored), "FMI4j setFMUstate of the deserialized state");
            ThermalMassScenario.Trajectory thirdPass = scenario.continueRun(fmu, saveAt, until);

            // The same bits, not just close: a restored state is the state.
            assertArrayEquals(firstPass.temperature, secondPass.temperature, "after setFMUstate");
            assertArrayEquals(firstPass.stepCount, secondPass.stepCount, "stepCount after setFMUstate");
            assertArrayEquals(firstPass.temperature, thirdPass.temperature, "after deSerializeFMUstate");
            assertArrayEquals(firstPass.stepCount, thirdPass.stepCount, "stepCount after deSerializeFMUstate");
            for (int i = 0; i < until - saveAt; i++) {
                assertEquals(direct.temperature[saveAt + i], firstPass.temperature[i], Trajectories.TOLERANCE,
                        "temperature [K] after step " + (saveAt + i));
            }
            assertTrue(slave.freeFMUstate(state), "FMI4j freeFMUstate");
            assertTrue(slave.freeFMUstate(restored), "FMI4j freeFMUstate of the deserialized state");
        }
    }

    @Test
    void slaveExceptionWithALongMessageComesBackAsErrorStatus() throws IOException {
        // FaultySlave: Integer vr 0 "fault" (1 = throw in doStep), Real vr 0 "time".
        // A 300-character instance name makes the failure message (4 stack frames naming it) exceed 1000 bytes.
        try (Fmu faulty = Fmu.from(PackagedFmus.fmu("FaultySlave"));
                CoSimulationSlave slave = faulty.asCoSimulationFmu().newInstance("i".repeat(300))) {
            assertTrue(slave.simpleSetup(), "FMI4j simpleSetup");
            assertTrue(slave.doStep(0, 0.5), "a step without a fault");
            assertEquals(FmiStatus.OK, slave.writeInteger(new long[] {0}, new int[] {1}), "fault = throw");
            assertFalse(slave.doStep(0.5, 0.5), "doStep that throws in Java");
            assertEquals(FmiStatus.Error, slave.getLastStatus(), "a Java exception is an fmi2Error");
            double[] time = new double[1];
            assertEquals(FmiStatus.OK, slave.readReal(new long[] {0}, time), "reading after an error");
            assertEquals(0.5, time[0], 0.0, "the failed step did not advance the slave");
            assertTrue(slave.reset(), "FMI4j reset after a Java exception");
        }
    }

    @Test
    void refusedValuesComeBackAsErrorStatusAndResetRecovers() {
        ThermalMassScenario scenario = ThermalMassScenario.standard();
        try (CoSimulationSlave slave = coSimulation.newInstance("errors")) {
            Fmi4jThermalMass fmu = new Fmi4jThermalMass(slave);
            fmu.setParameters(scenario.heatCapacity(), scenario.thermalResistance(), scenario.initialTemperature());
            fmu.initialize(0, scenario.stopTime());
            scenario.continueRun(fmu, 0, 10);

            assertEquals(FmiStatus.Error, slave.writeReal(new long[] {ThermalMassScenario.HEAT_FLOW},
                    new double[] {Double.NaN}), "NaN heat flow");
            // After fmi2Error only reset, free or reading is allowed: a step is refused, not run.
            assertFalse(slave.doStep(scenario.time(10), scenario.stepSize()), "doStep after an error");
            assertEquals(FmiStatus.Error, slave.getLastStatus(), "doStep after an error");
            assertEquals(FmiStatus.Error, slave.readReal(new long[] {99}, new double[1]),
                    "unknown value reference 99");
            assertEquals(10, fmu.stepCount(), "a refused call must not step");

            assertTrue(slave.reset(), "FMI4j reset after an error");
            Trajectories.assertSame(DirectThermalMass.run(scenario), scenario.run(fmu), "FMI4j after reset");
        }
    }
}
