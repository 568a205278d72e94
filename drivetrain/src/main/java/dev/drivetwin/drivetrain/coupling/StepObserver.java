package dev.drivetwin.drivetrain.coupling;

/** Watches a {@link JavaDrivetrain} run; every hook does nothing by default. */
public interface StepObserver {
    /**
     * Called after each step.
     *
     * @param time          time at the end of the step [s]
     * @param speed         vehicle speed at the end of the step [m/s]
     * @param targetSpeed   cycle speed at the end of the step [m/s]
     * @param dcCurrent     current drawn from the battery over the step [A], negative in regeneration
     * @param step          the step's energy flows
     */
    default void stepTaken(double time, double speed, double targetSpeed, double dcCurrent, Energies step) {
    }
}
