package dev.drivetwin.cosimmaster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.cosimmaster.TestFmus;
import dev.drivetwin.cosimmaster.observe.RunSummary;
import dev.drivetwin.cosimmaster.observe.RunSummaryWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A system of two FMUs, a C mass-spring oscillator ({@code wall}) and fmu-export's FaultySlave ({@code faulty}),
 * run with {@code drivetwin run} for 10 steps of 1 s while {@code --change faulty.fault=k@4} makes the faulty
 * component's step from t = 4 s fail (1: fmi2Error, 3: its JVM halts, 4: it hangs). Each failure must end the run
 * with exit code 1, a message naming the component and the time, and the results of both components up to 4 s:
 * CSV rows at 0..4 s, a PNG, and a summary with status failed.
 */
class SystemFaultIT {
    private static final double FAULT_TIME = 4; // [s]

    private static Path system(Path directory) throws Exception {
        return system(directory, "");
    }

    /** @param faultyInside what the faulty component's element holds, such as an annotation */
    private static Path system(Path directory, String faultyInside) throws Exception {
        Path faulty = Path.of(System.getProperty("faulty.slave.fmu"));
        return Files.writeString(directory.resolve("faulty-pair.ssd"), TestFmus.SSD_HEADER.formatted("faulty-pair")
                + "<ssd:System name=\"faulty-pair\"><ssd:Elements>\n"
                + component("wall", TestFmus.cModel("MassSpringWall"), "")
                + component("faulty", TestFmus.existing(faulty), faultyInside)
                + "</ssd:Elements></ssd:System>\n<ssd:DefaultExperiment startTime=\"0\" stopTime=\"10\"/>\n"
                + "</ssd:SystemStructureDescription>\n");
    }

    private static String component(String name, Path fmu, String inside) {
        return "<ssd:Component name=\"" + name + "\" type=\"application/x-fmu-sharedlibrary\" source=\""
                + fmu.toUri() + "\">" + inside + "</ssd:Component>\n";
    }

    /** Runs the pair with the fault from 4 s; checks the results kept and returns the failure's message. */
    private static String failsAtFourSeconds(Path directory, int fault, String... options) throws Exception {
        return failsAtFourSeconds(directory, system(directory), fault, options);
    }

    private static String failsAtFourSeconds(Path directory, Path system, int fault, String... options)
            throws Exception {
        Path results = directory.resolve("results");
        List<String> arguments = new ArrayList<>(List.of("run", system.toString(), "--step", "1",
                "--out", results.toString(), "--summary", "--plot", "position=wall.position",
                "--change", "faulty.fault=" + fault + "@" + FAULT_TIME));
        arguments.addAll(List.of(options));
        EvDrivetrainIT.Result result = EvDrivetrainIT.drivetwin(directory, arguments.toArray(String[]::new));
        assertEquals(1, result.exitCode(), () -> "exit code; stderr:\n" + result.err());

        EvDrivetrainIT.Table table = EvDrivetrainIT.Table.read(results.resolve("results.csv"));
        assertEquals(5, table.rows().size(), "rows at 0, 1, 2, 3 and 4 s");
        for (int k = 0; k < 5; k++) {
            assertEquals(k, table.get(k, "time"), 0.0);
            assertEquals(k, table.get(k, "faulty.time"), 0.0, "the faulty FMU's own clock, step by step");
        }
        // the healthy component's results are kept too: the spring pulls the mass from x = 0.1 m towards the wall
        assertTrue(table.get(4, "wall.position") != table.get(0, "wall.position"), "wall.position moved");
        assertTrue(Files.size(results.resolve("position.png")) > 0, "the plot is drawn up to the failure");

        RunSummary summary = RunSummaryWriter.read(results.resolve("summary.json"));
        assertEquals("failed", summary.status());
        assertEquals("faulty", summary.failure().instance());
        assertEquals(FAULT_TIME, summary.failure().time(), 0.0);
        assertEquals(4, summary.steps());
        assertEquals(FAULT_TIME, summary.simulatedUntil(), 0.0);
        Map<String, Long> calls = summary.fmus().stream().collect(Collectors.toMap(RunSummary.FmuTiming::instance,
                RunSummary.FmuTiming::doStepCalls));
        assertEquals(5, calls.get("faulty"), "four steps and the failed one");
        String message = summary.failure().message();
        assertTrue(message.startsWith("component 'faulty' failed at t = 4.0 s: "), message);
        assertTrue(result.err().contains("drivetwin run: " + message), result.err());
        return message;
    }

    @Test
    void anFmuErrorNamesTheComponentAndKeepsTheResultsBeforeIt(@TempDir Path directory) throws Exception {
        String message = failsAtFourSeconds(directory, 1);
        assertTrue(message.contains("FaultySlave.fmu: instance 'faulty': fmi2DoStep with step 1.0 s returned"
                + " fmi2Error at t = 4.0 s"), message);
    }

    @Test
    void aCrashOutOfProcessEndsOnlyThatComponentsProcess(@TempDir Path directory) throws Exception {
        String message = failsAtFourSeconds(directory, 3, "--out-of-process=faulty");
        assertTrue(message.contains("instance 'faulty': its child process ended during fmi2DoStep with step 1.0 s"
                + " at t = 4.0 s (exit code 86)"), message);
        RunSummary summary = RunSummaryWriter.read(directory.resolve("results/summary.json"));
        assertEquals(Map.of("wall", "IN_PROCESS", "faulty", "CHILD_PROCESS"), summary.fmus().stream()
                .collect(Collectors.toMap(RunSummary.FmuTiming::instance, RunSummary.FmuTiming::hosting)));
    }

    /** The same crash with the child process asked for by the system file's annotation instead of the option. */
    @Test
    void theSystemFileCanAskForAComponentToRunOutOfProcess(@TempDir Path directory) throws Exception {
        Path system = system(directory, "<ssc:Annotations><ssc:Annotation type=\"dev.drivetwin.hosting\">"
                + "<Hosting where=\"out-of-process\"/></ssc:Annotation></ssc:Annotations>");
        String message = failsAtFourSeconds(directory, system, 3);
        assertTrue(message.contains("its child process ended during fmi2DoStep"), message);
        RunSummary summary = RunSummaryWriter.read(directory.resolve("results/summary.json"));
        assertEquals(Map.of("wall", "IN_PROCESS", "faulty", "CHILD_PROCESS"), summary.fmus().stream()
                .collect(Collectors.toMap(RunSummary.FmuTiming::instance, RunSummary.FmuTiming::hosting)));
    }

    @Test
    void aHangOutOfProcessEndsAfterTheCallTimeout(@TempDir Path directory) throws Exception {
        long start = System.nanoTime();
        String message = failsAtFourSeconds(directory, 4, "--out-of-process", "--call-timeout", "1.5");
        assertTrue(message.contains("instance 'faulty': fmi2DoStep with step 1.0 s at t = 4.0 s did not answer"
                + " within 1.5 s, so its child process was destroyed"), message);
        // generous: two child JVMs start in a few seconds on a loaded machine; a hang would take the IT's 300 s
        assertTrue((System.nanoTime() - start) * 1e-9 < 120, "the run ended soon after the timeout");
    }

    @Test
    void aChangeOfAnUnknownVariableNamesIt(@TempDir Path directory) throws Exception {
        EvDrivetrainIT.Result result = EvDrivetrainIT.drivetwin(directory, "run", system(directory).toString(),
                "--step", "1", "--out", directory.resolve("results").toString(), "--change", "faulty.nothing=1@2");
        assertEquals(1, result.exitCode(), () -> "exit code; stderr:\n" + result.err());
        assertTrue(result.err().contains("faulty") && result.err().contains("'nothing'"), result.err());
    }
}
