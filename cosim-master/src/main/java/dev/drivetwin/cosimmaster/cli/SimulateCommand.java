package dev.drivetwin.cosimmaster.cli;

import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.execution.FixedStepExperiment;
import dev.drivetwin.cosimmaster.execution.SingleFmuRun;
import dev.drivetwin.cosimmaster.fmi.FmuSlave;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import dev.drivetwin.cosimmaster.fmi.ImportedFmu;
import dev.drivetwin.cosimmaster.observe.CsvResultWriter;
import dev.drivetwin.cosimmaster.observe.StepObserver;
import dev.drivetwin.cosimmaster.observe.TerminalTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code drivetwin simulate}: one FMU alone, fixed step, its outputs to the terminal and optionally a CSV. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Runs one FMI 2.0 Co-Simulation FMU with a fixed step and prints its outputs.",
        footer = {"", "Exit code 0 on success, 1 when the FMU cannot be loaded or a call fails (the message names"
                + " the FMU), 2 on bad usage.",
                "Example: drivetwin simulate ThermalMass.fmu --stop 3600 --step 10 --set heatFlow=100"
                        + " --out results.csv"})
public final class SimulateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<fmu>", description = "The .fmu file.")
    Path fmu;

    @Option(names = "--start", defaultValue = "0", paramLabel = "<s>", description = "Start time [s] (default: 0).")
    double start;

    @Option(names = "--stop", required = true, paramLabel = "<s>", description = "Stop time [s].")
    double stop;

    @Option(names = "--step", required = true, paramLabel = "<s>", description = "Communication step [s].")
    double step;

    @Option(names = "--set", paramLabel = "name=value", mapFallbackValue = "",
            description = "Start value of a parameter or input, held for the whole run (repeatable).")
    Map<String, String> set = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "<csv>", description = "Write every step's outputs to this CSV file.")
    Path out;

    @Option(names = "--print-every", paramLabel = "<n>",
            description = "Print a row every n steps (default: about 10 rows in all).")
    Long printEvery;

    @Override
    public Integer call() {
        FixedStepExperiment experiment;
        try {
            experiment = new FixedStepExperiment(start, stop, step);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (printEvery != null && printEvery < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--print-every must be at least 1, was "
                    + printEvery);
        }
        try (ImportedFmu imported = ImportedFmu.load(fmu)) {
            Map<FmuVariable, String> startValues = new LinkedHashMap<>();
            set.forEach((name, value) -> startValues.put(imported.variable(name), value));
            List<FmuVariable> outputs = imported.variables().stream()
                    .filter(v -> v.isOutput() && v.kind() != FmuVariable.VariableKind.STRING).toList();
            long every = printEvery != null ? printEvery : Math.max(1, experiment.steps() / 10);
            List<StepObserver> observers = new ArrayList<>();
            observers.add(new TerminalTable(spec.commandLine().getOut(), every));
            if (out != null) {
                observers.add(new CsvResultWriter(out));
            }
            try (FmuSlave slave = imported.instantiate(imported.modelName())) {
                new SingleFmuRun(slave, experiment, startValues, outputs, observers).run();
            }
            if (out != null) {
                spec.commandLine().getOut().println("results: " + out);
            }
            return 0;
        } catch (MasterException e) {
            spec.commandLine().getErr().println("drivetwin simulate: " + e.getMessage());
            return 1;
        }
    }
}
