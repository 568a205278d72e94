package dev.drivetwin.benchmarks;

import dev.drivetwin.cosimmaster.algorithm.JacobiAlgorithm;
import dev.drivetwin.cosimmaster.algorithm.MasterAlgorithm;
import dev.drivetwin.cosimmaster.execution.FixedStepExperiment;
import dev.drivetwin.cosimmaster.system.Component;
import dev.drivetwin.cosimmaster.system.CoupledSystem;
import dev.drivetwin.cosimmaster.system.LoadedSystem;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import no.ntnu.ihb.fmi4j.FmiStatus;
import no.ntnu.ihb.fmi4j.importer.fmi2.CoSimulationSlave;
import no.ntnu.ihb.fmi4j.importer.fmi2.Fmu;

/**
 * Steps the two-mass system ({@link TwoMassSystem}) one communication step per {@link #step} call, initialised on
 * construction: {@link Master} with our {@link JacobiAlgorithm} on one thread, {@link Bare} with a hand-written
 * loop of FMI4j calls doing the same work in the same order. Both load the same .fmu files through FMI4j in this
 * JVM. Not thread-safe.
 */
public abstract class TwoMassStepper implements AutoCloseable {
    /** Communication step [s]: the oscillator's period is about 2 s, so 1 ms is a step a user would choose. */
    static final double STEP = 0.001;
    /** Far beyond any run's reach (1e9 steps), so that no step is ever cut short. */
    static final double STOP = 1e6;

    /** Who steps the system. */
    public enum Kind { MASTER, BARE }

    static TwoMassStepper open(Kind kind) {
        return kind == Kind.MASTER ? new Master() : new Bare();
    }

    /** One communication step; returns the time reached, so that nothing is dead code. */
    abstract double step();

    @Override
    public abstract void close();

    /** Our master: Jacobi on the caller's thread over the system as {@code drivetwin run} loads it. */
    static final class Master extends TwoMassStepper {
        private final LoadedSystem loaded = TwoMassSystem.load();
        private final MasterAlgorithm algorithm;
        private double time;

        Master() {
            CoupledSystem system = loaded.system();
            algorithm = new JacobiAlgorithm(system, new FixedStepExperiment(0, STOP, STEP), 1);
            for (Component component : system.components()) {
                component.enterInitialization(0, STOP);
            }
            system.links().forEach(link -> link.transfer(0));
            for (Component component : system.components()) {
                component.exitInitialization(0);
            }
        }

        @Override
        double step() {
            time = algorithm.advance(time, STOP);
            return time;
        }

        @Override
        public void close() {
            algorithm.close();
            loaded.close();
        }
    }

    /**
     * The same by hand: read the wall's two outputs in one fmi2GetReal and the coupling force in another, write
     * them in one fmi2SetReal each, then fmi2DoStep of both, every status checked.
     */
    static final class Bare extends TwoMassStepper {
        private final Fmu wallFmu = load(TwoMassSystem.fmu("MassSpringWall"));
        private final Fmu coupledFmu = load(TwoMassSystem.fmu("CoupledMass"));
        private final CoSimulationSlave wall = wallFmu.asCoSimulationFmu().newInstance("wall");
        private final CoSimulationSlave coupled = coupledFmu.asCoSimulationFmu().newInstance("coupled");
        private final long[] wallOutputs = {reference(wallFmu, "position"), reference(wallFmu, "velocity")};
        private final long[] coupledInputs = {reference(coupledFmu, "otherPosition"),
            reference(coupledFmu, "otherVelocity")};
        private final long[] forceOutput = {reference(coupledFmu, "couplingForce")};
        private final long[] forceInput = {reference(wallFmu, "force")};
        private final double[] state = new double[2];
        private final double[] force = new double[1];
        private long k;

        Bare() {
            for (CoSimulationSlave slave : new CoSimulationSlave[] {wall, coupled}) {
                check(slave.setupExperiment(0, STOP, 0));
                check(slave.enterInitializationMode());
            }
            exchange();
            check(wall.exitInitializationMode());
            check(coupled.exitInitializationMode());
        }

        private static Fmu load(File file) {
            try {
                return Fmu.from(file);
            } catch (IOException e) {
                throw new UncheckedIOException(file.toString(), e);
            }
        }

        private static long reference(Fmu fmu, String name) {
            return fmu.getModelDescription().getVariableByName(name).getValueReference();
        }

        private static void check(FmiStatus status) {
            if (status != FmiStatus.OK) {
                throw new IllegalStateException("FMI call returned " + status);
            }
        }

        private static void check(boolean ok) {
            if (!ok) {
                throw new IllegalStateException("FMI call failed");
            }
        }

        /** Jacobi's exchange, written out: every input from the outputs at the same communication point. */
        private void exchange() {
            check(wall.readReal(wallOutputs, state));
            check(coupled.readReal(forceOutput, force));
            check(coupled.writeReal(coupledInputs, state));
            check(wall.writeReal(forceInput, force));
        }

        @Override
        double step() {
            double now = k * STEP;
            exchange();
            check(wall.doStep(now, STEP));
            check(coupled.doStep(now, STEP));
            k++;
            return now;
        }

        @Override
        public void close() {
            wall.close();
            coupled.close();
            wallFmu.close();
            coupledFmu.close();
        }
    }
}
