package dev.drivetwin.fmubattery.residual;

import java.util.List;

/**
 * What the capacity model knows about one discharge cycle, in SI units, in the order of {@link #CONDITION_NAMES}
 * (the FMU's cycle inputs). The networks take those of a {@link FeatureSet}.
 *
 * @param cycleNumber discharge cycles so far, this one included [1]
 * @param meanTemperature time-weighted mean cell surface temperature during the discharge [K]
 * @param maxTemperature highest cell surface temperature during the discharge [K]
 * @param chargeTime duration of the charge before this discharge, constant current and constant voltage [s]
 * @param constantCurrentChargeTime its constant-current part [s]
 * @param restTime time from the previous discharge's start to this one's [s]
 * @param dischargeRate discharge current over nominal capacity [1/s] (1C = 1/3600 s⁻¹)
 */
public record CycleConditions(double cycleNumber, double meanTemperature, double maxTemperature, double chargeTime,
        double constantCurrentChargeTime, double restTime, double dischargeRate) {
    /** The conditions in order, as the FMU names its cycle inputs. */
    public static final List<String> CONDITION_NAMES = List.of("cycleNumber", "meanTemperature", "maxTemperature",
            "chargeTime", "constantCurrentChargeTime", "restTime", "dischargeRate");
    private static final double HOUR = 3600;

    /** ln(restTime / 1 h) [1]; a rest below 1 s counts as 1 s, no rest to speak of. */
    public double logRestTime() {
        return Math.log(Math.max(restTime, 1) / HOUR);
    }
}
