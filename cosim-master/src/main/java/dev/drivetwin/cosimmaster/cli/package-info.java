/**
 * The {@code drivetwin} command line (picocli): {@link dev.drivetwin.cosimmaster.cli.DrivetwinCli} registers one
 * class per subcommand, such as {@link dev.drivetwin.cosimmaster.cli.SimulateCommand}. The only place with an
 * SLF4J binding (slf4j-simple, configured in simplelogger.properties).
 */
package dev.drivetwin.cosimmaster.cli;
