package dev.drivetwin.batterylearning.training;

/**
 * The system properties DJL reads when it first loads, set here before that happens (the command's main) unless
 * given already (surefire sets them): offline, so DJL never tries to download an engine (the PyTorch native
 * library comes as a jar), and one intra-op and one inter-op PyTorch thread, which keeps results bit for bit
 * repeatable and timings steady (with the default pool on a shared 2-core machine they swung about 20x).
 */
public final class DjlSettings {
    private DjlSettings() {
    }

    public static void apply() {
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("ai.djl.pytorch.num_threads", "1");
        setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
