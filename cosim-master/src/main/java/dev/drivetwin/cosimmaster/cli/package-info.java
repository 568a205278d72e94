/**
 * The {@code drivetwin} command line (picocli): {@link dev.drivetwin.cosimmaster.cli.DrivetwinCli} registers one
 * class per subcommand, such as {@link dev.drivetwin.cosimmaster.cli.SimulateCommand}. Options that {@code simulate}
 * and {@code run} share are picocli mixins: what a run writes ({@code ResultOptions}) and where its FMUs run
 * ({@code HostingOptions}). The only place with an
 * SLF4J binding (slf4j-simple, configured in simplelogger.properties).
 */
package dev.drivetwin.cosimmaster.cli;
