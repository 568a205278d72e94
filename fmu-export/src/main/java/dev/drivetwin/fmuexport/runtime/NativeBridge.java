package dev.drivetwin.fmuexport.runtime;

import dev.drivetwin.fmuexport.slave.LogCategory;
import dev.drivetwin.fmuexport.slave.SlaveContext;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
import java.nio.file.Path;

/**
 * The in-process entry point called from the native shim through JNI, one object per FMU instance, loaded in
 * that instance's own class loader. Value references and numbers cross through direct buffers in native byte
 * order, which the shim reads and writes as plain memory (GetDirectBufferAddress once per {@link #reserve}), so a
 * call costs one JNI up-call and no copy through JNI; strings cross through {@link #strings} with JNI array calls.
 * No Java object is allocated per call. Every method returns an fmi2Status code and never throws. The shim
 * serialises calls per instance.
 */
public final class NativeBridge {
    private static final int INITIAL_CAPACITY = 16;

    /** Value references of the current call (int), written by the shim. */
    ByteBuffer valueReferenceMemory;
    /** Real values of the current call (double), in either direction. */
    ByteBuffer realMemory;
    /** Integer and Boolean (0/1) values of the current call (int), in either direction. */
    ByteBuffer integerMemory;
    /** String values of the current call. */
    String[] strings;

    private IntBuffer valueReferenceView;
    private DoubleBuffer realView;
    private IntBuffer integerView;
    private int[] valueReferences;
    private double[] reals;
    private int[] integers;

    private final SlaveInstance instance;
    private final NativeLogger logger;

    private NativeBridge(SlaveInstance instance, NativeLogger logger) {
        this.instance = instance;
        this.logger = logger;
        allocate(INITIAL_CAPACITY);
    }

    private void allocate(int size) {
        valueReferenceMemory = ByteBuffer.allocateDirect(size * Integer.BYTES).order(ByteOrder.nativeOrder());
        realMemory = ByteBuffer.allocateDirect(size * Double.BYTES).order(ByteOrder.nativeOrder());
        integerMemory = ByteBuffer.allocateDirect(size * Integer.BYTES).order(ByteOrder.nativeOrder());
        valueReferenceView = valueReferenceMemory.asIntBuffer();
        realView = realMemory.asDoubleBuffer();
        integerView = integerMemory.asIntBuffer();
        valueReferences = new int[size];
        reals = new double[size];
        integers = new int[size];
        strings = new String[size];
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
            allocate(Math.max(n, 2 * valueReferences.length));
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
        valueReferenceView.get(0, valueReferences, 0, n);
        int status = instance.getReal(valueReferences, n, reals);
        realView.put(0, reals, 0, n);
        return status;
    }

    public int setReal(int n) {
        valueReferenceView.get(0, valueReferences, 0, n);
        realView.get(0, reals, 0, n);
        return instance.setReal(valueReferences, n, reals);
    }

    public int getInteger(int n) {
        valueReferenceView.get(0, valueReferences, 0, n);
        int status = instance.getInteger(valueReferences, n, integers);
        integerView.put(0, integers, 0, n);
        return status;
    }

    public int setInteger(int n) {
        valueReferenceView.get(0, valueReferences, 0, n);
        integerView.get(0, integers, 0, n);
        return instance.setInteger(valueReferences, n, integers);
    }

    public int getBoolean(int n) {
        valueReferenceView.get(0, valueReferences, 0, n);
        int status = instance.getBoolean(valueReferences, n, integers);
        integerView.put(0, integers, 0, n);
        return status;
    }

    public int setBoolean(int n) {
        valueReferenceView.get(0, valueReferences, 0, n);
        integerView.get(0, integers, 0, n);
        return instance.setBoolean(valueReferences, n, integers);
    }

    public int getString(int n) {
        valueReferenceView.get(0, valueReferences, 0, n);
        return instance.getString(valueReferences, n, strings);
    }

    public int setString(int n) {
        valueReferenceView.get(0, valueReferences, 0, n);
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
