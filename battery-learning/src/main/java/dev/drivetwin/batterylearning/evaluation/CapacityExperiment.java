package dev.drivetwin.batterylearning.evaluation;

import dev.drivetwin.batterylearning.data.NasaCycle;
import dev.drivetwin.batterylearning.physics.PowerLawFit;
import dev.drivetwin.batterylearning.training.ResidualModelTrainer;
import dev.drivetwin.batterylearning.training.TrainingSettings;
import dev.drivetwin.fmubattery.residual.CapacityEstimate;
import dev.drivetwin.fmubattery.residual.HybridCapacityModel;
import dev.drivetwin.fmubattery.residual.ModelKind;
import dev.drivetwin.fmubattery.residual.PowerLawFade;
import dev.drivetwin.fmubattery.residual.ResidualModel;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Trains the fade law, the data-only and the hybrid model on training cycles and scores them on test cycles that
 * they never see. Two settings of the fade law:
 * <ul>
 * <li>{@link #chronological}: one cell; C0, a and z fitted to its training cycles;</li>
 * <li>{@link #crossCell}: a and z fitted to the training cells' capacities relative to each one's first cycle;
 * the test cell's law is that shape scaled by its own first-cycle capacity, the one measurement of the test cell
 * used (as a check of a new cell would give), and cycle 1 is left out of its scores.</li>
 * </ul>
 * Predictions go through fmu-battery's pure-Java {@link HybridCapacityModel}, the code the FMU runs.
 */
public final class CapacityExperiment {
    private CapacityExperiment() {
    }

    /**
     * What one experiment trains on and is scored on.
     *
     * @param law the fade law the models apply to the test cycles
     * @param physics C_physics of each training cycle [C]
     */
    record Setup(String label, List<NasaCycle> training, List<NasaCycle> test, PowerLawFade law, double[] physics) {
    }

    public static Comparison chronological(String label, Split split, OptionalDouble fadeExponent,
            TrainingSettings hybridSettings, TrainingSettings dataOnlySettings) {
        return compare(chronologicalSetup(label, split, fadeExponent), hybridSettings, dataOnlySettings);
    }

    public static Comparison crossCell(String label, List<List<NasaCycle>> trainingCells, List<NasaCycle> testCell,
            OptionalDouble fadeExponent, TrainingSettings hybridSettings, TrainingSettings dataOnlySettings) {
        return compare(crossCellSetup(label, trainingCells, testCell, fadeExponent), hybridSettings,
                dataOnlySettings);
    }

    /** @param fadeExponent the fade law's z if fixed, else fitted with C0 and a */
    static Setup chronologicalSetup(String label, Split split, OptionalDouble fadeExponent) {
        List<NasaCycle> training = split.training();
        PowerLawFade law = PowerLawFit.fit(cycleNumbers(training), capacities(training), fadeExponent);
        return new Setup(label, training, split.test(), law, physics(law, training));
    }

    static Setup crossCellSetup(String label, List<List<NasaCycle>> trainingCells, List<NasaCycle> testCell,
            OptionalDouble fadeExponent) {
        List<NasaCycle> training = new ArrayList<>();
        List<Double> relative = new ArrayList<>();
        for (List<NasaCycle> cell : trainingCells) {
            for (NasaCycle c : cell) {
                training.add(c);
                relative.add(c.capacity() / cell.get(0).capacity());
            }
        }
        PowerLawFade shape = PowerLawFit.fitRelative(cycleNumbers(training),
                relative.stream().mapToDouble(Double::doubleValue).toArray(), 1, fadeExponent);
        double[] physics = new double[training.size()];
        int k = 0;
        for (List<NasaCycle> cell : trainingCells) {
            PowerLawFade law = scaled(shape, cell.get(0).capacity());
            for (NasaCycle c : cell) {
                physics[k++] = law.capacity(c.conditions().cycleNumber());
            }
        }
        return new Setup(label, training, testCell.subList(1, testCell.size()),
                scaled(shape, testCell.get(0).capacity()), physics);
    }

    private static PowerLawFade scaled(PowerLawFade shape, double initialCapacity) {
        return new PowerLawFade(initialCapacity, shape.coefficient(), shape.exponent());
    }

    private static Comparison compare(Setup setup, TrainingSettings hybridSettings,
            TrainingSettings dataOnlySettings) {
        double[] measured = capacities(setup.test());
        List<CapacityEstimate> hybrid = estimates(train(setup, ModelKind.HYBRID, hybridSettings), setup.test());
        List<CapacityEstimate> dataOnly = estimates(train(setup, ModelKind.DATA_ONLY, dataOnlySettings),
                setup.test());
        double uncertainty = hybrid.stream().mapToDouble(CapacityEstimate::uncertainty).average().orElse(0);
        return new Comparison(setup.label(), setup.training().size(), setup.test().size(),
                Metrics.of(measured, column(hybrid, true)), Metrics.of(measured, column(dataOnly, false)),
                Metrics.of(measured, column(hybrid, false)), uncertainty, hybridSettings, dataOnlySettings);
    }

    /** The test-cycle metrics of one model kind alone (what hyper-parameter selection compares). */
    static Metrics scorePhysics(Setup setup) {
        return Metrics.of(capacities(setup.test()), physics(setup.law(), setup.test()));
    }

    static Metrics score(Setup setup, ModelKind kind, TrainingSettings settings) {
        return Metrics.of(capacities(setup.test()), column(estimates(train(setup, kind, settings), setup.test()),
                false));
    }

    static ResidualModel train(Setup setup, ModelKind kind, TrainingSettings settings) {
        String source = setup.label() + ": " + kind + " model trained on " + setup.training().size() + " cycles of "
                + cells(setup.training()) + " (NASA PCoE, B. Saha and K. Goebel 2007), " + settings;
        return ResidualModelTrainer.train(setup.training(), setup.physics(), setup.law(), kind, settings, source);
    }

    /** The pure-Java model's estimate for each cycle. */
    public static List<CapacityEstimate> estimates(ResidualModel model, List<NasaCycle> cycles) {
        HybridCapacityModel evaluator = new HybridCapacityModel(model);
        return cycles.stream().map(c -> evaluator.estimate(c.conditions())).toList();
    }

    private static double[] column(List<CapacityEstimate> estimates, boolean physics) {
        return estimates.stream().mapToDouble(e -> physics ? e.physicsCapacity() : e.capacity()).toArray();
    }

    static double[] physics(PowerLawFade law, List<NasaCycle> cycles) {
        return cycles.stream().mapToDouble(c -> law.capacity(c.conditions().cycleNumber())).toArray();
    }

    static double[] cycleNumbers(List<NasaCycle> cycles) {
        return cycles.stream().mapToDouble(c -> c.conditions().cycleNumber()).toArray();
    }

    static double[] capacities(List<NasaCycle> cycles) {
        return cycles.stream().mapToDouble(NasaCycle::capacity).toArray();
    }

    private static String cells(List<NasaCycle> cycles) {
        return String.join("+", cycles.stream().map(NasaCycle::cellName).distinct().toList());
    }
}
