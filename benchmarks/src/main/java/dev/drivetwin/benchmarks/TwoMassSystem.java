package dev.drivetwin.benchmarks;

import dev.drivetwin.cosimmaster.system.ComponentSource;
import dev.drivetwin.cosimmaster.system.ConnectionSource;
import dev.drivetwin.cosimmaster.system.LoadedSystem;
import dev.drivetwin.cosimmaster.system.UnitCatalogue;
import java.io.File;
import java.util.List;
import java.util.Map;

/**
 * The two-mass oscillator of cosim-master's tests from its C test FMUs (cheap steps, so that what the master adds
 * shows): {@code wall} (MassSpringWall) and {@code coupled} (CoupledMass), wall.position and wall.velocity into
 * coupled, coupled.couplingForce into wall. The FMUs are built by {@code make -C cosim-master/src/test/c} (also by
 * cosim-master's {@code mvn verify}) into cosim-master/target/test-fmus.
 */
final class TwoMassSystem {
    static final List<String[]> CONNECTIONS = List.of(
            new String[] {"wall.position", "coupled.otherPosition"},
            new String[] {"wall.velocity", "coupled.otherVelocity"},
            new String[] {"coupled.couplingForce", "wall.force"});

    private TwoMassSystem() {
    }

    static File fmu(String model) {
        File file = Fmus.file("cosim-master", "test-fmus/" + model + ".fmu");
        if (!file.isFile()) {
            throw new IllegalArgumentException(file + " does not exist; build it with make -C cosim-master/src/test/c");
        }
        return file;
    }

    /** The system as the master loads it, in this process through FMI4j. */
    static LoadedSystem load() {
        return LoadedSystem.load("two-mass", List.of(
                new ComponentSource("wall", fmu("MassSpringWall").toPath()),
                new ComponentSource("coupled", fmu("CoupledMass").toPath())),
                CONNECTIONS.stream().map(c -> ConnectionSource.of(c[0], c[1])).toList(), new UnitCatalogue(Map.of()));
    }
}
