package dev.drivetwin.fmumotorinverter.drive;

import dev.drivetwin.fmumotorinverter.MotorInverterException;
import dev.drivetwin.fmumotorinverter.inverter.InverterParameters;
import dev.drivetwin.fmumotorinverter.machine.MachineParameters;

/**
 * Field-oriented current control in the rotor (dq) frame: one PI loop per axis with decoupling feed-forward and
 * anti-windup, followed by the voltage limit of the average-value inverter.
 * <pre>
 *   vd* = Kp,d (id_ref - id) + xd - we Lq iq              Kp,d = wc Ld    Ki = wc Rs
 *   vq* = Kp,q (iq_ref - iq) + xq + we (Ld id + psi_m)     Kp,q = wc Lq
 *   v   = v* min(1, Vmax / |v*|),   Vmax = Vdc / sqrt(3)   (SVPWM, linear range; the angle is kept)
 *   dx/dt = Ki ((i_ref - i) + (v - v*) / Kp)                (per axis)
 * </pre>
 * The feed-forward cancels the speed voltages, so each axis sees the plant 1 / (L s + Rs). The PI zero
 * Ki / Kp = Rs / L cancels the plant's pole ("technical optimum" / internal model control), leaving the open
 * loop wc / s and the closed loop wc / (s + wc): a first-order current response with bandwidth wc and a 10-90 %
 * rise time ln 9 / wc = 2.2 / wc (Harnefors and Nee, "Model-based current control of AC machines using the
 * internal model control method", IEEE Trans. Ind. Appl. 34(1), 1998; Krishnan, "Permanent Magnet Synchronous
 * and Brushless DC Motor Drives", CRC 2010, on current-controller design). Anti-windup is back-calculation with
 * tracking time constant Tt = Kp / Ki = L / Rs, the PI's own integral time (Astrom and Hagglund, "Advanced PID
 * Control", ISA 2006, on anti-windup by back-calculation): held in the limit, the integrator settles at
 * v - feed-forward instead of winding up. The controller knows the machine's parameters
 * exactly (Rs at the winding temperature included): no estimation error is modelled. Immutable and thread-safe.
 */
public final class CurrentController {
    /**
     * Rule of thumb for the current-loop bandwidth: a twentieth of the switching angular frequency,
     * wc = 2 pi f_sw / 20, which keeps the loop well below the PWM and sampling delays a real digital controller
     * has (a tenth to a twentieth of f_sw is the range usually quoted; we take the cautious end).
     */
    public static final double BANDWIDTH_PER_SWITCHING_FREQUENCY = 2 * Math.PI / 20;

    private final double bandwidth;
    private final double ld;
    private final double lq;
    private final double psi;

    /**
     * @param machine the machine's parameters (Ld, Lq, psi_m)
     * @param bandwidth closed-loop bandwidth wc [rad/s]
     */
    public CurrentController(MachineParameters machine, double bandwidth) {
        MotorInverterException.present("machine", machine);
        this.bandwidth = MotorInverterException.positive("currentLoopBandwidth", bandwidth);
        this.ld = machine.directInductance();
        this.lq = machine.quadratureInductance();
        this.psi = machine.magnetFluxLinkage();
    }

    /** The rule-of-thumb bandwidth {@link #BANDWIDTH_PER_SWITCHING_FREQUENCY} * f_sw for this inverter [rad/s]. */
    public static double ruleOfThumbBandwidth(InverterParameters inverter) {
        return BANDWIDTH_PER_SWITCHING_FREQUENCY * inverter.switchingFrequency();
    }

    /** Closed-loop bandwidth wc [rad/s]. */
    public double bandwidth() {
        return bandwidth;
    }

    /** Kp,d = wc Ld [V/A]. */
    public double directProportionalGain() {
        return bandwidth * ld;
    }

    /** Kp,q = wc Lq [V/A]. */
    public double quadratureProportionalGain() {
        return bandwidth * lq;
    }

    /** Ki = wc Rs, both axes, for the resistance Rs [Ohm] at the winding temperature [V/(A.s)]. */
    public double integralGain(double resistance) {
        return bandwidth * resistance;
    }

    /**
     * The applied and demanded voltages for current references and currents [A], integrator states [V],
     * electrical speed we = p w [rad/s] and voltage limit Vmax [V].
     */
    public VoltageCommand voltage(double directReference, double quadratureReference, double directCurrent,
            double quadratureCurrent, double directIntegrator, double quadratureIntegrator, double electricalSpeed,
            double voltageLimit) {
        double vd = directProportionalGain() * (directReference - directCurrent) + directIntegrator
                - electricalSpeed * lq * quadratureCurrent;
        double vq = quadratureProportionalGain() * (quadratureReference - quadratureCurrent) + quadratureIntegrator
                + electricalSpeed * (ld * directCurrent + psi);
        double amplitude = Math.sqrt(vd * vd + vq * vq); // not Math.hypot: no intrinsic, and no overflow here
        if (amplitude <= voltageLimit) {
            return new VoltageCommand(vd, vq, vd, vq);
        }
        double scale = voltageLimit / amplitude;
        return new VoltageCommand(vd * scale, vq * scale, vd, vq);
    }

    /** dxd/dt [V/s] = Ki ((id_ref - id) + (vd - vd*) / Kp,d) for the resistance [Ohm] at the winding temperature. */
    public double directIntegratorDerivative(VoltageCommand command, double directReference, double directCurrent,
            double resistance) {
        return integralGain(resistance) * (directReference - directCurrent
                + (command.directVoltage() - command.demandedDirectVoltage()) / directProportionalGain());
    }

    /** dxq/dt [V/s], as for the d axis. */
    public double quadratureIntegratorDerivative(VoltageCommand command, double quadratureReference,
            double quadratureCurrent, double resistance) {
        return integralGain(resistance) * (quadratureReference - quadratureCurrent
                + (command.quadratureVoltage() - command.demandedQuadratureVoltage()) / quadratureProportionalGain());
    }
}
