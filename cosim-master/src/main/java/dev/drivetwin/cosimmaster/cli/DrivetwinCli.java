package dev.drivetwin.cosimmaster.cli;

import dev.drivetwin.cosimmaster.MasterException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code drivetwin} command; each subcommand is a class of its own, and {@link #main} only registers them. */
@Command(name = "drivetwin", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Runs FMI 2.0 Co-Simulation FMUs.",
        subcommandsRepeatable = false)
public final class DrivetwinCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: print the usage and fail. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand");
    }

    /**
     * Builds the command line with every subcommand registered. A {@link MasterException} from any subcommand is
     * reported in one place, as "drivetwin &lt;subcommand&gt;: message" on the error stream with exit code 1: its
     * message already names the file, component and time, so a stack trace would add nothing for the user.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new DrivetwinCli())
                .addSubcommand(new SimulateCommand())
                .addSubcommand(new RunCommand())
                .addSubcommand(new InspectCommand())
                .addSubcommand(new ValidateCommand())
                .setExecutionExceptionHandler(DrivetwinCli::reportFailure);
    }

    private static int reportFailure(Exception e, CommandLine command, CommandLine.ParseResult parsed)
            throws Exception {
        if (!(e instanceof MasterException)) {
            throw e;
        }
        command.getErr().println("drivetwin " + command.getCommandName() + ": " + e.getMessage());
        return 1;
    }

    /** JAXB (inside FMI4j) logs through java.util.logging; keep its INFO lines off the terminal. */
    private static final java.util.logging.Logger JAXB_LOG = java.util.logging.Logger.getLogger("com.sun.xml.bind");

    public static void main(String[] args) {
        JAXB_LOG.setLevel(java.util.logging.Level.WARNING);
        System.exit(commandLine().execute(args));
    }
}
