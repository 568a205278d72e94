package dev.drivetwin.batterylearning.evaluation;

import dev.drivetwin.batterylearning.LearningError;
import dev.drivetwin.batterylearning.LearningException;
import dev.drivetwin.batterylearning.data.NasaCycle;
import java.util.List;

/**
 * Cycles to train on and cycles to test on.
 *
 * @param training in cycle order
 * @param test in cycle order
 */
public record Split(List<NasaCycle> training, List<NasaCycle> test) {
    public Split {
        training = List.copyOf(training);
        test = List.copyOf(test);
    }

    /** The first {@code fraction} of the cycles (rounded down) to train on, the rest to test on, in order. */
    public static Split chronological(List<NasaCycle> cycles, double fraction) {
        int cut = (int) Math.floor(fraction * cycles.size());
        if (cut < 2 || cut >= cycles.size()) {
            throw new LearningException(LearningError.BAD_SPLIT, "a fraction of " + fraction + " of "
                    + cycles.size() + " cycles leaves " + cut + " to train on and " + (cycles.size() - cut)
                    + " to test on");
        }
        return new Split(cycles.subList(0, cut), cycles.subList(cut, cycles.size()));
    }
}
