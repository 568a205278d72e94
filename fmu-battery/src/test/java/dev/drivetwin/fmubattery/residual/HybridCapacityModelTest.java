package dev.drivetwin.fmubattery.residual;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The pure-Java evaluation against hand-computed cases and against a plain loop with Math.tanh. */
class HybridCapacityModelTest {
    private static final CycleConditions CYCLE = new CycleConditions(100, 305, 312, 9800, 2200, 18000, 1 / 3600.0);
    /** No recovery, so C_physics at cycle n is 6800·0.998^(n-1) whatever the rests. */
    private static final RestRecoveryFade LAW = new RestRecoveryFade(6800, 0.998, 0.9, 0, 3600);

    /** A network whose output is its bias: zero weights, identity activation. */
    private static NetworkWeights constant(int inputs, double output) {
        return new NetworkWeights(List.of(new DenseLayer(new double[1][inputs], new double[] {output},
                Activation.IDENTITY)));
    }

    private static ResidualModel model(ModelKind kind, List<NetworkWeights> members) {
        int n = FeatureSet.FORECAST.names(kind).size();
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        return new ResidualModel(ResidualModel.FORMAT, ResidualModel.VERSION, "test", kind,
                FeatureSet.FORECAST.names(kind), new Standardisation(new double[n], ones), 10, 20, LAW, 1, members);
    }

    @Test
    void hybridIsPhysicsPlusMeanCorrectionAndUncertaintyIsTheSampleDeviation() {
        // members output +1 and -1: ΔC = 10 + 20·(±1) = 30 or -10 [C]; mean 10, sample deviation 20·√2
        ResidualModel m = model(ModelKind.HYBRID, List.of(constant(7, 1), constant(7, -1)));
        CapacityEstimate e = new HybridCapacityModel(m).estimate(CYCLE);
        double physics = 6800 * Math.pow(0.998, 99); // cycle 100 jumped to from nowhere: 99 fading steps
        assertEquals(physics, e.physicsCapacity(), 1e-9);
        assertEquals(physics + 10, e.capacity(), 1e-9);
        assertEquals(20 * Math.sqrt(2), e.uncertainty(), 1e-9);
    }

    @Test
    void uncertaintyIsTheSpreadTimesTheCalibrationScaleAndTheCapacityIsUnchanged() {
        ResidualModel m = model(ModelKind.HYBRID, List.of(constant(7, 1), constant(7, -1)));
        CapacityEstimate bare = new HybridCapacityModel(m).estimate(CYCLE);
        CapacityEstimate calibrated = new HybridCapacityModel(m.withUncertaintyScale(6.5)).estimate(CYCLE);
        assertEquals(bare.capacity(), calibrated.capacity(), 0);
        assertEquals(6.5 * 20 * Math.sqrt(2), calibrated.uncertainty(), 1e-9);
    }

    @Test
    void dataOnlyModelIgnoresThePhysicsBaseline() {
        ResidualModel m = model(ModelKind.DATA_ONLY, List.of(constant(6, 0.5)));
        CapacityEstimate e = new HybridCapacityModel(m).estimate(CYCLE);
        assertEquals(10 + 20 * 0.5, e.capacity(), 1e-12);
        assertEquals(0, e.uncertainty(), 0, "one member has no spread");
    }

    @Test
    void forwardPassEqualsAPlainLoopWithMathTanh() {
        Random random = new Random(5);
        double[][] w1 = new double[16][8];
        double[] b1 = new double[16];
        double[][] w2 = new double[1][16];
        for (int r = 0; r < 16; r++) {
            b1[r] = random.nextGaussian();
            w2[0][r] = random.nextGaussian();
            for (int c = 0; c < 8; c++) {
                w1[r][c] = random.nextGaussian();
            }
        }
        ResidualNetwork network = new ResidualNetwork(new NetworkWeights(List.of(
                new DenseLayer(w1, b1, Activation.TANH), new DenseLayer(w2, new double[] {0.3},
                        Activation.IDENTITY))));
        for (int trial = 0; trial < 1000; trial++) {
            double[] x = new double[8];
            for (int c = 0; c < 8; c++) {
                x[c] = 2 * random.nextGaussian();
            }
            double expected = 0.3;
            for (int r = 0; r < 16; r++) {
                double z = b1[r];
                for (int c = 0; c < 8; c++) {
                    z += w1[r][c] * x[c];
                }
                expected += w2[0][r] * Math.tanh(z);
            }
            // 16 terms of O(1): the tanh identity (a few 1e-16 each) and summation order bound this near 1e-14
            assertEquals(expected, network.evaluate(x), 1e-13);
        }
    }
}
