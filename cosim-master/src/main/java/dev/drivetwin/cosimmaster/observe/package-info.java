/**
 * Observers of a run ({@link dev.drivetwin.cosimmaster.observe.StepObserver}): the CSV result file, the terminal
 * table, PNG plots ({@link dev.drivetwin.cosimmaster.observe.PngPlotWriter}, thinned in bounded memory by
 * {@link dev.drivetwin.cosimmaster.observe.DecimatedSeries}), the JSON run summary
 * ({@link dev.drivetwin.cosimmaster.observe.RunSummaryWriter}), the progress bar and the end-of-run report
 * ({@link dev.drivetwin.cosimmaster.observe.EndOfRunReport}); {@link dev.drivetwin.cosimmaster.observe.ObserverSet}
 * runs several as one. Each hears of a failed run ({@code failed}) before {@code finished}, so results end where the
 * run did.
 */
package dev.drivetwin.cosimmaster.observe;
