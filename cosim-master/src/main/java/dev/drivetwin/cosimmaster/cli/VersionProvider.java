package dev.drivetwin.cosimmaster.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = DrivetwinCli.class.getPackage().getImplementationVersion();
        return new String[] {"drivetwin " + (version == null ? "development" : version)};
    }
}
