package dev.drivetwin.fmubattery.residual;

/**
 * Follows a {@link RestRecoveryFade} through the cycles a caller reports one at a time, as an FMU sees them: the
 * law's state depends on every earlier rest, not on the cycle number alone. It keeps the state before the latest
 * cycle as well, so that the latest cycle can be re-evaluated when its rest time changes.
 *
 * <p>Cycle numbers are rounded to whole cycles. A cycle number below the latest one restarts the law at cycle 1; a
 * jump of more than one cycle fades through the skipped cycles without recovery, since their rests are unknown.
 * Not thread-safe.
 */
final class FadeTrajectory {
    private final RestRecoveryFade law;
    private int latestCycle;
    private RestRecoveryFade.FadeState latest;
    private RestRecoveryFade.FadeState beforeLatest;

    FadeTrajectory(RestRecoveryFade law) {
        this.law = law;
        restart();
    }

    /** C_physics [C] of cycle {@code cycleNumber}, reached after a rest of {@code restTime} [s]. */
    double capacity(double cycleNumber, double restTime) {
        int cycle = (int) Math.max(1, Math.round(cycleNumber));
        if (cycle < latestCycle) {
            restart();
        }
        if (cycle == 1) {
            return latest.capacity();
        }
        if (cycle > latestCycle) {
            while (latestCycle < cycle - 1) {
                latest = law.next(latest, 0);
                latestCycle++;
            }
            beforeLatest = latest;
            latestCycle = cycle;
        }
        latest = law.next(beforeLatest, restTime);
        return latest.capacity();
    }

    /** Latest cycle, then B and R of the latest cycle and of the one before (NaN at cycle 1). */
    double[] state() {
        double[] before = beforeLatest == null ? new double[] {Double.NaN, Double.NaN}
                : new double[] {beforeLatest.fading(), beforeLatest.recovered()};
        return new double[] {latestCycle, latest.fading(), latest.recovered(), before[0], before[1]};
    }

    void restore(double[] state) {
        latestCycle = (int) state[0];
        latest = new RestRecoveryFade.FadeState(state[1], state[2]);
        beforeLatest = Double.isNaN(state[3]) ? null : new RestRecoveryFade.FadeState(state[3], state[4]);
    }

    private void restart() {
        latestCycle = 1;
        latest = law.start();
        beforeLatest = null;
    }
}
