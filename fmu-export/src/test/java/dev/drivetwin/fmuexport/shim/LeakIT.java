package dev.drivetwin.fmuexport.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** 1,000 instantiate/setup/initialise/step/terminate/free cycles in one host process (scenario leak). */
class LeakIT {
    private static final long KIB_PER_MIB = 1024;

    @TempDir
    Path temporary;

    /**
     * Resident memory is compared at the peaks of cycles 251-500 and 751-1000. Before that the in-process JVM is
     * still filling its young generation and metaspace (each instance loads its classes in a class loader of its
     * own, about 50 classes, unloaded at the next metadata-threshold full GC), and between GCs memory follows a
     * sawtooth some 15 MiB deep; the peaks of a sawtooth are level, while a leak of L bytes per cycle raises the
     * later one by 500 L. The bound of 8 MiB therefore catches any leak of 16 KiB or more per instance (a JNI
     * global reference leak pins the whole class loader: far more) while staying clear of the about 1 MiB by which
     * the JIT's code cache and malloc arenas still grow.
     */
    @ParameterizedTest
    @MethodSource("dev.drivetwin.fmuexport.shim.ShimMode#tested")
    void residentMemoryLevelsOffOverAThousandInstances(ShimMode mode) {
        HostRun run = FmuHost.run("leak", mode, TestFmu.unpack("ThermalMass", temporary));
        run.assertPassed();
        assertEquals(1000, run.integer("leak.cycles"));
        long peakGrowth = run.integer("leak.peakKiB.cycles751to1000") - run.integer("leak.peakKiB.cycles251to500");
        assertTrue(peakGrowth < 8 * KIB_PER_MIB, () -> "resident memory peak grew by " + peakGrowth
                + " KiB from cycles 251-500 to 751-1000; " + run.results());
        // From cycle 50 the growth also includes the JVM filling its heap and metaspace once, which its options
        // bound: a young generation of at most a third of -Xmx128m (43 MiB) plus the 21 MiB metaspace GC threshold.
        long growth = run.integer("leak.growthKiB");
        assertTrue(growth < 64 * KIB_PER_MIB, () -> "resident memory grew by " + growth + " KiB from cycle 50 to"
                + " cycle 1000; " + run.results());
    }
}
