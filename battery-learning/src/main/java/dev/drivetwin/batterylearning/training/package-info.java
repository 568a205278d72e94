/**
 * Trains the residual networks with Deep Java Library on the PyTorch engine, in double precision and full batch
 * (one Adam step per epoch over all training cycles), seeded, and exports the weights to fmu-battery's format.
 * DJL must run with {@code ai.djl.offline=true} and one PyTorch thread (set by the command and by surefire).
 */
package dev.drivetwin.batterylearning.training;
