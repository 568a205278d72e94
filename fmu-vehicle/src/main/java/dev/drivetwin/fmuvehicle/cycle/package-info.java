/**
 * Drive cycles and recorded driving. {@link dev.drivetwin.fmuvehicle.cycle.DriveCycle} is a target speed trace in
 * m/s, linear between samples (Hipparchus {@code LinearInterpolator}); distance is the trapezoidal integral, exact
 * for such a trace. {@link dev.drivetwin.fmuvehicle.cycle.StandardCycle} ships WLTC class 3b, UDDS, HWFET, US06 and
 * NEDC; {@link dev.drivetwin.fmuvehicle.cycle.RecordedDriving} reads speed traces and motor torque/speed logs from
 * CSV or JSON, converting km/h to m/s at that boundary only. All types are immutable and thread-safe.
 */
package dev.drivetwin.fmuvehicle.cycle;
