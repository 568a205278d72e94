package dev.drivetwin.cosimmaster.algorithm;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.system.Component;
import dev.drivetwin.cosimmaster.system.CoupledSystem;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauss-Seidel with step-size control by step doubling. From a saved state of every FMU it takes one step h, reads
 * every coupling signal (y_h), restores the state, takes two steps h/2 (y_h/2) and keeps those. Gauss-Seidel with
 * held inputs has a local error of order h², so y_h - y_h/2 estimates it, and the next step is scaled by
 * 0.9 / sqrt(error) (between 0.2 and 2 times). A step whose error exceeds the tolerance is rejected: every FMU is
 * restored and the step retried smaller. Every FMU must therefore support fmi2GetFMUstate/fmi2SetFMUstate; the
 * constructor refuses a system with one that does not. All components step together (step multiples are ignored).
 * Not thread-safe.
 */
public final class VariableStepAlgorithm implements MasterAlgorithm {
    private static final Logger LOG = LoggerFactory.getLogger(VariableStepAlgorithm.class);
    private static final double SAFETY = 0.9;
    private static final double MAX_GROWTH = 2;
    private static final double MAX_SHRINK = 0.2;

    private final CoupledSystem system;
    private final VariableStepParameters parameters;
    private final List<Component> order;
    private final List<CoupledSystem.Link> links;
    private final long[] states;
    private double step;
    private long rejected;

    /** @throws MasterException STATE_NOT_SUPPORTED naming every component that cannot get and set its state */
    public VariableStepAlgorithm(CoupledSystem system, VariableStepParameters parameters) {
        List<String> stateless = system.components().stream().filter(c -> !c.instance().canGetAndSetState())
                .map(c -> "'" + c.name() + "'").toList();
        if (!stateless.isEmpty()) {
            throw new MasterException(MasterError.STATE_NOT_SUPPORTED, system.name(), "variable",
                    String.join(", ", stateless));
        }
        this.system = system;
        this.parameters = parameters;
        this.order = system.gaussSeidelOrder();
        this.links = system.links();
        this.states = new long[order.size()];
        this.step = parameters.initialStep();
    }

    @Override
    public String name() {
        return "variable";
    }

    /** Steps rejected so far. */
    public long rejectedSteps() {
        return rejected;
    }

    @Override
    public double advance(double time, double stopTime) {
        save(time);
        try {
            while (true) {
                double h = Math.min(step, stopTime - time);
                double error = trial(time, h);
                double scale = error == 0 ? MAX_GROWTH
                        : Math.min(MAX_GROWTH, Math.max(MAX_SHRINK, SAFETY / Math.sqrt(error)));
                if (error <= 1) {
                    step = Math.min(parameters.maxStep(), h * scale);
                    return h == stopTime - time ? stopTime : time + h;
                }
                rejected++;
                LOG.debug("t = {} s: step {} s rejected, error {}", time, h, error);
                if (h <= parameters.minStep()) {
                    throw new MasterException(MasterError.STEP_TOO_SMALL, system.name(), Double.toString(time),
                            Double.toString(error), Double.toString(parameters.minStep()));
                }
                step = Math.max(parameters.minStep(), h * Math.min(scale, SAFETY));
                restore(time);
            }
        } finally {
            release(time);
        }
    }

    /** One step h, then restore and two steps h/2; returns the scaled error, the FMUs left after the half steps. */
    private double trial(double time, double h) {
        GaussSeidelAlgorithm.sweep(system, order, time, h);
        double[] whole = couplingSignals(time + h);
        restore(time);
        GaussSeidelAlgorithm.sweep(system, order, time, h / 2);
        GaussSeidelAlgorithm.sweep(system, order, time + h / 2, h / 2);
        double[] halves = couplingSignals(time + h);
        double error = 0;
        for (int i = 0; i < whole.length; i++) {
            double scale = parameters.absoluteTolerance() + parameters.relativeTolerance() * Math.abs(halves[i]);
            error = Math.max(error, Math.abs(whole[i] - halves[i]) / scale);
        }
        return error;
    }

    private double[] couplingSignals(double time) {
        double[] values = new double[links.size()];
        for (int i = 0; i < values.length; i++) {
            CoupledSystem.Link link = links.get(i);
            values[i] = link.source().read(link.output(), time);
        }
        return values;
    }

    private void save(double time) {
        for (int i = 0; i < states.length; i++) {
            states[i] = order.get(i).saveState(time);
        }
    }

    private void restore(double time) {
        for (int i = 0; i < states.length; i++) {
            order.get(i).restoreState(states[i], time);
        }
    }

    private void release(double time) {
        for (int i = 0; i < states.length; i++) {
            if (states[i] != 0) {
                order.get(i).releaseState(states[i], time);
                states[i] = 0;
            }
        }
    }
}
