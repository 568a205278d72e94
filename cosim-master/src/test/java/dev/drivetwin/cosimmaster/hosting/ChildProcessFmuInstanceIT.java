package dev.drivetwin.cosimmaster.hosting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.fmi.FmuInstance;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import dev.drivetwin.cosimmaster.fmi.FmuVariants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FMUs in child processes: the same numbers as in this process, several instances side by side, and every way a
 * child can fail (an FMU error, a halted JVM, a native crash, a hang) reported as a {@link MasterException} of that
 * FMU while this JVM carries on. FaultySlave's input {@code fault} chooses the failure of its next doStep.
 */
class ChildProcessFmuInstanceIT {
    private static final int THROW = 1;
    private static final int HALT = 3;
    private static final int HANG = 4;

    @TempDir
    Path temporary;

    private final FmuLauncher launcher = new FmuLauncher(Duration.ofSeconds(1));

    @AfterEach
    void unload() {
        launcher.close();
    }

    private static FmuVariable variable(FmuInstance instance, String name) {
        return instance.variables().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    /** Temperature [K] of ThermalMass after 360 steps of 10 s with the given heat flow [W], read every step. */
    private static double[] temperatures(FmuInstance instance, double heatFlow) {
        instance.write(variable(instance, "heatFlow"), Double.toString(heatFlow));
        instance.enterInitialization(0, 3600, 1e-6);
        instance.exitInitialization();
        long[] temperature = {variable(instance, "temperature").valueReference()};
        double[] values = new double[361];
        double[] one = new double[1];
        for (int k = 0; k < 360; k++) {
            instance.doStep(k * 10.0, 10);
            instance.readReal(temperature, one, (k + 1) * 10.0);
            values[k + 1] = one[0];
        }
        return values;
    }

    @Test
    void givesTheSameNumbersAsInProcessToTheLastBit() {
        // The same slave code runs the same arithmetic in either process, so not even round-off may differ.
        double[] inProcess;
        try (FmuInstance instance = launcher.instantiate(FmuVariants.thermalMass(), "local", FmuHosting.IN_PROCESS)) {
            inProcess = temperatures(instance, 100);
        }
        try (FmuInstance instance = launcher.instantiate(FmuVariants.thermalMass(), "child",
                FmuHosting.CHILD_PROCESS)) {
            double[] child = temperatures(instance, 100);
            for (int k = 1; k <= 360; k++) {
                assertEquals(inProcess[k], child[k], 0.0, "temperature [K] after step " + k);
            }
        }
    }

    @Test
    void anUnknownVariableIsRefusedWithoutUnsettlingTheConversation() {
        // The refusal must come before any byte of the request is sent, or every later call would be out of step.
        FmuVariable stranger = new FmuVariable("noSuchInput", 99, FmuVariable.VariableKind.REAL, "input", null);
        double[] expected;
        try (FmuInstance instance = launcher.instantiate(FmuVariants.thermalMass(), "local", FmuHosting.IN_PROCESS)) {
            expected = temperatures(instance, 100);
        }
        try (FmuInstance instance = launcher.instantiate(FmuVariants.thermalMass(), "child",
                FmuHosting.CHILD_PROCESS)) {
            for (Runnable call : new Runnable[] {() -> instance.write(stranger, "1"),
                    () -> instance.writeNumber(stranger, 1), () -> instance.readNumber(stranger, 0)}) {
                assertEquals(MasterError.UNKNOWN_VARIABLE, assertThrows(MasterException.class, call::run).error());
            }
            assertEquals(expected[360], temperatures(instance, 100)[360], 0.0, "temperature [K] after the refusals");
        }
    }

    @Test
    void closingEndsTheChildAndDeletesWhatItUnpacked() throws Exception {
        ChildProcessFmuInstance instance = (ChildProcessFmuInstance) launcher.instantiate(FmuVariants.thermalMass(),
                "closing", FmuHosting.CHILD_PROCESS);
        ProcessHandle child = ProcessHandle.of(instance.pid()).orElseThrow();
        instance.close();
        assertFalse(child.isAlive());
        assertFalse(Files.exists(instance.unpackFolder()));
        instance.close(); // safe to repeat
    }

    @Test
    void twoInstancesOfOneFmuRunSideBySideInTheirOwnProcesses() {
        try (ChildProcessFmuInstance first = (ChildProcessFmuInstance) launcher.instantiate(FmuVariants.thermalMass(),
                "first", FmuHosting.CHILD_PROCESS);
                ChildProcessFmuInstance second = (ChildProcessFmuInstance) launcher.instantiate(
                        FmuVariants.thermalMass(), "second", FmuHosting.CHILD_PROCESS)) {
            assertNotEquals(first.pid(), second.pid());
            FmuVariable heatFlow = variable(first, "heatFlow");
            first.write(heatFlow, "100");
            second.write(heatFlow, "200");
            for (FmuInstance instance : new FmuInstance[] {first, second}) {
                instance.enterInitialization(0, 3600, 1e-6);
                instance.exitInitialization();
            }
            for (int k = 0; k < 360; k++) {
                first.doStep(k * 10.0, 10);
                second.doStep(k * 10.0, 10);
            }
            // T(t) = Ta + Q R + (T0 - Ta - Q R) exp(-t / (R C)) with the FMU's R = 0.5 K/W, C = 1000 J/K,
            // T0 = Ta = 293.15 K; round-off bound 4e-12 K as derived in SimulateIT, allowed 1e-10 K
            FmuVariable temperature = variable(first, "temperature");
            double decay = Math.exp(-3600 / 500.0);
            assertEquals(293.15 + 50 * (1 - decay), first.readNumber(temperature, 3600), 1e-10);
            assertEquals(293.15 + 100 * (1 - decay), second.readNumber(temperature, 3600), 1e-10);
        }
    }

    /** FaultySlave in a child, initialised, with three good steps of 1 s done and fault set for the fourth. */
    private FmuInstance faultyAfterThreeSteps(FmuHosting hosting, int fault) {
        FmuInstance instance = launcher.instantiate(FmuVariants.faultySlave(), "faulty", hosting);
        instance.enterInitialization(0, 10, Double.NaN);
        instance.exitInitialization();
        for (int k = 0; k < 3; k++) {
            instance.doStep(k, 1);
        }
        instance.writeNumber(variable(instance, "fault"), fault);
        return instance;
    }

    @Test
    void anFmuErrorInTheChildArrivesAsTheSameMessageAsInProcess() {
        String inProcess;
        try (FmuInstance instance = faultyAfterThreeSteps(FmuHosting.IN_PROCESS, THROW)) {
            inProcess = assertThrows(MasterException.class, () -> instance.doStep(3, 1)).getMessage();
        }
        try (FmuInstance instance = faultyAfterThreeSteps(FmuHosting.CHILD_PROCESS, THROW)) {
            MasterException e = assertThrows(MasterException.class, () -> instance.doStep(3, 1));
            assertEquals(MasterError.FMI_CALL, e.error());
            assertEquals(inProcess, e.getMessage());
            assertEquals(FmuVariants.faultySlave() + ": instance 'faulty': fmi2DoStep with step 1.0 s returned fmi2Error at t = 3.0 s",
                    e.getMessage());
        }
    }

    @Test
    void aChildWhoseJvmHaltsIsReportedWithTheCallTimeAndExitCode() {
        FmuInstance instance = faultyAfterThreeSteps(FmuHosting.CHILD_PROCESS, HALT);
        long pid = ((ChildProcessFmuInstance) instance).pid();
        Path unpacked = ((ChildProcessFmuInstance) instance).unpackFolder();
        assertTrue(Files.isDirectory(unpacked));
        MasterException e = assertThrows(MasterException.class, () -> instance.doStep(3, 1));
        assertEquals(MasterError.CHILD_CRASHED, e.error());
        assertTrue(e.getMessage().startsWith(FmuVariants.faultySlave() + ": instance 'faulty': its child process"
                + " ended during fmi2DoStep with step 1.0 s at t = 3.0 s (exit code 86)"), e.getMessage());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertFalse(Files.exists(unpacked), "the master deletes what the halted child could not");
        MasterException later = assertThrows(MasterException.class, () -> instance.doStep(4, 1));
        assertEquals(FmuVariants.faultySlave() + ": instance 'faulty': cannot call DO_STEP: its child process already"
                + " failed after t = 3.0 s", later.getMessage());
        instance.close();
    }

    @Test
    void aHungChildIsDestroyedWhenTheCallTimeoutRunsOut() {
        FmuInstance instance = faultyAfterThreeSteps(FmuHosting.CHILD_PROCESS, HANG);
        ProcessHandle child = ProcessHandle.of(((ChildProcessFmuInstance) instance).pid()).orElseThrow();
        // the call timeout is 1 s; the bound leaves room for a loaded machine, not for a hang
        MasterException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(MasterException.class, () -> instance.doStep(3, 1)));
        assertEquals(MasterError.CHILD_HUNG, e.error());
        assertTrue(e.getMessage().startsWith(FmuVariants.faultySlave() + ": instance 'faulty': fmi2DoStep with step"
                + " 1.0 s at t = 3.0 s did not answer within 1.0 s, so its child process was destroyed"),
                e.getMessage());
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> child.onExit().get());
        instance.close();
    }

    @Test
    void aNativeCrashIsReportedWithTheChildsCrashReport() throws Exception {
        try (FmuLauncher patient = new FmuLauncher(Duration.ofSeconds(60))) {
            FmuInstance instance = patient.instantiate(FmuVariants.faultySlave(), "faulty", FmuHosting.CHILD_PROCESS);
            instance.enterInitialization(0, 10, Double.NaN);
            instance.exitInitialization();
            instance.writeNumber(variable(instance, "fault"), HANG);
            long pid = ((ChildProcessFmuInstance) instance).pid();
            // While the child hangs in doStep, a segmentation fault arrives as one from native code would.
            Thread crash = new Thread(() -> segfault(pid));
            crash.start();
            MasterException e = assertTimeoutPreemptively(Duration.ofSeconds(50),
                    () -> assertThrows(MasterException.class, () -> instance.doStep(0, 1)));
            crash.join();
            assertEquals(MasterError.CHILD_CRASHED, e.error());
            assertTrue(e.getMessage().startsWith(FmuVariants.faultySlave() + ": instance 'faulty': its child"
                    + " process ended during fmi2DoStep with step 1.0 s at t = 0.0 s (killed by signal 6)"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("A fatal error has been detected by the Java Runtime Environment"),
                    "the child's last output: " + e.getMessage());
            assertTrue(e.getMessage().contains("SIGSEGV"), e.getMessage());
            instance.close();
            Files.deleteIfExists(Path.of(System.getProperty("java.io.tmpdir"), "drivetwin-child-hs_err_pid" + pid
                    + ".log"));
        }
    }

    private static void segfault(long pid) {
        try {
            Thread.sleep(1000);
            Process kill = new ProcessBuilder("kill", "-SEGV", Long.toString(pid)).inheritIO().start();
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anFmuTheChildCannotLoadIsRefusedNamingTheFile() throws IOException {
        Path broken = FmuVariants.variant(FmuVariants.thermalMass(), temporary, "nobinary",
                Map.of("binaries/linux64/ThermalMass.so", bytes -> null));
        MasterException e = assertThrows(MasterException.class,
                () -> launcher.instantiate(broken, "broken", FmuHosting.CHILD_PROCESS));
        assertEquals(MasterError.BAD_FMU, e.error());
        assertTrue(e.getMessage().startsWith(broken + ": it has no binaries/linux64/ThermalMass.so"), e.getMessage());
    }

    @Test
    void aNullInstanceInTheChildIsRefusedNamingTheFile() throws IOException {
        Path noSlave = FmuVariants.variant(FmuVariants.thermalMass(), temporary, "noslave",
                Map.of("resources/drivetwin-fmu.properties", FmuVariants.replacing(
                        "dev.drivetwin.fmuexport.testslaves.ThermalMass", "dev.drivetwin.NoSuchSlave")));
        MasterException e = assertThrows(MasterException.class,
                () -> launcher.instantiate(noSlave, "noslave", FmuHosting.CHILD_PROCESS));
        assertTrue(e.getMessage().startsWith(noSlave + ": instance 'noslave': fmi2Instantiate returned NULL"), e.getMessage());
    }
}
