package dev.drivetwin.drivetrain.coupling;

/**
 * What a {@link JavaDrivetrain} run over a whole cycle gives. Energies in [J], distance [m], times [s].
 *
 * @param cycle                    drive cycle name
 * @param step                     coupling step Δt [s]
 * @param duration                 simulated time [s]
 * @param distance                 distance driven [m]
 * @param energies                 every flow summed over the cycle
 * @param batteryEnergyDrawn       open-circuit energy taken from the battery while discharging [J], ≥ 0
 * @param batteryEnergyRegenerated open-circuit energy put back while charging [J], ≥ 0
 * @param motoringShaftEnergy      shaft work over the steps where the drive motors (shaft and DC power &gt; 0)
 * @param motoringDcEnergy         DC-link energy over those steps
 * @param regenerativeShaftEnergy  shaft work taken in over the steps where the drive regenerates (both &lt; 0), ≥ 0
 * @param regenerativeDcEnergy     DC-link energy returned over those steps, ≥ 0
 * @param maxStepResidual          largest |residual| / scale of the energy balance over the steps [1]
 * @param maxSpeedError            largest |cycle speed − vehicle speed| at the ends of the steps [m/s]
 */
public record CycleResult(String cycle, double step, double duration, double distance, Energies energies,
        double batteryEnergyDrawn, double batteryEnergyRegenerated, double motoringShaftEnergy,
        double motoringDcEnergy, double regenerativeShaftEnergy, double regenerativeDcEnergy,
        double maxStepResidual, double maxSpeedError) {

    /** Joules per watt-hour. */
    public static final double JOULES_PER_WATT_HOUR = 3600;

    /** Net battery energy per distance [J/m] (numerically equal to Wh/km × 3.6). */
    public double netConsumption() {
        return (batteryEnergyDrawn - batteryEnergyRegenerated) / distance;
    }

    /** Net battery energy per distance in the customary unit [Wh/km] (display only; SI is {@link #netConsumption}). */
    public double netConsumptionWattHoursPerKilometre() {
        return netConsumption() * 1000 / JOULES_PER_WATT_HOUR;
    }

    /** Mean drive (motor and inverter) efficiency while motoring: shaft work / DC energy [1]. */
    public double meanMotoringEfficiency() {
        return motoringDcEnergy > 0 ? motoringShaftEnergy / motoringDcEnergy : 0;
    }

    /** Mean drive efficiency while regenerating: DC energy returned / shaft work taken in [1]. */
    public double meanRegenerativeEfficiency() {
        return regenerativeShaftEnergy > 0 ? regenerativeDcEnergy / regenerativeShaftEnergy : 0;
    }

    /** |residual| / scale of the balance summed over the whole cycle [1]. */
    public double cycleResidual() {
        return Math.abs(energies.residual()) / energies.scale();
    }
}
