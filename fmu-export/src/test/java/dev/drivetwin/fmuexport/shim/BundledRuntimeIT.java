package dev.drivetwin.fmuexport.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ThermalMassBundled.fmu carries a jlink-ed Java runtime in binaries/linux64/jre (packager option
 * --bundle-runtime). Run by the C host with an empty environment (no JAVA_HOME, no PATH), the shim can find no
 * Java but that one, in both modes; the results equal those of the FMU without a bundled runtime.
 */
class BundledRuntimeIT {

    @TempDir
    Path temporary;

    @ParameterizedTest
    @MethodSource("dev.drivetwin.fmuexport.shim.ShimMode#tested")
    void runsOnItsOwnRuntimeWhereNoJavaIsInstalled(ShimMode mode) {
        Path bundled = TestFmu.unpack("ThermalMassBundled", temporary);
        assertTrue(Files.isRegularFile(bundled.resolve("binaries/linux64/jre/lib/server/libjvm.so")));
        HostRun alone = FmuHost.runWithoutSystemJava("two-instances", mode, bundled);
        alone.assertPassed();
        HostRun reference = FmuHost.run("two-instances", mode, TestFmu.unpack("ThermalMass", temporary));
        reference.assertPassed();
        for (String name : new String[] {"a", "b"}) {
            assertEquals(reference.real(name + ".temperature"), alone.real(name + ".temperature"), 0.0, name);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.drivetwin.fmuexport.shim.ShimMode#tested")
    void saysWhatItSearchedWhenThereIsNoJavaAtAll(ShimMode mode) {
        HostRun run = FmuHost.runWithoutSystemJava("two-instances", mode, TestFmu.unpack("ThermalMass", temporary));
        assertEquals(1, run.exitCode(), run::toString);
        String log = String.join("\n", run.lines());
        assertTrue(log.contains("runtime bundled in the FMU"), log);
        assertTrue(log.contains("JAVA_HOME"), log);
    }
}
