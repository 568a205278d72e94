package dev.drivetwin.fmubattery.pack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One measured discharge of a NASA PCoE cell (B. Saha and K. Goebel, 2007, Battery Data Set, NASA Ames Prognostics
 * Data Repository), read from {@code <nasa.data.dir>/discharge/<cell>/cycle_NNN.csv}: rest, 2 A constant-current
 * load to the cut-off, relaxation. Current is converted to the model's sign (positive discharge); the current of
 * sample k is taken as held over the interval (t[k-1], t[k]], the same hold the simulations use.
 *
 * @param time [s] from the start of the record
 * @param voltage measured terminal voltage [V]
 * @param current measured current [A], positive discharge
 */
record DischargeRecord(String cellName, int cycle, double[] time, double[] voltage, double[] current) {

    /** Samples with the 2 A load on (current above 1.9 A): "the full 2 A discharge". */
    static final double LOADED_CURRENT = 1.9;

    static DischargeRecord read(String cellName, int cycle) throws IOException {
        String directory = System.getProperty("nasa.data.dir", "../../shared/data/nasa-pcoe");
        Path file = Path.of(directory, "discharge", cellName, String.format("cycle_%03d.csv", cycle));
        assertTrue(Files.isRegularFile(file), () -> file.toAbsolutePath() + " is missing: this test needs the NASA"
                + " PCoE data (see ../shared/data/nasa-pcoe/README.md; -Dnasa.data.dir=... to point elsewhere)");
        List<String> lines = Files.readAllLines(file);
        int n = lines.size() - 1;
        double[] t = new double[n];
        double[] v = new double[n];
        double[] i = new double[n];
        for (int k = 0; k < n; k++) {
            String[] f = lines.get(k + 1).split(",");
            t[k] = Double.parseDouble(f[0]);
            v[k] = Double.parseDouble(f[1]);
            i[k] = -Double.parseDouble(f[2]); // file: negative = discharge; model: positive = discharge
        }
        return new DischargeRecord(cellName, cycle, t, v, i);
    }

    int size() {
        return time.length;
    }

    boolean loaded(int k) {
        return current[k] > LOADED_CURRENT;
    }

    /** Charge delivered over the record [C], with the same hold as the simulations (coulomb count). */
    double chargeDelivered() {
        double q = 0;
        for (int k = 1; k < time.length; k++) {
            q += current[k] * (time[k] - time[k - 1]);
        }
        return q;
    }

    /** RMSE [V] of {@code simulated} against the measured voltage, over the loaded samples or the whole record. */
    double rmse(double[] simulated, boolean loadedOnly) {
        double sum = 0;
        int n = 0;
        for (int k = 0; k < time.length; k++) {
            if (!loadedOnly || loaded(k)) {
                double e = simulated[k] - voltage[k];
                sum += e * e;
                n++;
            }
        }
        return Math.sqrt(sum / n);
    }
}
