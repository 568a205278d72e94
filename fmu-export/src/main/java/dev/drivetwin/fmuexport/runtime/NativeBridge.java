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
 *
 * <p>fmi2SetReal usually costs no up-call at all: the shim checks the values against {@link #writeTableMemory}
 * ({@link RealWriteTable}) and queues those that certainly pass in {@link #pendingMemory}
 * ({@link PendingRealWrites}); only a batch with a value the table does not clear reaches {@link #setReal}, whose
 * refusal the host sees as before. So every method here first applies what is queued, before anything else.
 */
public final class NativeBridge {
    private static final int INITIAL_CAPACITY = 16;

    /** Value references of the current call (int), written by the shim. */
    ByteBuffer valueReferenceMemory;
    /**
     * Real values of the current call (double), in either direction; for fmi2DoStep, the communication point and
     * the step size, which cross here rather than as JNI arguments (see {@link #doStep()}).
     */
    ByteBuffer realMemory;
    /** Integer and Boolean (0/1) values of the current call (int), in either direction. */
    ByteBuffer integerMemory;
    /** String values of the current call. */
    String[] strings;
    /** Per Real value reference, what fmi2SetReal may write: {@link RealWriteTable}, read by the shim. */
    final ByteBuffer writeTableMemory;
    /** The phase and the number of queued fmi2SetReal values: {@link PendingRealWrites}. */
    final ByteBuffer pendingControlMemory;
    /** The queued fmi2SetReal values; replaced by {@link #reservePending}. */
    ByteBuffer pendingMemory;

    private IntBuffer valueReferenceView;
    private DoubleBuffer realView;
    private IntBuffer integerView;
    private int[] valueReferences;
    private double[] reals;
    private int[] integers;

    private final SlaveInstance instance;
    private final HostLogger logger;
    private final PendingRealWrites pending = new PendingRealWrites();

    NativeBridge(SlaveInstance instance, HostLogger logger) {
        this.instance = instance;
        this.logger = logger;
        allocate(INITIAL_CAPACITY);
        writeTableMemory = RealWriteTable.publish(instance.declaration());
        pendingControlMemory = pending.control();
        pendingMemory = pending.entries();
        pending.publish(instance.phase());
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

    /**
     * Makes the queue of fmi2SetReal values hold at least {@code n}, keeping what is queued; the shim then reads
     * {@link #pendingMemory} again.
     */
    public void reservePending(int n) {
        pending.reserve(n);
        pendingMemory = pending.entries();
    }

    /*
     * Element by element rather than with the buffers' bulk get and put: a host passes a few values per call, and
     * for those the bulk copy's set-up costs more than the copy (measured on the bench, docs/performance.md).
     */

    private void readValueReferences(int n) {
        for (int i = 0; i < n; i++) {
            valueReferences[i] = valueReferenceView.get(i);
        }
    }

    private void readReals(int n) {
        for (int i = 0; i < n; i++) {
            reals[i] = realView.get(i);
        }
    }

    private void writeReals(int n) {
        for (int i = 0; i < n; i++) {
            realView.put(i, reals[i]);
        }
    }

    private void readIntegers(int n) {
        for (int i = 0; i < n; i++) {
            integers[i] = integerView.get(i);
        }
    }

    private void writeIntegers(int n) {
        for (int i = 0; i < n; i++) {
            integerView.put(i, integers[i]);
        }
    }

    /** Applies the queued fmi2SetReal values: OK, or the failure's status after logging it as {@code function}'s. */
    private int applyPending(String function) {
        return pending.applyTo(instance, logger, function);
    }

    /** Passes {@code status} on after telling the shim the phase, which the call may have changed. */
    private int publishingPhase(int status) {
        pending.publish(instance.phase());
        return status;
    }

    public int setDebugLogging(boolean loggingOn, String[] categories) {
        int applied = applyPending("fmi2SetDebugLogging");
        return applied != FmiStatus.OK ? applied : logger.setDebugLogging(loggingOn, categories);
    }

    public int setupExperiment(boolean toleranceDefined, double tolerance, double startTime,
            boolean stopTimeDefined, double stopTime) {
        int applied = applyPending("fmi2SetupExperiment");
        return applied != FmiStatus.OK ? applied
                : instance.setupExperiment(toleranceDefined, tolerance, startTime, stopTimeDefined, stopTime);
    }

    public int enterInitializationMode() {
        int applied = applyPending("fmi2EnterInitializationMode");
        return applied != FmiStatus.OK ? applied : publishingPhase(instance.enterInitializationMode());
    }

    public int exitInitializationMode() {
        int applied = applyPending("fmi2ExitInitializationMode");
        return applied != FmiStatus.OK ? applied : publishingPhase(instance.exitInitializationMode());
    }

    /**
     * fmi2DoStep from the communication point and step size the shim wrote to {@link #realMemory} slots 0 and 1.
     * Two double arguments to a JNI call cost about 4 ns more per step than none (JNI argument marshalling, seen
     * with perf), so the up-call takes none.
     */
    public int doStep() {
        return doStep(realView.get(0), realView.get(1));
    }

    int doStep(double currentCommunicationPoint, double communicationStepSize) {
        int applied = applyPending("fmi2DoStep");
        return applied != FmiStatus.OK ? applied : instance.doStep(currentCommunicationPoint, communicationStepSize);
    }

    public int terminate() {
        int applied = applyPending("fmi2Terminate");
        return applied != FmiStatus.OK ? applied : publishingPhase(instance.terminate());
    }

    public int reset() {
        int applied = applyPending("fmi2Reset");
        return applied != FmiStatus.OK ? applied : publishingPhase(instance.reset());
    }

    public int getReal(int n) {
        int applied = applyPending("fmi2GetReal");
        if (applied != FmiStatus.OK) {
            return applied;
        }
        readValueReferences(n);
        int status = instance.getReal(valueReferences, n, reals);
        writeReals(n);
        return status;
    }

    /** Reached only for a batch the shim could not clear with the write table; refusals are made here. */
    public int setReal(int n) {
        int applied = applyPending("fmi2SetReal");
        if (applied != FmiStatus.OK) {
            return applied;
        }
        readValueReferences(n);
        readReals(n);
        return instance.setReal(valueReferences, n, reals);
    }

    public int getInteger(int n) {
        int applied = applyPending("fmi2GetInteger");
        if (applied != FmiStatus.OK) {
            return applied;
        }
        readValueReferences(n);
        int status = instance.getInteger(valueReferences, n, integers);
        writeIntegers(n);
        return status;
    }

    public int setInteger(int n) {
        int applied = applyPending("fmi2SetInteger");
        if (applied != FmiStatus.OK) {
            return applied;
        }
        readValueReferences(n);
        readIntegers(n);
        return instance.setInteger(valueReferences, n, integers);
    }

    public int getBoolean(int n) {
        int applied = applyPending("fmi2GetBoolean");
        if (applied != FmiStatus.OK) {
            return applied;
        }
        readValueReferences(n);
        int status = instance.getBoolean(valueReferences, n, integers);
        writeIntegers(n);
        return status;
    }

    public int setBoolean(int n) {
        int applied = applyPending("fmi2SetBoolean");
        if (applied != FmiStatus.OK) {
            return applied;
        }
        readValueReferences(n);
        readIntegers(n);
        return instance.setBoolean(valueReferences, n, integers);
    }

    public int getString(int n) {
        int applied = applyPending("fmi2GetString");
        if (applied != FmiStatus.OK) {
            return applied;
        }
        readValueReferences(n);
        return instance.getString(valueReferences, n, strings);
    }

    public int setString(int n) {
        int applied = applyPending("fmi2SetString");
        if (applied != FmiStatus.OK) {
            return applied;
        }
        readValueReferences(n);
        return instance.setString(valueReferences, n, strings);
    }

    /** The serialised instance state, queued values included, or null after logging why. */
    public byte[] getState() {
        return applyPending("fmi2GetFMUstate") != FmiStatus.OK ? null : instance.getState();
    }

    public int setState(byte[] state) {
        int applied = applyPending("fmi2SetFMUstate");
        return applied != FmiStatus.OK ? applied : publishingPhase(instance.setState(state));
    }

    /**
     * Time at the end of the last successful step [s], for fmi2GetRealStatus(fmi2LastSuccessfulTime); NaN after
     * logging why when the queued values cannot be applied (a time is never NaN otherwise).
     */
    public double lastSuccessfulTime() {
        return applyPending("fmi2GetRealStatus") != FmiStatus.OK ? Double.NaN : instance.time();
    }
}
