package dev.drivetwin.batterylearning.cli;

import dev.drivetwin.batterylearning.data.NasaCycle;
import dev.drivetwin.batterylearning.data.NasaCycleTable;
import dev.drivetwin.batterylearning.evaluation.AttainableAccuracy;
import dev.drivetwin.batterylearning.evaluation.CapacityExperiment;
import dev.drivetwin.batterylearning.evaluation.Comparison;
import dev.drivetwin.batterylearning.evaluation.HyperParameterSelection;
import dev.drivetwin.batterylearning.evaluation.Split;
import dev.drivetwin.fmubattery.residual.ModelKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The comparisons of docs/validation.md: physics only, ML only and hybrid, on the chronological split of one cell
 * and on each cell with the other two as training cells; hyper-parameters chosen on validation data inside the
 * training cycles ({@link HyperParameterSelection}); for the chronological split also how close any model could come
 * ({@link AttainableAccuracy}).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Compare physics-only, ML-only and hybrid capacity models on held-out NASA cycles.")
final class EvaluateCommand implements Callable<Integer> {
    enum Experiment { CHRONOLOGICAL, CROSS_CELL, ALL }

    @Mixin
    DataOption data;
    @Option(names = "--experiment", defaultValue = "ALL", description = "CHRONOLOGICAL, CROSS_CELL or ALL")
    Experiment experiment;
    @Option(names = "--cell", defaultValue = "B0005", description = "cell of the chronological split")
    String cell;
    @Option(names = "--fraction", defaultValue = "0.8", description = "training share of the chronological split")
    double fraction;
    @Mixin
    FeaturesOption inputs;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        if (experiment != Experiment.CROSS_CELL) {
            chronological();
        }
        if (experiment != Experiment.CHRONOLOGICAL) {
            crossCell();
        }
        System.out.printf(Locale.ROOT, "%ntotal time %.1f s%n", (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private void chronological() {
        Split split = Split.chronological(data.cell(cell), fraction);
        String label = cell + " cycles 1-" + split.training().size() + " -> "
                + (split.training().size() + 1) + "-" + (split.training().size() + split.test().size());
        var law = HyperParameterSelection.fadeLaw(label, split.training());
        System.out.println(law.table());
        var hybrid = HyperParameterSelection.network(label, split.training(), law.best(), ModelKind.HYBRID,
                inputs.features);
        System.out.println(hybrid.table());
        var dataOnly = HyperParameterSelection.network(label, split.training(), law.best(),
                ModelKind.DATA_ONLY, inputs.features);
        System.out.println(dataOnly.table());
        Comparison c = CapacityExperiment.chronological(label, split, law.best(), inputs.features, hybrid.best(),
                dataOnly.best());
        System.out.println(c.table());
        System.out.println(AttainableAccuracy.chronological(split, law.best(), inputs.features).table(label));
    }

    private void crossCell() {
        List<Comparison> results = new ArrayList<>();
        for (String test : NasaCycleTable.CELLS) {
            List<List<NasaCycle>> training = new ArrayList<>();
            for (String other : NasaCycleTable.CELLS) {
                if (!other.equals(test)) {
                    training.add(data.cell(other));
                }
            }
            String label = "train on the other two cells, test on " + test;
            var law = HyperParameterSelection.fadeLawAcrossCells(label, training);
            var hybrid = HyperParameterSelection.networkAcrossCells(label, training, law.best(),
                    ModelKind.HYBRID, inputs.features);
            var dataOnly = HyperParameterSelection.networkAcrossCells(label, training, law.best(),
                    ModelKind.DATA_ONLY, inputs.features);
            System.out.println(law.table());
            System.out.println(hybrid.table());
            System.out.println(dataOnly.table());
            Comparison c = CapacityExperiment.crossCell(label, training, data.cell(test), law.best(), inputs.features,
                    hybrid.best(), dataOnly.best());
            System.out.println(c.table());
            results.add(c);
        }
        System.out.println("| test cell | physics RMSE [Ah] | ML RMSE [Ah] | hybrid RMSE [Ah] | hybrid settings |");
        System.out.println("|---|---|---|---|---|");
        for (int k = 0; k < results.size(); k++) {
            Comparison c = results.get(k);
            System.out.printf(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %s, %d epochs |%n",
                    NasaCycleTable.CELLS.get(k), c.physics().rmse() / 3600, c.dataOnly().rmse() / 3600,
                    c.hybrid().rmse() / 3600, c.hybridSettings().hiddenWidths(), c.hybridSettings().epochs());
        }
    }
}
