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
import dev.drivetwin.cosimmaster.observe.CsvResultWriter;
import dev.drivetwin.cosimmaster.observe.PngPlotWriter;
import dev.drivetwin.cosimmaster.observe.ProgressBar;
import dev.drivetwin.cosimmaster.observe.RunSummaryWriter;
import dev.drivetwin.cosimmaster.observe.StepObserver;
import dev.drivetwin.cosimmaster.observe.TerminalTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
    private static final String SUMMARY_JSON = "summary.json";

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

    @Option(names = "--plot", paramLabel = "var1,var2",
            description = "Draw these variables against time into one PNG in the --out folder (repeatable: one PNG"
                    + " each).")
    List<String> plots = new ArrayList<>();

    @Option(names = "--summary", description = "Write a JSON run summary (" + SUMMARY_JSON + " in the --out folder,"
            + " or beside the CSV).")
    boolean summary;

    @Option(names = "--progress", description = "Show a progress bar on stderr even when it is not a terminal"
            + " (it is shown on a terminal anyway).")
    boolean progress;

    @Option(names = "--out-of-process", description = "Run the FMU in a child process, so that a crash or hang"
            + " of the FMU ends only that process.")
    boolean outOfProcess;

    @Option(names = "--call-timeout", defaultValue = "5", paramLabel = "<s>",
            description = "With --out-of-process: how long one call may take before the FMU is taken as hung"
                    + " (default: ${DEFAULT-VALUE}).")
    double callTimeout;

    @Option(names = "--print-every", paramLabel = "<n>",
            description = "Print a row every n steps (default: about 10 rows in all).")
    Long printEvery;

    @Override
    public Integer call() {
        FixedStepExperiment experiment = experiment();
        checkUsage();
        PrintWriter err = spec.commandLine().getErr();
        FmuHosting hosting = outOfProcess ? FmuHosting.CHILD_PROCESS : FmuHosting.IN_PROCESS;
        try (FmuLauncher launcher = new FmuLauncher(Duration.ofMillis(Math.round(callTimeout * 1000)))) {
            double tolerance = ImportedFmu.defaultTolerance(ImportedFmu.readDescription(fmu));
            try (TimedFmuInstance instance = new TimedFmuInstance(launcher.instantiate(fmu, instanceName(), hosting))) {
                run(instance, hosting, experiment, tolerance);
            }
            return 0;
        } catch (MasterException e) {
            err.println("drivetwin simulate: " + e.getMessage());
            return 1;
        }
    }

    private void run(TimedFmuInstance instance, FmuHosting hosting, FixedStepExperiment experiment,
            double tolerance) {
        Map<FmuVariable, String> startValues = new LinkedHashMap<>();
        set.forEach((name, value) -> startValues.put(variable(instance, name), value));
        List<FmuVariable> observed = observed(instance);
        List<StepObserver> observers = observers(instance, hosting, experiment, observed);
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
        if (!(callTimeout > 0)) {
            throw usage("--call-timeout must be positive, was " + callTimeout);
        }
        if ((!plots.isEmpty() || summary) && out == null) {
            throw usage("--plot and --summary need --out, the folder (or CSV file) to write beside");
        }
        for (String change : changes) {
            if (!change.matches("[^=]+=[^@]*@.+")) {
                throw usage("--change '" + change + "' is not name=value@time");
            }
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** The file name without .fmu: unique for one FMU, and the model name for FMUs that follow the convention. */
    private String instanceName() {
        String name = fmu.getFileName().toString();
        return name.endsWith(".fmu") ? name.substring(0, name.length() - 4) : name;
    }

    /** The outputs that are numbers, then any other variable asked for in a plot. */
    private List<FmuVariable> observed(FmuInstance instance) {
        List<FmuVariable> observed = new ArrayList<>(instance.variables().stream()
                .filter(v -> v.isOutput() && v.kind() != FmuVariable.VariableKind.STRING).toList());
        for (String plot : plots) {
            for (String name : signals(plot)) {
                FmuVariable v = variable(instance, name);
                if (v.kind() == FmuVariable.VariableKind.STRING) {
                    throw usage("--plot " + name + ": a String variable cannot be plotted");
                }
                if (!observed.contains(v)) {
                    observed.add(v);
                }
            }
        }
        return observed;
    }

    private List<StepObserver> observers(TimedFmuInstance instance, FmuHosting hosting,
            FixedStepExperiment experiment, List<FmuVariable> observed) {
        boolean showProgress = progress || System.console() != null;
        List<StepObserver> observers = new ArrayList<>();
        if (showProgress) {
            // first, so that its line is ended before the table prints its last row
            observers.add(new ProgressBar(System.err, experiment.startTime(), experiment.stopTime(), System::nanoTime));
        }
        // Under a progress bar the table keeps to its first and last rows unless asked, so that rows printed on
        // stdout do not land in the middle of the bar's line on the same terminal.
        long every = printEvery != null ? printEvery
                : showProgress ? Long.MAX_VALUE : Math.max(1, experiment.steps() / 10);
        observers.add(new TerminalTable(spec.commandLine().getOut(), every));
        if (out == null) {
            return observers;
        }
        boolean csvFile = out.getFileName().toString().endsWith(".csv");
        Path folder = csvFile ? out.toAbsolutePath().getParent() : out;
        observers.add(new CsvResultWriter(csvFile ? out : folder.resolve(RESULTS_CSV)));
        for (String plot : plots) {
            List<String> signals = signals(plot);
            observers.add(new PngPlotWriter(folder.resolve(String.join("_", signals) + ".png"),
                    instance.instanceName(), signals, PngPlotWriter.DEFAULT_POINTS));
        }
        if (summary) {
            Path file = csvFile ? folder.resolve(stem(out) + "." + SUMMARY_JSON) : folder.resolve(SUMMARY_JSON);
            observers.add(new RunSummaryWriter(file, List.of(fmu), experiment.startTime(), experiment.stopTime(),
                    experiment.stepSize(), "fixed step, one FMU", Map.of(instance, hosting.name()), System::nanoTime));
        }
        return observers;
    }

    private static List<String> signals(String plot) {
        return Arrays.stream(plot.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private List<InputChange> inputChanges(FmuInstance instance) {
        List<InputChange> list = new ArrayList<>();
        for (String change : changes) {
            int equals = change.indexOf('=');
            int at = change.lastIndexOf('@');
            double time;
            try {
                time = Double.parseDouble(change.substring(at + 1));
            } catch (NumberFormatException e) {
                throw usage("--change '" + change + "': the time after @ is not a number");
            }
            list.add(new InputChange(time, variable(instance, change.substring(0, equals)),
                    change.substring(equals + 1, at)));
        }
        return list;
    }

    /** @throws MasterException naming the FMU and its variables when there is none of that name */
    private FmuVariable variable(FmuInstance instance, String name) {
        return instance.variables().stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new MasterException(MasterError.UNKNOWN_VARIABLE, fmu,
                        name, instance.variables().stream().map(FmuVariable::name).toList()));
    }
}
