package dev.drivetwin.cosimmaster.algorithm;

import dev.drivetwin.cosimmaster.execution.FixedStepExperiment;
import dev.drivetwin.cosimmaster.system.Component;
import dev.drivetwin.cosimmaster.system.CoupledSystem;
import java.util.List;

/**
 * What Jacobi and Gauss-Seidel share: the fixed-step, multi-rate schedule. Each {@link #advance} finds the base step
 * that starts at {@code time}, the components due there (in {@link CoupledSystem#gaussSeidelOrder()}) and their step
 * sizes, lets the subclass exchange inputs and step them, and returns the next base step's time. The two differ
 * only in when the due components get their inputs. Not thread-safe.
 */
abstract class FixedStepAlgorithm implements MasterAlgorithm {
    final CoupledSystem system;
    private final MultiRateSchedule schedule;
    private final List<Component> order;
    private final MultiRateSchedule.DueSteps due;

    FixedStepAlgorithm(CoupledSystem system, FixedStepExperiment experiment) {
        this.system = system;
        this.schedule = new MultiRateSchedule(experiment);
        this.order = system.gaussSeidelOrder();
        this.due = new MultiRateSchedule.DueSteps(order.size());
    }

    @Override
    public final double advance(double time, double stopTime) {
        long k = schedule.stepAt(time);
        schedule.due(k, order, due);
        step(time, due);
        return Math.min(schedule.experiment().time(k + 1), stopTime);
    }

    /**
     * Transfers the inputs into the due components and steps each by its step size, all from {@code time}.
     *
     * @param due the components due at this base step, in Gauss-Seidel order; reused on the next call
     */
    abstract void step(double time, MultiRateSchedule.DueSteps due);
}
