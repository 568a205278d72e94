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

    public static Comparison chronological(String label, Split split, TrainingSettings hybridSettings,
            TrainingSettings dataOnlySettings) {
        List<NasaCycle> training = split.training();
        PowerLawFade law = PowerLawFit.fit(cycleNumbers(training), capacities(training));
        double[] physics = physics(law, training);
        return score(label, training, split.test(), law, physics, hybridSettings, dataOnlySettings);
    }

    public static Comparison crossCell(String label, List<List<NasaCycle>> trainingCells, List<NasaCycle> testCell,
            TrainingSettings hybridSettings, TrainingSettings dataOnlySettings) {
        List<NasaCycle> training = new ArrayList<>();
        List<Double> relative = new ArrayList<>();
        for (List<NasaCycle> cell : trainingCells) {
            for (NasaCycle c : cell) {
                training.add(c);
                relative.add(c.capacity() / cell.get(0).capacity());
            }
        }
        PowerLawFade shape = PowerLawFit.fitRelative(cycleNumbers(training),
                relative.stream().mapToDouble(Double::doubleValue).toArray(), 1);
        double[] physics = new double[training.size()];
        int k = 0;
        for (List<NasaCycle> cell : trainingCells) {
            PowerLawFade law = scaled(shape, cell.get(0).capacity());
            for (NasaCycle c : cell) {
                physics[k++] = law.capacity(c.conditions().cycleNumber());
            }
        }
        PowerLawFade testLaw = scaled(shape, testCell.get(0).capacity());
        return score(label, training, testCell.subList(1, testCell.size()), testLaw, physics, hybridSettings,
                dataOnlySettings);
    }

    private static PowerLawFade scaled(PowerLawFade shape, double initialCapacity) {
        return new PowerLawFade(initialCapacity, shape.coefficient(), shape.exponent());
    }

    private static Comparison score(String label, List<NasaCycle> training, List<NasaCycle> test, PowerLawFade law,
            double[] physics, TrainingSettings hybridSettings, TrainingSettings dataOnlySettings) {
        String source = label + ": " + training.size() + " training cycles of " + cells(training);
        ResidualModel hybrid = ResidualModelTrainer.train(training, physics, law, ModelKind.HYBRID, hybridSettings,
                source);
        ResidualModel dataOnly = ResidualModelTrainer.train(training, physics, law, ModelKind.DATA_ONLY,
                dataOnlySettings, source);
        double[] measured = capacities(test);
        List<CapacityEstimate> hybridEstimates = estimates(hybrid, test);
        List<CapacityEstimate> dataOnlyEstimates = estimates(dataOnly, test);
        double uncertainty = hybridEstimates.stream().mapToDouble(CapacityEstimate::uncertainty).average()
                .orElse(0);
        return new Comparison(label, training.size(), test.size(),
                Metrics.of(measured, column(hybridEstimates, true)), Metrics.of(measured,
                        column(dataOnlyEstimates, false)), Metrics.of(measured, column(hybridEstimates, false)),
                uncertainty, hybridSettings, dataOnlySettings);
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
