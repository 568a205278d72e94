package dev.drivetwin.cosimmaster.cli;

import dev.drivetwin.cosimmaster.ssp.SspLoader;
import dev.drivetwin.cosimmaster.ssp.SystemStructure;
import dev.drivetwin.cosimmaster.system.AlgebraicLoop;
import dev.drivetwin.cosimmaster.system.CoupledSystem;
import dev.drivetwin.cosimmaster.system.LoadedSystem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code drivetwin validate}: parse a system and check its connections against the FMUs, without running. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Reads an SSP system (.ssd or .ssp), loads its FMUs and checks every connection (types,"
                + " causality, units); reports unit conversions and algebraic loops. Runs nothing.",
        footer = {"", "Exit code 0 when the system is valid, 1 with a message naming the file, line and"
                + " connectors otherwise."})
public final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<system>", description = "The .ssd or .ssp file.")
    Path systemFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (SystemStructure structure = SspLoader.load(systemFile); LoadedSystem loaded = structure.load(Map.of())) {
            CoupledSystem system = loaded.system();
            out.printf("%s: %d components, %d connections%n", systemFile, system.components().size(),
                    system.links().size());
            for (CoupledSystem.Link link : system.links()) {
                var connection = link.connection();
                String conversion = connection.conversion().isIdentity() ? ""
                        : String.format("  (unit %s -> %s: x %s + %s)", connection.conversion().from(),
                                connection.conversion().to(), connection.conversion().factor(),
                                connection.conversion().offset());
                out.printf("  %s%s%n", connection, conversion);
            }
            List<AlgebraicLoop> loops = system.algebraicLoops();
            if (loops.isEmpty()) {
                out.println("no algebraic loops");
            }
            loops.forEach(loop -> out.println("algebraic loop: " + loop
                    + " (solved by fixed-point iteration at initialization)"));
            out.println("valid");
            return 0;
        }
    }
}
