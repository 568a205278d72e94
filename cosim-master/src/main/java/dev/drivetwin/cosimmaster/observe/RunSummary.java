package dev.drivetwin.cosimmaster.observe;

import java.util.List;

/**
 * What a run did, as written to the JSON run summary ({@link RunSummaryWriter}). Times are simulated seconds
 * unless named wall time; durations of calls are nanoseconds.
 *
 * @param files the FMU (or system) files run
 * @param startTime [s]
 * @param stopTime [s], as asked for
 * @param stepSize communication step [s]
 * @param algorithm the master algorithm, such as {@code fixed step}
 * @param wallTime [s] from the first values (after initialization) to the end
 * @param realTimeFactor simulated time reached over wall time: above 1 is faster than real time
 * @param steps communication steps completed
 * @param simulatedUntil [s] the last time with results
 * @param fmus the doStep cost of each instance
 * @param status {@code ok} or {@code failed}
 * @param failure what failed, or null when the run was ok
 */
public record RunSummary(List<String> files, double startTime, double stopTime, double stepSize, String algorithm,
        double wallTime, double realTimeFactor, long steps, double simulatedUntil, List<FmuTiming> fmus, String status,
        Failure failure) {

    /**
     * @param doStepTotalNanos wall time inside doStep [ns], summed over the run
     * @param doStepMeanNanos per call [ns]; 0 when there were no calls
     */
    public record FmuTiming(String instance, String hosting, long doStepCalls, long doStepTotalNanos,
            double doStepMeanNanos) {
    }

    /** @param time [s] the last simulated time with valid results */
    public record Failure(String instance, double time, String message) {
    }
}
