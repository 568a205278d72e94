package dev.drivetwin.batterylearning.evaluation;

import dev.drivetwin.batterylearning.data.NasaCycle;
import dev.drivetwin.batterylearning.physics.CellHistory;
import dev.drivetwin.batterylearning.physics.FadeLawForm;
import dev.drivetwin.batterylearning.physics.RestRecoveryFit;
import dev.drivetwin.batterylearning.training.ResidualModelTrainer;
import dev.drivetwin.batterylearning.training.TrainingSettings;
import dev.drivetwin.fmubattery.residual.CapacityEstimate;
import dev.drivetwin.fmubattery.residual.FeatureSet;
import dev.drivetwin.fmubattery.residual.HybridCapacityModel;
import dev.drivetwin.fmubattery.residual.ModelKind;
import dev.drivetwin.fmubattery.residual.ResidualModel;
import dev.drivetwin.fmubattery.residual.RestRecoveryFade;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Trains the fade law, the data-only and the hybrid model on training cycles and scores them on test cycles that
 * they never see. Two settings of the fade law:
 * <ul>
 * <li>{@link #chronological}: one cell; the law fitted to its training cycles, then run on through the test
 * cycles' rest schedule (an open-loop forecast: no measured test capacity enters it);</li>
 * <li>{@link #crossCell}: the law's shape fitted to the training cells, each from its own first capacity; the test
 * cell's law starts at its own first-cycle capacity, the one measurement of the test cell used (as a check of a new
 * cell would give), and cycle 1 is left out of its scores.</li>
 * </ul>
 * Predictions go through fmu-battery's pure-Java {@link HybridCapacityModel}, the code the FMU runs, fed the test
 * cell's cycles from cycle 1 in order, since the law's recovery depends on every earlier rest.
 */
public final class CapacityExperiment {
    private CapacityExperiment() {
    }

    /**
     * What one experiment trains on and is scored on.
     *
     * @param testHistory the test cell's cycles before the first test cycle (their rests drive the law)
     * @param law the fade law of the test cell
     * @param physics C_physics of each training cycle [C], from its own cell's law
     */
    record Setup(String label, List<NasaCycle> training, List<NasaCycle> testHistory, List<NasaCycle> test,
            RestRecoveryFade law, double[] physics) {
    }

    public static Comparison chronological(String label, Split split, FadeLawForm form, FeatureSet featureSet,
            TrainingSettings hybridSettings, TrainingSettings dataOnlySettings) {
        return compare(chronologicalSetup(label, split, form),
                List.of(HyperParameterSelection.validationSetup(label, split.training(), form)), featureSet,
                hybridSettings, dataOnlySettings);
    }

    public static Comparison crossCell(String label, List<List<NasaCycle>> trainingCells, List<NasaCycle> testCell,
            FadeLawForm form, FeatureSet featureSet, TrainingSettings hybridSettings,
            TrainingSettings dataOnlySettings) {
        return compare(crossCellSetup(label, trainingCells, testCell, form),
                HyperParameterSelection.validationFolds(label, trainingCells, form), featureSet, hybridSettings,
                dataOnlySettings);
    }

    static Setup chronologicalSetup(String label, Split split, FadeLawForm form) {
        List<NasaCycle> training = split.training();
        RestRecoveryFade law = RestRecoveryFit.fit(history(training), form);
        return new Setup(label, training, training, split.test(), law, law.capacities(restTimes(training)));
    }

    static Setup crossCellSetup(String label, List<List<NasaCycle>> trainingCells, List<NasaCycle> testCell,
            FadeLawForm form) {
        RestRecoveryFade shape = RestRecoveryFit.fitShape(trainingCells.stream().map(CapacityExperiment::history)
                .toList(), form);
        List<NasaCycle> training = new ArrayList<>();
        double[] physics = new double[trainingCells.stream().mapToInt(List::size).sum()];
        int k = 0;
        for (List<NasaCycle> cell : trainingCells) {
            training.addAll(cell);
            for (double c : shape.scaledTo(cell.get(0).capacity()).capacities(restTimes(cell))) {
                physics[k++] = c;
            }
        }
        return new Setup(label, training, testCell.subList(0, 1), testCell.subList(1, testCell.size()),
                shape.scaledTo(testCell.get(0).capacity()), physics);
    }

    /** @param validation where the hybrid's uncertainty is calibrated ({@link UncertaintyCalibration}) */
    private static Comparison compare(Setup setup, List<Setup> validation, FeatureSet featureSet,
            TrainingSettings hybridSettings, TrainingSettings dataOnlySettings) {
        double[] measured = capacities(setup.test());
        double scale = UncertaintyCalibration.fit(validation, ModelKind.HYBRID, featureSet, hybridSettings);
        List<CapacityEstimate> hybrid = testEstimates(setup, train(setup, ModelKind.HYBRID, featureSet,
                hybridSettings).withUncertaintyScale(scale));
        List<CapacityEstimate> dataOnly = testEstimates(setup, train(setup, ModelKind.DATA_ONLY, featureSet,
                dataOnlySettings));
        double[] predicted = column(hybrid, false);
        double[] sigma = hybrid.stream().mapToDouble(CapacityEstimate::uncertainty).toArray();
        double[] spread = Arrays.stream(sigma).map(u -> u / scale).toArray();
        return new Comparison(setup.label(), setup.training().size(), setup.test().size(),
                Metrics.of(measured, column(hybrid, true)), Metrics.of(measured, column(dataOnly, false)),
                Metrics.of(measured, predicted), scale, IntervalCoverage.of(measured, predicted, spread),
                IntervalCoverage.of(measured, predicted, sigma), hybridSettings, dataOnlySettings);
    }

    /** The fade law's test-cycle metrics alone (what the choice of law compares). */
    static Metrics scorePhysics(Setup setup) {
        List<NasaCycle> cell = new ArrayList<>(setup.testHistory());
        cell.addAll(setup.test());
        double[] all = setup.law().capacities(restTimes(cell));
        double[] test = Arrays.copyOfRange(all, setup.testHistory().size(), all.length);
        return Metrics.of(capacities(setup.test()), test);
    }

    static Metrics score(Setup setup, ModelKind kind, FeatureSet featureSet, TrainingSettings settings) {
        return Metrics.of(capacities(setup.test()), column(testEstimates(setup, train(setup, kind, featureSet,
                settings)), false));
    }

    static ResidualModel train(Setup setup, ModelKind kind, FeatureSet featureSet, TrainingSettings settings) {
        String source = setup.label() + ": " + kind + " model (" + featureSet + " inputs) trained on "
                + setup.training().size() + " cycles of " + cells(setup.training())
                + " (NASA PCoE, B. Saha and K. Goebel 2007), " + settings;
        return ResidualModelTrainer.train(setup.training(), setup.physics(), setup.law(), kind, featureSet, settings,
                source);
    }

    static List<CapacityEstimate> testEstimates(Setup setup, ResidualModel model) {
        List<NasaCycle> cell = new ArrayList<>(setup.testHistory());
        cell.addAll(setup.test());
        List<CapacityEstimate> all = estimates(model, cell);
        return all.subList(setup.testHistory().size(), all.size());
    }

    /** The pure-Java model's estimate for each cycle of one cell, given from its cycle 1 in order. */
    public static List<CapacityEstimate> estimates(ResidualModel model, List<NasaCycle> cycles) {
        HybridCapacityModel evaluator = new HybridCapacityModel(model);
        return cycles.stream().map(c -> evaluator.estimate(c.conditions())).toList();
    }

    private static double[] column(List<CapacityEstimate> estimates, boolean physics) {
        return estimates.stream().mapToDouble(e -> physics ? e.physicsCapacity() : e.capacity()).toArray();
    }

    /** One cell's rest schedule and capacities, for the fade law's fit. */
    public static CellHistory history(List<NasaCycle> cycles) {
        return new CellHistory(restTimes(cycles), capacities(cycles));
    }

    static double[] restTimes(List<NasaCycle> cycles) {
        return cycles.stream().mapToDouble(c -> c.conditions().restTime()).toArray();
    }

    static double[] capacities(List<NasaCycle> cycles) {
        return cycles.stream().mapToDouble(NasaCycle::capacity).toArray();
    }

    private static String cells(List<NasaCycle> cycles) {
        return String.join("+", cycles.stream().map(NasaCycle::cellName).distinct().toList());
    }
}
