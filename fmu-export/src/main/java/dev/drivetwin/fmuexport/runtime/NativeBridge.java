package dev.drivetwin.fmuexport.runtime;

import dev.drivetwin.fmuexport.slave.LogCategory;
import dev.drivetwin.fmuexport.slave.SlaveContext;
import java.nio.file.Path;

/**
 * The in-process entry point called from the native shim through JNI, one object per FMU instance, loaded in
 * that instance's own class loader. Values cross through the buffer arrays below, which the shim fills and
 * reads with Get/Set...ArrayRegion, so no Java object is allocated per call; {@link #reserve} grows them.
 * Every method returns an fmi2Status code and never throws. The shim serialises calls per instance.
 */
public final class NativeBridge {
    /** Value references of the current call; read by Java, written by the shim. */
    int[] valueReferences = new int[16];
    /** Real values of the current call, in either direction. */
    double[] reals = new double[16];
    /** Integer and Boolean (0/1) values of the current call. */
    int[] integers = new int[16];
    /** String values of the current call. */
    String[] strings = new String[16];

    private final SlaveInstance instance;
    private final NativeLogger logger;

    private NativeBridge(SlaveInstance instance, NativeLogger logger) {
        this.instance = instance;
        this.logger = logger;
    }

    /**
     * Called by fmi2Instantiate. Returns null after logging why when the slave cannot be created, which the shim
     * turns into a NULL component.
     */
    public static NativeBridge instantiate(long nativeInstance, String slaveClass, String instanceName,
            String guid, String resourceDirectory, boolean loggingOn) {
        NativeLogger logger = new NativeLogger(nativeInstance, loggingOn);
        try {
            SlaveContext context = new SlaveContext(instanceName, Path.of(resourceDirectory), logger);
            SlaveInstance instance = SlaveInstance.create(slaveClass, NativeBridge.class.getClassLoader(),
                    context, guid);
            return new NativeBridge(instance, logger);
        } catch (Throwable e) {
            logger.log(LogCategory.LOG_STATUS_FATAL, "fmi2Instantiate: " + SlaveInstance.describe(e));
            return null;
        }
    }

    /** Makes every buffer hold at least {@code n} values; the shim then reads the fields again. */
    public void reserve(int n) {
        if (n > valueReferences.length) {
            int size = Math.max(n, 2 * valueReferences.length);
            valueReferences = new int[size];
            reals = new double[size];
            integers = new int[size];
            strings = new String[size];
        }
    }

    public int setDebugLogging(boolean loggingOn, String[] categories) {
        return logger.setDebugLogging(loggingOn, categories);
    }

    public int setupExperiment(boolean toleranceDefined, double tolerance, double startTime,
            boolean stopTimeDefined, double stopTime) {
        return instance.setupExperiment(toleranceDefined, tolerance, startTime, stopTimeDefined, stopTime);
    }

    public int enterInitializationMode() {
        return instance.enterInitializationMode();
    }

    public int exitInitializationMode() {
        return instance.exitInitializationMode();
    }

    public int doStep(double currentCommunicationPoint, double communicationStepSize) {
        return instance.doStep(currentCommunicationPoint, communicationStepSize);
    }

    public int terminate() {
        return instance.terminate();
    }

    public int reset() {
        return instance.reset();
    }

    public int getReal(int n) {
        return instance.getReal(valueReferences, n, reals);
    }

    public int setReal(int n) {
        return instance.setReal(valueReferences, n, reals);
    }

    public int getInteger(int n) {
        return instance.getInteger(valueReferences, n, integers);
    }

    public int setInteger(int n) {
        return instance.setInteger(valueReferences, n, integers);
    }

    public int getBoolean(int n) {
        return instance.getBoolean(valueReferences, n, integers);
    }

    public int setBoolean(int n) {
        return instance.setBoolean(valueReferences, n, integers);
    }

    public int getString(int n) {
        return instance.getString(valueReferences, n, strings);
    }

    public int setString(int n) {
        return instance.setString(valueReferences, n, strings);
    }

    /** The serialised instance state, or null after logging why. */
    public byte[] getState() {
        return instance.getState();
    }

    public int setState(byte[] state) {
        return instance.setState(state);
    }

    /** Time at the end of the last successful step [s], for fmi2GetRealStatus(fmi2LastSuccessfulTime). */
    public double lastSuccessfulTime() {
        return instance.time();
    }
}
