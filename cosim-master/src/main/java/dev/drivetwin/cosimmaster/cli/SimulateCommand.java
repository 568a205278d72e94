package dev.drivetwin.cosimmaster.cli;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.execution.FixedStepExperiment;
import dev.drivetwin.cosimmaster.execution.InputChange;
import dev.drivetwin.cosimmaster.execution.SingleFmuRun;
import dev.drivetwin.cosimmaster.fmi.FmuInstance;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import dev.drivetwin.cosimmaster.fmi.ImportedFmu;
import dev.drivetwin.cosimmaster.fmi.TimedFmuInstance;
import dev.drivetwin.cosimmaster.hosting.FmuHosting;
import dev.drivetwin.cosimmaster.hosting.FmuLauncher;
import dev.drivetwin.cosimmaster.observe.RunSummaryWriter;
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

/**
 * {@code drivetwin simulate}: one FMU alone, fixed step, its outputs to the terminal and optionally to a CSV, PNG
 * plots and a JSON run summary, in this process or in a child process.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Runs one FMI 2.0 Co-Simulation FMU with a fixed step and prints its outputs.",
        footer = {"", "Exit code 0 on success, 1 when the FMU cannot be loaded or a call fails (the message names"
                + " the FMU; results up to the failure are still written), 2 on bad usage.",
                "Example: drivetwin simulate ThermalMass.fmu --stop 3600 --step 10 --set heatFlow=100"
                        + " --out results --plot temperature --summary"})
public final class SimulateCommand implements Callable<Integer> {
    private static final String RESULTS_CSV = "results.csv";

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

    @Option(names = "--change", paramLabel = "name=value@time",
            description = "Set an input to a value before the first step starting at or after the time [s]"
                    + " (repeatable).")
    List<String> changes = new ArrayList<>();

    @Option(names = "--out", paramLabel = "<csv or folder>",
            description = "A .csv file for every step's outputs, or a folder for results.csv, the plots and"
                    + " summary.json.")
    Path out;

    @CommandLine.Mixin
    ResultOptions results = new ResultOptions();

    @CommandLine.Mixin
    HostingOptions hosting = new HostingOptions();

    @Option(names = "--print-every", paramLabel = "<n>",
            description = "Print a row every n steps (default: about 10 rows in all).")
    Long printEvery;

    @Override
    public Integer call() {
        FixedStepExperiment experiment = experiment();
        checkUsage();
        FmuHosting where = hosting.hostingOf(instanceName());
        try (FmuLauncher launcher = new FmuLauncher(hosting.callTimeout())) {
            double tolerance = ImportedFmu.defaultTolerance(ImportedFmu.readDescription(fmu));
            try (TimedFmuInstance instance = new TimedFmuInstance(launcher.instantiate(fmu, instanceName(), where))) {
                run(instance, where, experiment, tolerance);
            }
            return 0;
        }
    }

    private void run(TimedFmuInstance instance, FmuHosting where, FixedStepExperiment experiment,
            double tolerance) {
        Map<FmuVariable, String> startValues = new LinkedHashMap<>();
        set.forEach((name, value) -> startValues.put(variable(instance, name), value));
        List<FmuVariable> observed = observed(instance);
        List<StepObserver> observers = observers(instance, where, experiment);
        try {
            new SingleFmuRun(instance, experiment, tolerance, startValues, inputChanges(instance), observed,
                    observers).run();
        } finally {
            if (out != null) {
                spec.commandLine().getOut().println("results: " + out);
            }
        }
    }

    private FixedStepExperiment experiment() {
        try {
            return new FixedStepExperiment(start, stop, step);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void checkUsage() {
        if (printEvery != null && printEvery < 1) {
            throw usage("--print-every must be at least 1, was " + printEvery);
        }
        hosting.check(spec, List.of(instanceName()));
        results.check(spec, out != null);
        changes.forEach(change -> ChangeArgument.parse(change, spec));
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** The file name without .fmu: unique for one FMU, and the model name for FMUs that follow the convention. */
    private String instanceName() {
        String name = fmu.getFileName().toString();
        return name.endsWith(".fmu") ? name.substring(0, name.length() - 4) : name;
    }

    /** The outputs that are numbers, then any other variable asked for in a plot or the report. */
    private List<FmuVariable> observed(FmuInstance instance) {
        List<FmuVariable> observed = new ArrayList<>(instance.variables().stream()
                .filter(v -> v.isOutput() && v.kind() != FmuVariable.VariableKind.STRING).toList());
        for (String name : results.neededVariables()) {
            FmuVariable v = variable(instance, name);
            if (v.kind() == FmuVariable.VariableKind.STRING) {
                throw usage("--plot " + name + ": a String variable cannot be plotted");
            }
            if (!observed.contains(v)) {
                observed.add(v);
            }
        }
        return observed;
    }

    private List<StepObserver> observers(TimedFmuInstance instance, FmuHosting where, FixedStepExperiment experiment) {
        // Under a progress bar the table keeps to its first and last rows unless asked, so that rows printed on
        // stdout do not land in the middle of the bar's line on the same terminal.
        long every = printEvery != null ? printEvery
                : results.showsProgress() ? Long.MAX_VALUE : Math.max(1, experiment.steps() / 10);
        List<StepObserver> table = List.of(new TerminalTable(spec.commandLine().getOut(), every));
        return results.observers(spec, files(), instance.instanceName(), experiment.startTime(),
                experiment.stopTime(), false, table, file -> new RunSummaryWriter(file, List.of(fmu),
                        experiment.startTime(), experiment.stopTime(), experiment.stepSize(), "fixed step, one FMU",
                        Map.of(instance, where.name()), System::nanoTime));
    }

    /** --out as a CSV file (the summary beside it, named after it) or as a folder for every result file. */
    private ResultOptions.Files files() {
        if (out == null) {
            return new ResultOptions.Files(null, null, null);
        }
        if (out.getFileName().toString().endsWith(".csv")) {
            Path folder = out.toAbsolutePath().getParent();
            return new ResultOptions.Files(out, folder, folder.resolve(stem(out) + "." + ResultOptions.SUMMARY_JSON));
        }
        return new ResultOptions.Files(out.resolve(RESULTS_CSV), out, out.resolve(ResultOptions.SUMMARY_JSON));
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private List<InputChange> inputChanges(FmuInstance instance) {
        return changes.stream().map(text -> ChangeArgument.parse(text, spec)).map(change -> new InputChange(
                change.time(), variable(instance, change.name()), change.value())).toList();
    }

    /** @throws MasterException naming the FMU and its variables when there is none of that name */
    private FmuVariable variable(FmuInstance instance, String name) {
        return instance.variables().stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new MasterException(MasterError.UNKNOWN_VARIABLE, fmu,
                        name, instance.variables().stream().map(FmuVariable::name).toList()));
    }
}
