package dev.drivetwin.cosimmaster.cli;

import dev.drivetwin.cosimmaster.algorithm.GaussSeidelAlgorithm;
import dev.drivetwin.cosimmaster.algorithm.JacobiAlgorithm;
import dev.drivetwin.cosimmaster.algorithm.MasterAlgorithm;
import dev.drivetwin.cosimmaster.algorithm.VariableStepAlgorithm;
import dev.drivetwin.cosimmaster.algorithm.VariableStepParameters;
import dev.drivetwin.cosimmaster.execution.FixedStepExperiment;
import dev.drivetwin.cosimmaster.execution.RealTimePacer;
import dev.drivetwin.cosimmaster.execution.RecordedVariable;
import dev.drivetwin.cosimmaster.execution.SystemRun;
import dev.drivetwin.cosimmaster.fmi.FmuVariable;
import dev.drivetwin.cosimmaster.execution.ComponentInputChange;
import dev.drivetwin.cosimmaster.execution.InputChange;
import dev.drivetwin.cosimmaster.fmi.TimedFmuInstance;
import dev.drivetwin.cosimmaster.hosting.FmuHosting;
import dev.drivetwin.cosimmaster.hosting.FmuLauncher;
import dev.drivetwin.cosimmaster.observe.RunSummaryWriter;
import dev.drivetwin.cosimmaster.observe.StepObserver;
import dev.drivetwin.cosimmaster.ssp.SspComponent;
import dev.drivetwin.cosimmaster.ssp.SspLoader;
import dev.drivetwin.cosimmaster.ssp.SystemStructure;
import dev.drivetwin.cosimmaster.sweep.ParameterSweep;
import dev.drivetwin.cosimmaster.sweep.SweepTable;
import dev.drivetwin.cosimmaster.system.Component;
import dev.drivetwin.cosimmaster.system.ConnectionSource;
import dev.drivetwin.cosimmaster.system.Connector;
import dev.drivetwin.cosimmaster.system.CoupledSystem;
import dev.drivetwin.cosimmaster.system.LoadedSystem;
import java.io.PrintWriter;
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
 * {@code drivetwin run}: a whole SSP system, with a chosen master algorithm, its FMUs in this process or in child
 * processes, results (CSV, plots, run summary) to a folder.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs an SSP system (.ssd or .ssp) of FMI 2.0 Co-Simulation FMUs and writes results.csv.",
        footer = {"", "Exit code 0 on success, 1 when the system or an FMU fails (the message names the file, the"
                + " component and the time; results, plots and summary up to the failure are written), 2 on bad"
                + " usage.",
                "Example: drivetwin run systems/ev-drivetrain-wltc.ssd --step 0.01 --out results/ev-wltc"
                        + " --plot speed=vehicle.vehicleSpeed,vehicle.targetSpeed --summary"})
public final class RunCommand implements Callable<Integer> {

    /** The master algorithms by their command-line names. */
    enum AlgorithmChoice {
        jacobi, gaussSeidel, variable;

        static AlgorithmChoice parse(String text) {
            return switch (text) {
                case "jacobi" -> jacobi;
                case "gauss-seidel" -> gaussSeidel;
                case "variable" -> variable;
                default -> throw new IllegalArgumentException("'" + text + "' is not jacobi, gauss-seidel or variable");
            };
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<system>", description = "The .ssd or .ssp file.")
    Path systemFile;

    @Option(names = "--start", paramLabel = "<s>", description = "Start time [s] (default: the file's, else 0).")
    Double start;

    @Option(names = "--stop", paramLabel = "<s>", description = "Stop time [s] (default: the file's DefaultExperiment).")
    Double stop;

    @Option(names = "--step", required = true, paramLabel = "<s>",
            description = "Base communication step [s]; the initial step for --algorithm variable.")
    double step;

    @Option(names = "--algorithm", defaultValue = "jacobi", paramLabel = "jacobi|gauss-seidel|variable",
            converter = AlgorithmConverter.class, description = "Master algorithm (default: jacobi).")
    AlgorithmChoice algorithm;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "<n>",
            description = "Threads stepping FMUs in parallel under jacobi, or variants running at once with --sweep"
                    + " (default: 1).")
    int threads;

    @Option(names = "--real-time-factor", paramLabel = "<x>",
            description = "Hold the run to x simulated seconds per wall-clock second (default: as fast as possible).")
    Double realTimeFactor;

    @Option(names = "--tolerance", defaultValue = "1e-4", paramLabel = "<tol>",
            description = "Relative (and absolute) tolerance on the coupling signals per step, for variable"
                    + " (default: 1e-4).")
    double tolerance;

    @Option(names = "--step-multiple", paramLabel = "component=n",
            description = "Multi-rate: the component steps every n base steps (repeatable).")
    Map<String, Integer> stepMultiples = new LinkedHashMap<>();

    @Option(names = "--record", split = ",", paramLabel = "component.variable",
            description = "Variables to write (default: every output of every component).")
    List<String> record = new ArrayList<>();

    @Option(names = "--out", defaultValue = "results", paramLabel = "<folder>",
            description = "Folder for results.csv, the plots and summary.json (default: results).")
    Path out;

    @Option(names = "--change", paramLabel = "component.variable=value@time",
            description = "Set an input that no connection feeds to a value before the first step starting at or"
                    + " after the time [s] (repeatable).")
    List<String> changes = new ArrayList<>();

    @CommandLine.Mixin
    ResultOptions results = new ResultOptions();

    @CommandLine.Mixin
    HostingOptions hosting = new HostingOptions();

    @Option(names = "--sweep", paramLabel = "<csv|json>",
            description = "Run one variant per row (CSV: header of component.parameter names) or object (JSON"
                    + " array), --threads at a time, each into <out>/variant-<n>/results.csv.")
    Path sweep;

    static final class AlgorithmConverter implements CommandLine.ITypeConverter<AlgorithmChoice> {
        @Override
        public AlgorithmChoice convert(String value) {
            return AlgorithmChoice.parse(value);
        }
    }

    @Override
    public Integer call() {
        try (SystemStructure structure = SspLoader.load(systemFile)) {
            double startTime = start != null ? start : structure.startTime().orElse(0);
            if (stop == null && structure.stopTime().isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give --stop: " + systemFile
                        + " has no DefaultExperiment stopTime");
            }
            double stopTime = stop != null ? stop : structure.stopTime().getAsDouble();
            FixedStepExperiment experiment = experiment(startTime, stopTime);
            hosting.check(spec, structure.components().stream().map(SspComponent::name).toList());
            results.check(spec, true);
            changes.forEach(change -> ChangeArgument.parse(change, spec));
            if (sweep != null) {
                return sweep(structure, experiment);
            }
            long steps = runOnce(structure, Map.of(), experiment, threads, out);
            spec.commandLine().getOut().printf("%s: %d steps with %s from %s s to %s s; results: %s%n",
                    systemFile, steps, algorithmName(), startTime, stopTime, out);
            return 0;
        }
    }

    /** One complete run: its own FMU instances (each timed, hosted as asked), every result file into {@code folder}. */
    private long runOnce(SystemStructure structure, Map<String, Map<String, String>> parameters,
            FixedStepExperiment experiment, int jacobiThreads, Path folder) {
        Map<TimedFmuInstance, String> timed = new LinkedHashMap<>();
        try (FmuLauncher launcher = new FmuLauncher(hosting.callTimeout());
                LoadedSystem loaded = structure.load(stepMultiples, parameters, (fmu, name) -> {
                    FmuHosting where = outOfProcessInFile(structure, name) ? FmuHosting.CHILD_PROCESS
                            : hosting.hostingOf(name);
                    TimedFmuInstance instance = new TimedFmuInstance(launcher.instantiate(fmu, name, where));
                    timed.put(instance, where.name());
                    return instance;
                });
                MasterAlgorithm chosen = algorithm(loaded.system(), experiment, jacobiThreads)) {
            CoupledSystem system = loaded.system();
            RealTimePacer pacer = realTimeFactor == null ? RealTimePacer.unpaced() : new RealTimePacer(realTimeFactor);
            ResultOptions.Files files = new ResultOptions.Files(folder.resolve("results.csv"), folder,
                    folder.resolve(ResultOptions.SUMMARY_JSON));
            List<StepObserver> observers = results.observers(spec, files, systemFile.getFileName().toString(),
                    experiment.startTime(), experiment.stopTime(), sweep != null, List.of(), file -> new RunSummaryWriter(file,
                            List.of(systemFile), experiment.startTime(), experiment.stopTime(), experiment.stepSize(),
                            algorithmName(), timed, System::nanoTime));
            return new SystemRun(system, chosen, experiment.startTime(), experiment.stopTime(), recorded(system),
                    observers, pacer, inputChanges(system)).run();
        }
    }

    /** Whether the system file's own annotation asks for the component to run in a child process. */
    private static boolean outOfProcessInFile(SystemStructure structure, String component) {
        return structure.components().stream().anyMatch(c -> c.name().equals(component) && c.outOfProcess());
    }

    /** @throws CommandLine.ParameterException when a change names an input that a connection feeds */
    private List<ComponentInputChange> inputChanges(CoupledSystem system) {
        List<ComponentInputChange> list = new ArrayList<>();
        for (String text : changes) {
            ChangeArgument change = ChangeArgument.parse(text, spec);
            Connector connector = connector("--change", change.name());
            Component component = system.component(connector.component());
            FmuVariable variable = component.variable(connector.variable());
            if (system.linksInto(component).stream().anyMatch(link -> link.input().equals(variable))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--change " + change.name()
                        + ": a connection feeds this input, and would overwrite the change at the next step");
            }
            list.add(new ComponentInputChange(component, new InputChange(change.time(), variable, change.value())));
        }
        return list;
    }

    /** The variants run --threads at a time, each single-threaded; exit code 1 when any failed. */
    private int sweep(SystemStructure structure, FixedStepExperiment experiment) {
        SweepTable table = SweepTable.read(sweep);
        int digits = String.valueOf(table.variants().size()).length();
        List<ParameterSweep.Outcome> outcomes = ParameterSweep.run(table, threads, (number, values) -> runOnce(
                structure, SweepTable.byComponent(values), experiment, 1,
                out.resolve(String.format("variant-%0" + digits + "d", number))));
        PrintWriter print = spec.commandLine().getOut();
        for (ParameterSweep.Outcome outcome : outcomes) {
            if (outcome.succeeded()) {
                print.printf("variant %d %s: %d steps%n", outcome.number(), table.variants().get(outcome.number()
                        - 1), outcome.steps());
            } else {
                spec.commandLine().getErr().printf("drivetwin run: variant %d %s failed: %s%n", outcome.number(),
                        table.variants().get(outcome.number() - 1), outcome.failure());
            }
        }
        long failed = outcomes.stream().filter(o -> !o.succeeded()).count();
        print.printf("%s: %d variants with %s, %d failed; results under %s%n", systemFile, outcomes.size(),
                algorithmName(), failed, out);
        return failed == 0 ? 0 : 1;
    }

    private String algorithmName() {
        return switch (algorithm) {
            case jacobi -> "jacobi";
            case gaussSeidel -> "gauss-seidel";
            case variable -> "variable";
        };
    }

    private FixedStepExperiment experiment(double startTime, double stopTime) {
        try {
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
            }
            if (realTimeFactor != null && !(realTimeFactor > 0)) {
                throw new IllegalArgumentException("--real-time-factor must be positive, was " + realTimeFactor);
            }
            return new FixedStepExperiment(startTime, stopTime, step);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private MasterAlgorithm algorithm(CoupledSystem system, FixedStepExperiment experiment, int jacobiThreads) {
        return switch (algorithm) {
            case jacobi -> new JacobiAlgorithm(system, experiment, jacobiThreads);
            case gaussSeidel -> new GaussSeidelAlgorithm(system, experiment);
            case variable -> new VariableStepAlgorithm(system, new VariableStepParameters(step, step * 1e-6,
                    Math.max(step, (experiment.stopTime() - experiment.startTime()) / 10), tolerance, tolerance));
        };
    }

    /**
     * The --record variables (default: every output that is a number), then any other variable a plot or the
     * report needs.
     */
    private List<RecordedVariable> recorded(CoupledSystem system) {
        List<RecordedVariable> recorded = new ArrayList<>();
        if (record.isEmpty()) {
            for (Component component : system.components()) {
                for (FmuVariable variable : component.instance().variables()) {
                    if (variable.isOutput() && variable.kind() != FmuVariable.VariableKind.STRING) {
                        recorded.add(new RecordedVariable(component, variable));
                    }
                }
            }
        }
        List<String> names = new ArrayList<>(record.stream().map(String::strip).toList());
        names.addAll(results.neededVariables());
        for (String name : names) {
            Connector connector = connector("--record", name);
            Component component = system.component(connector.component());
            RecordedVariable variable = new RecordedVariable(component, component.variable(connector.variable()));
            if (!recorded.contains(variable)) {
                recorded.add(variable);
            }
        }
        return recorded;
    }

    private Connector connector(String option, String name) {
        try {
            return ConnectionSource.parse(name);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " " + e.getMessage());
        }
    }
}
