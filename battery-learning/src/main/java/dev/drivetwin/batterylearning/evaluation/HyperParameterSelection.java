package dev.drivetwin.batterylearning.evaluation;

import dev.drivetwin.batterylearning.data.NasaCycle;
import dev.drivetwin.batterylearning.physics.FadeLawForm;
import dev.drivetwin.batterylearning.training.TrainingSettings;
import dev.drivetwin.fmubattery.residual.FeatureSet;
import dev.drivetwin.fmubattery.residual.ModelKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Chooses the fade law's form and each ensemble's hyper-parameters by the RMSE on validation cycles taken from
 * the training data only, never from the test cycles:
 * <ul>
 * <li>chronological: the last 20 % of the training cycles, everything refitted on the first 80 % (the same kind
 * of extrapolation in cycle number as the real test);</li>
 * <li>cross-cell: leave one training cell out, each way, RMSE averaged.</li>
 * </ul>
 * The fade law's form is chosen first (by the law's own validation RMSE), the networks then with it. Ties go to the
 * earlier candidate.
 */
public final class HyperParameterSelection {
    /** The fade law's forms, simplest first (ties go to it). */
    public static final List<FadeLawForm> FADE_LAWS = List.of(FadeLawForm.values());
    /** Small tanh networks, Adam at 0.01, five members; widths, training length and weight decay to choose. */
    public static final List<TrainingSettings> CANDIDATES = List.of(
            new TrainingSettings(List.of(8), 300, 0.01, 0, 5, 1),
            new TrainingSettings(List.of(8), 1000, 0.01, 0, 5, 1),
            new TrainingSettings(List.of(8), 1000, 0.01, 0.01, 5, 1),
            new TrainingSettings(List.of(16), 300, 0.01, 0, 5, 1),
            new TrainingSettings(List.of(16), 1000, 0.01, 0, 5, 1),
            new TrainingSettings(List.of(16, 16), 300, 0.01, 0, 5, 1),
            new TrainingSettings(List.of(16, 16), 1000, 0.01, 0, 5, 1));
    /** Share of the training cycles kept for validation in the chronological case. */
    public static final double VALIDATION_SHARE = 0.2;

    private HyperParameterSelection() {
    }

    /**
     * Candidates with their validation RMSE [C], best first.
     *
     * @param what names the choice in {@link #table()}
     */
    public record Ranking<T>(String what, List<T> candidates, List<Double> rmse, Function<T, String> describe) {
        public T best() {
            return candidates.get(0);
        }

        public String table() {
            StringBuilder s = new StringBuilder("| " + what + " | validation RMSE [Ah] |\n|---|---|\n");
            for (int k = 0; k < candidates.size(); k++) {
                s.append(String.format(Locale.ROOT, "| %s%s | %.4f |%n", describe.apply(candidates.get(k)),
                        k == 0 ? " (chosen)" : "", rmse.get(k) / 3600));
            }
            return s.toString();
        }
    }

    private static String describe(TrainingSettings s) {
        return s.hiddenWidths() + ", " + s.epochs() + " epochs, decay " + s.weightDecay();
    }

    public static Ranking<FadeLawForm> fadeLaw(String label, List<NasaCycle> training) {
        return rank("fade law", FADE_LAWS, form -> CapacityExperiment.scorePhysics(
                validationSetup(label, training, form)).rmse(), FadeLawForm::name);
    }

    public static Ranking<FadeLawForm> fadeLawAcrossCells(String label, List<List<NasaCycle>> cells) {
        return rank("fade law", FADE_LAWS, form -> validationFolds(label, cells, form).stream()
                .mapToDouble(f -> CapacityExperiment.scorePhysics(f).rmse()).average().orElseThrow(),
                FadeLawForm::name);
    }

    public static Ranking<TrainingSettings> network(String label, List<NasaCycle> training, FadeLawForm form,
            ModelKind kind, FeatureSet featureSet) {
        CapacityExperiment.Setup setup = validationSetup(label, training, form);
        return rank(kind + " network", CANDIDATES, c -> CapacityExperiment.score(setup, kind, featureSet, c).rmse(),
                HyperParameterSelection::describe);
    }

    public static Ranking<TrainingSettings> networkAcrossCells(String label, List<List<NasaCycle>> cells,
            FadeLawForm form, ModelKind kind, FeatureSet featureSet) {
        List<CapacityExperiment.Setup> folds = validationFolds(label, cells, form);
        return rank(kind + " network", CANDIDATES, c -> folds.stream()
                .mapToDouble(f -> CapacityExperiment.score(f, kind, featureSet, c).rmse()).average().orElseThrow(),
                HyperParameterSelection::describe);
    }

    /** Everything refitted on the first 80 % of {@code training}, scored on the rest. */
    static CapacityExperiment.Setup validationSetup(String label, List<NasaCycle> training, FadeLawForm form) {
        return CapacityExperiment.chronologicalSetup(label + " validation",
                Split.chronological(training, 1 - VALIDATION_SHARE), form);
    }

    /** One fold per cell: trained on the others, scored on it. */
    static List<CapacityExperiment.Setup> validationFolds(String label, List<List<NasaCycle>> cells,
            FadeLawForm form) {
        List<CapacityExperiment.Setup> folds = new ArrayList<>();
        for (int held = 0; held < cells.size(); held++) {
            List<List<NasaCycle>> rest = new ArrayList<>(cells);
            List<NasaCycle> validation = rest.remove(held);
            folds.add(CapacityExperiment.crossCellSetup(label + " validation", rest, validation, form));
        }
        return folds;
    }

    private static <T> Ranking<T> rank(String what, List<T> candidates, ToDoubleFunction<T> score,
            Function<T, String> describe) {
        List<Double> values = candidates.stream().map(score::applyAsDouble).toList();
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            order.add(k);
        }
        order.sort(Comparator.comparingDouble(values::get));
        return new Ranking<>(what, order.stream().map(candidates::get).toList(),
                order.stream().map(values::get).toList(), describe);
    }
}
