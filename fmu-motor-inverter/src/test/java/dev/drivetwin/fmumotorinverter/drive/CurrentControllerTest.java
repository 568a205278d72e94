package dev.drivetwin.fmumotorinverter.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmumotorinverter.machine.MachineParameters;
import org.junit.jupiter.api.Test;

class CurrentControllerTest {
    private static final MachineParameters LEAF = DrivePresets.load("NissanLeaf2011").machine();

    /** Pole-zero cancellation: Kp / Ki = L / Rs, and Kp / L = wc on both axes. */
    @Test
    void gainsCancelThePlantPoleAndSetTheBandwidth() {
        CurrentController c = new CurrentController(LEAF, 1000);
        double rs = 0.02;
        assertEquals(1000 * LEAF.directInductance(), c.directProportionalGain(), 1e-15);
        assertEquals(1000 * LEAF.quadratureInductance(), c.quadratureProportionalGain(), 1e-15);
        assertEquals(LEAF.directInductance() / rs, c.directProportionalGain() / c.integralGain(rs), 1e-15);
        assertEquals(LEAF.quadratureInductance() / rs, c.quadratureProportionalGain() / c.integralGain(rs), 1e-15);
    }

    /** Below the limit the demand passes; above it, it is scaled onto the circle with its angle kept. */
    @Test
    void limitScalesTheDemandOntoTheCircleKeepingItsAngle() {
        CurrentController c = new CurrentController(LEAF, 1000);
        VoltageCommand free = c.voltage(10, 20, 0, 0, 0, 0, 0, 1000);
        assertTrue(!free.limited());
        assertEquals(1000 * LEAF.directInductance() * 10, free.directVoltage(), 1e-12);
        VoltageCommand cut = c.voltage(0, 400, 0, 0, 50, 100, 500, 150);
        assertTrue(cut.limited());
        assertEquals(150, cut.amplitude(), 1e-12);
        assertEquals(Math.atan2(cut.demandedQuadratureVoltage(), cut.demandedDirectVoltage()),
                Math.atan2(cut.quadratureVoltage(), cut.directVoltage()), 1e-15);
    }

    /** Back-calculation: held in the limit with the integrator at v - feed-forward, the integrator stops. */
    @Test
    void integratorStopsAtTheLimitInsteadOfWindingUp() {
        CurrentController c = new CurrentController(LEAF, 1000);
        double we = 2000;
        double id = -50;
        double iq = 100;
        double idRef = -150;
        double iqRef = 300;
        double limit = 150;
        // guess the applied voltage, set the integrators to it minus feed-forward, iterate to the fixed point
        double xd = 0;
        double xq = 0;
        VoltageCommand v = null;
        for (int k = 0; k < 200; k++) {
            v = c.voltage(idRef, iqRef, id, iq, xd, xq, we, limit);
            xd = v.directVoltage() + we * LEAF.quadratureInductance() * iq;
            xq = v.quadratureVoltage() - we * (LEAF.directInductance() * id + LEAF.magnetFluxLinkage());
        }
        v = c.voltage(idRef, iqRef, id, iq, xd, xq, we, limit);
        assertTrue(v.limited());
        double rs = 0.02;
        assertEquals(0, c.directIntegratorDerivative(v, idRef, id, rs), 1e-9);
        assertEquals(0, c.quadratureIntegratorDerivative(v, iqRef, iq, rs), 1e-9);
    }
}
