package dev.drivetwin.drivetrain.cli;

import dev.drivetwin.drivetrain.battery.IdealBattery;
import dev.drivetwin.drivetrain.coupling.CycleResult;
import dev.drivetwin.drivetrain.coupling.JavaDrivetrain;
import dev.drivetwin.drivetrain.coupling.PresetPair;
import dev.drivetwin.fmumotorinverter.drive.DrivePreset;
import dev.drivetwin.fmumotorinverter.drive.DrivePresets;
import dev.drivetwin.fmuvehicle.cycle.StandardCycle;
import dev.drivetwin.fmuvehicle.driver.DriverParameters;
import dev.drivetwin.fmuvehicle.dynamics.VehicleParameters;
import dev.drivetwin.fmuvehicle.dynamics.VehiclePresets;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Prints, for each preset pair, the energy a drive cycle takes from an ideal battery: distance, battery energy out
 * and back in, net consumption and the drive's mean efficiencies. Exit code 0, 1 on a model error, 2 on bad usage.
 */
@Command(name = "drivetrain-consumption", mixinStandardHelpOptions = true,
        description = "Energy consumption of vehicle + motor/inverter + ideal battery over a drive cycle "
                + "(Java models coupled directly, no FMI).")
public final class ConsumptionCommand implements Callable<Integer> {
    /** 23 degC: the WLTP type 1 test temperature (UN GTR No. 15, 23 +- 5 degC soak and test cell). */
    static final double WLTP_TEST_TEMPERATURE = 296.15;
    /**
     * Auxiliary (low-voltage) load [W] with the HVAC off: 185 W, the mean of the two battery electric cars that
     * Argonne measured stationary at 22 degC (72 degF) with HVAC power 0 W, "other power consumption" 226 W and
     * 144 W (US DOE Vehicle Technologies Office, Program Record "Impact of Cold Ambient Temperature and Extreme
     * Conditions on Electric Vehicles", 12 Sep 2024, Table 2). WLTP switches auxiliaries off (UN GTR No. 15 Annex 6
     * para. 1.2.4.2.2) but not the control units, pumps and fans the car needs to run.
     */
    static final double DEFAULT_AUXILIARY_POWER = 185;
    /** Coupling step [s]; docs/validation.md shows the consumption converged to 0.1 % at this step. */
    static final double DEFAULT_STEP = 0.05;

    @Option(names = "--pair", description = "preset pair (repeatable; default all): ${COMPLETION-CANDIDATES}")
    List<PresetPair> pairs = List.of(PresetPair.values());

    @Option(names = "--cycle", description = "drive cycle (default ${DEFAULT-VALUE}): ${COMPLETION-CANDIDATES}")
    StandardCycle cycle = StandardCycle.WLTC_CLASS3B;

    @Option(names = "--step", description = "coupling step [s] (default ${DEFAULT-VALUE})")
    double step = DEFAULT_STEP;

    @Option(names = "--internal-resistance", description = "battery series resistance [Ohm] (default ${DEFAULT-VALUE})")
    double internalResistance = 0;

    @Option(names = "--extra-mass", description = "mass added to the vehicle preset [kg] (default ${DEFAULT-VALUE})")
    double extraMass = 0;

    @Option(names = "--coolant-temperature",
            description = "drive coolant and initial temperature [K] (default ${DEFAULT-VALUE}, 23 degC)")
    double coolantTemperature = WLTP_TEST_TEMPERATURE;

    @Option(names = "--auxiliary-power",
            description = "low-voltage load at the battery [W] (default ${DEFAULT-VALUE}, see docs/validation.md)")
    double auxiliaryPower = DEFAULT_AUXILIARY_POWER;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-26s %-13s %6s %9s %9s %9s %9s %7s %7s %8s %8s%n", "pair", "cycle", "step",
                "distance", "out", "in", "net", "eta_mot", "eta_gen", "max|dv|", "balance");
        out.printf(Locale.ROOT, "%-26s %-13s %6s %9s %9s %9s %9s %7s %7s %8s %8s%n", "", "", "[s]", "[km]",
                "[Wh]", "[Wh]", "[Wh/km]", "[1]", "[1]", "[km/h]", "[1]");
        for (PresetPair pair : pairs) {
            CycleResult r = run(pair, cycle, step, internalResistance, extraMass, coolantTemperature,
                    auxiliaryPower);
            out.printf(Locale.ROOT, "%-26s %-13s %6.3f %9.4f %9.1f %9.1f %9.2f %7.4f %7.4f %8.3f %8.1e%n", pair,
                    cycle, step, r.distance() / 1000, r.batteryEnergyDrawn() / CycleResult.JOULES_PER_WATT_HOUR,
                    r.batteryEnergyRegenerated() / CycleResult.JOULES_PER_WATT_HOUR,
                    r.netConsumptionWattHoursPerKilometre(), r.meanMotoringEfficiency(),
                    r.meanRegenerativeEfficiency(), r.maxSpeedError() * 3.6, r.maxStepResidual());
        }
        out.flush();
        return 0;
    }

    /**
     * One run of a pair over a cycle: the pair's presets, the default driver, an ideal battery at the drive
     * preset's nominal DC voltage with the given resistance [Ohm], the vehicle preset's mass plus
     * {@code extraMass} [kg], coolant at {@code coolantTemperature} [K], an auxiliary load of
     * {@code auxiliaryPower} [W].
     */
    public static CycleResult run(PresetPair pair, StandardCycle cycle, double step, double internalResistance,
            double extraMass, double coolantTemperature, double auxiliaryPower) {
        DrivePreset drive = DrivePresets.load(pair.drivePreset());
        IdealBattery battery = new IdealBattery(drive.nominalDcVoltage(), internalResistance);
        VehicleParameters vehicle = VehiclePresets.named(pair.vehiclePreset());
        if (extraMass != 0) {
            vehicle = vehicle.withMass(vehicle.mass() + extraMass);
        }
        return new JavaDrivetrain(vehicle, DriverParameters.DEFAULT, cycle.load(), drive, battery, step,
                coolantTemperature, auxiliaryPower).run();
    }

    public static void main(String[] args) {
        CommandLine line = new CommandLine(new ConsumptionCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("drivetrain-consumption: " + e.getMessage());
            return 1;
        });
        System.exit(line.execute(args));
    }

}
