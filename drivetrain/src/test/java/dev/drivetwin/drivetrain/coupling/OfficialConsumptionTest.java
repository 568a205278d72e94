package dev.drivetwin.drivetrain.coupling;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.drivetrain.battery.IdealBattery;
import dev.drivetwin.fmumotorinverter.drive.DrivePreset;
import dev.drivetwin.fmumotorinverter.drive.DrivePresets;
import dev.drivetwin.fmuvehicle.cycle.StandardCycle;
import dev.drivetwin.fmuvehicle.driver.DriverParameters;
import dev.drivetwin.fmuvehicle.dynamics.VehiclePresets;
import org.junit.jupiter.api.Test;

/**
 * The Model 3 against its official consumption figures (sources and the reasoning behind each band in
 * docs/validation.md, "Drivetrain energy over WLTC"). The runs use the CLI's defaults: ideal battery (R = 0), a
 * 185 W auxiliary load, 23 degC; step 0.1 s, where the figure has converged to 0.01 %.
 */
class OfficialConsumptionTest {
    /** WLTP combined, AC from the mains, EU variant H6LR (EEA CO2 monitoring data 2024) [Wh/km]. */
    private static final double WLTP_AC = 132;
    /**
     * Charging efficiency of this car measured in its EPA certification: 60.997 kWh usable battery energy from
     * 68.879 kWh recharged (EPA Certificate Summary Information Report, test group RTSLV00.0L13, 2023) [1].
     */
    private static final double CHARGING_EFFICIENCY = 60.997 / 68.879;
    /** DC energy per distance measured by EPA on the UDDS and the highway cycle, same certificate [Wh/km]. */
    private static final double EPA_UDDS_DC = 92.96;
    private static final double EPA_HWFET_DC = 104.2;

    private static double netWattHoursPerKilometre(StandardCycle cycle) {
        DrivePreset drive = DrivePresets.load("TeslaModel3Rwd2024");
        return new JavaDrivetrain(VehiclePresets.named("TeslaModel3Rwd2024"), DriverParameters.DEFAULT, cycle.load(),
                drive, new IdealBattery(drive.nominalDcVoltage(), 0), 0.1, 296.15, 185).run()
                .netConsumptionWattHoursPerKilometre();
    }

    /** The target: within 10 % of the official WLTP figure at the plug. */
    @Test
    void wltcConsumptionAtThePlugIsWithinTenPercentOfWltp() {
        double plug = netWattHoursPerKilometre(StandardCycle.WLTC_CLASS3B) / CHARGING_EFFICIENCY;
        double deviation = plug / WLTP_AC - 1;
        assertTrue(Math.abs(deviation) <= 0.10, "WLTC " + plug + " Wh/km at the plug, deviation " + deviation);
    }

    /**
     * Against EPA's DC measurements no charging efficiency enters, and the road load is the one EPA set for the
     * same test car. What remains: the drive's loss estimates (losses are 5-7 % of the DC energy on these
     * cycles; a 50 % error in them moves the figure by about 3 %) and the auxiliary load (144-226 W measured,
     * +-41 W is +-1.4 % on the UDDS): 5 %.
     */
    @Test
    void uddsAndHighwayDcConsumptionAreWithinFivePercentOfEpaMeasurements() {
        double udds = netWattHoursPerKilometre(StandardCycle.UDDS);
        double highway = netWattHoursPerKilometre(StandardCycle.HWFET);
        assertTrue(Math.abs(udds / EPA_UDDS_DC - 1) <= 0.05, "UDDS " + udds + " Wh/km DC against " + EPA_UDDS_DC);
        assertTrue(Math.abs(highway / EPA_HWFET_DC - 1) <= 0.05,
                "HWFET " + highway + " Wh/km DC against " + EPA_HWFET_DC);
    }
}
