package dev.drivetwin.cosimmaster.execution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * Scripted input changes in time order, each applied once, before the first step that starts at or after its time.
 * Generic over what a change is, so that a single FMU's changes ({@link InputChange}) and a system's (a component's
 * {@link InputChange}) share the bookkeeping. Not thread-safe.
 *
 * @param <C> one change
 */
public final class InputSchedule<C> {
    private final List<C> changes;
    private final ToDoubleFunction<C> timeOf;
    private final Consumer<C> apply;
    private int next;

    /**
     * @param changes in any order; equal times keep the given order
     * @param timeOf a change's time [s]
     * @param apply writes a change to its FMU
     */
    public InputSchedule(List<C> changes, ToDoubleFunction<C> timeOf, Consumer<C> apply) {
        List<C> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparingDouble(timeOf));
        this.changes = List.copyOf(sorted);
        this.timeOf = timeOf;
        this.apply = apply;
    }

    /** Applies the changes not yet applied whose time is at or before {@code time} [s], the start of a step. */
    public void applyDue(double time) {
        for (; next < changes.size() && timeOf.applyAsDouble(changes.get(next)) <= time; next++) {
            apply.accept(changes.get(next));
        }
    }
}
