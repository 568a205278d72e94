package dev.drivetwin.fmumotorinverter.drive;

import dev.drivetwin.fmumotorinverter.MotorInverterError;
import dev.drivetwin.fmumotorinverter.MotorInverterException;
import dev.drivetwin.fmumotorinverter.inverter.InverterParameters;
import dev.drivetwin.fmumotorinverter.machine.LossMapParameters;
import dev.drivetwin.fmumotorinverter.machine.MachineParameters;
import dev.drivetwin.fmumotorinverter.thermal.ThermalParameters;
import java.util.Map;

/**
 * A complete electric drive: machine, inverter, thermal network and loss model, read from a JSON preset. Every
 * number in a preset file cites its source in {@code sources}, keyed by the field's path (e.g.
 * {@code machine.maxTorque}), and says there when it is an estimate. Immutable.
 *
 * @param name preset name, equal to the file name without .json
 * @param source the publications the preset is built from
 * @param sources source of each number, by field path
 * @param nominalDcVoltage DC-link voltage at which the published figures hold [V]
 * @param lossModel PHYSICAL or MAP
 * @param machine machine parameters
 * @param inverter inverter parameters
 * @param thermal thermal network and limits
 * @param lossMap measured loss map; required for MAP, null otherwise
 */
public record DrivePreset(String name, String source, Map<String, String> sources, double nominalDcVoltage,
        LossModel lossModel, MachineParameters machine, InverterParameters inverter, ThermalParameters thermal,
        LossMapParameters lossMap) {

    public DrivePreset {
        MotorInverterException.present("name", name);
        MotorInverterException.present("source", source);
        sources = Map.copyOf(MotorInverterException.present("sources", sources));
        MotorInverterException.positive("nominalDcVoltage", nominalDcVoltage);
        MotorInverterException.present("lossModel", lossModel);
        MotorInverterException.present("machine", machine);
        MotorInverterException.present("inverter", inverter);
        MotorInverterException.present("thermal", thermal);
        if (lossModel == LossModel.MAP && lossMap == null) {
            throw new MotorInverterException(MotorInverterError.INCONSISTENT, "lossMap",
                    "lossModel MAP needs a lossMap");
        }
    }
}
