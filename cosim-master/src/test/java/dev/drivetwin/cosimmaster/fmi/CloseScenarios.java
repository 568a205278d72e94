package dev.drivetwin.cosimmaster.fmi;

import dev.drivetwin.cosimmaster.MasterException;
import java.nio.file.Path;
import java.util.List;

/**
 * Run by {@link CloseIT} in a child JVM: instances closed in every state a master can leave them in. Prints
 * "done <scenario>" after each; what the FMUs log goes to stdout through FMI4j.
 * Arguments: ThermalMass.fmu, FaultySlave.fmu.
 */
public final class CloseScenarios {
    static final List<String> SCENARIOS = List.of("never-initialised", "left-to-the-fmu", "in-initialization-mode",
            "initialised", "failed");

    private CloseScenarios() {
    }

    public static void main(String[] arguments) {
        Path thermalMass = Path.of(arguments[0]);
        Path faultySlave = Path.of(arguments[1]);
        try (ImportedFmu fmu = ImportedFmu.load(thermalMass)) {
            fmu.instantiate("a").close();
            System.out.println("done never-initialised");
            // not closed by the caller: ImportedFmu.close frees it
            fmu.instantiate("b");
        }
        System.out.println("done left-to-the-fmu");
        try (ImportedFmu fmu = ImportedFmu.load(thermalMass); FmuSlave slave = fmu.instantiate("c")) {
            slave.enterInitialization(0, 1, Double.NaN);
        }
        System.out.println("done in-initialization-mode");
        try (ImportedFmu fmu = ImportedFmu.load(thermalMass); FmuSlave slave = fmu.instantiate("d")) {
            slave.initialize(0, 1);
            slave.doStep(0, 0.5);
        }
        System.out.println("done initialised");
        // FaultySlave throws on input fault = 1, which the shim turns into fmi2Error: the instance is in state Error
        try (ImportedFmu fmu = ImportedFmu.load(faultySlave); FmuSlave slave = fmu.instantiate("e")) {
            slave.initialize(0, 1);
            slave.write(fmu.variable("fault"), "1");
            try {
                slave.doStep(0, 0.5);
            } catch (MasterException expected) {
                System.out.println("refused as expected: " + expected.getMessage());
            }
        }
        System.out.println("done failed");
    }
}
