package dev.drivetwin.fmuexport.slave;

import java.nio.file.Path;

/**
 * What a slave may know about its host: its instance name, the FMU's unpacked {@code resources/} folder (for
 * parameter files) and the logger that reaches the host's fmi2CallbackLogger.
 */
public record SlaveContext(String instanceName, Path resourceDirectory, SlaveLogger logger) {
}
