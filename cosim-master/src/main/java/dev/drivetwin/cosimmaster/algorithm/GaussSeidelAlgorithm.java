package dev.drivetwin.cosimmaster.algorithm;

import dev.drivetwin.cosimmaster.execution.FixedStepExperiment;
import dev.drivetwin.cosimmaster.system.Component;
import dev.drivetwin.cosimmaster.system.CoupledSystem;
import java.util.List;

/**
 * Fixed-step Gauss-Seidel: the components step one after another in {@link CoupledSystem#gaussSeidelOrder()}, each
 * receiving its inputs just before it steps, so a component fed by one that already stepped sees that one's outputs
 * at the end of the step. The error is still first order (the first component of a loop sees old values), with a
 * smaller constant than Jacobi. Multi-rate through each component's step multiple. Not thread-safe.
 */
public final class GaussSeidelAlgorithm extends FixedStepAlgorithm {

    public GaussSeidelAlgorithm(CoupledSystem system, FixedStepExperiment experiment) {
        super(system, experiment);
    }

    @Override
    public String name() {
        return "gauss-seidel";
    }

    @Override
    void step(double time, MultiRateSchedule.DueSteps due) {
        for (int i = 0; i < due.count(); i++) {
            system.transferInto(due.component(i), time);
            due.component(i).doStep(time, due.stepSize(i));
        }
    }

    /** One sweep of every component by {@code stepSize}, for algorithms that choose their own steps. */
    static void sweep(CoupledSystem system, List<Component> order, double time, double stepSize) {
        for (Component component : order) {
            system.transferInto(component, time);
            component.doStep(time, stepSize);
        }
    }
}
