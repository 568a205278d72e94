package dev.drivetwin.fmuexport.runtime;

import dev.drivetwin.fmuexport.slave.LogCategory;
import dev.drivetwin.fmuexport.slave.SlaveContext;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * The out-of-process entry point: the main class of the child JVM the native shim starts in out-of-process mode
 * (fmu-export/src/main/c/child_backend.c). It creates one {@link SlaveInstance} and answers the shim's requests
 * on stdin/stdout in the {@link ChildProtocol} framing until a CLOSE request or the end of stdin. Slave log
 * messages travel as LOG frames before each reply. Stdout carries only frames: {@link #main} points
 * {@code System.out} at stderr before any slave code runs, so what a slave prints goes to the host's stderr.
 *
 * <p>Arguments: slave class, instance name, GUID, resource directory, loggingOn ({@code true}/{@code false}).
 * Not thread-safe: one instance serves one stream pair; log frames from other threads are serialised with
 * replies.
 */
public final class ChildProcessHost {
    /** Exit code after CLOSE or the end of the request stream. */
    public static final int EXIT_CLOSED = 0;
    /** Exit code when the slave could not be created (the greeting said why). */
    public static final int EXIT_NO_SLAVE = 1;
    /** Exit code after bad arguments or a broken stream. */
    public static final int EXIT_BROKEN = 2;

    private final SlaveInstance instance;
    private final FrameLogger logger;
    private final ChildProtocol.Writer writer;
    private int[] valueReferences = new int[16];
    private double[] reals = new double[16];
    private int[] integers = new int[16];
    private String[] strings = new String[16];

    private ChildProcessHost(SlaveInstance instance, FrameLogger logger) {
        this.instance = instance;
        this.logger = logger;
        this.writer = logger.writer;
    }

    public static void main(String[] args) {
        OutputStream frames = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        System.setOut(System.err);
        InputStream requests = new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16);
        System.setIn(InputStream.nullInputStream());
        // A slave may have left non-daemon threads running: the process ends here either way.
        System.exit(serve(args, requests, frames));
    }

    /**
     * Creates the slave, sends the greeting and answers requests until CLOSE or the end of {@code in}.
     *
     * @return {@link #EXIT_CLOSED}, {@link #EXIT_NO_SLAVE} or {@link #EXIT_BROKEN}
     */
    public static int serve(String[] args, InputStream in, OutputStream out) {
        if (args.length != 5) {
            System.err.println("ChildProcessHost: expected 5 arguments (slave class, instance name, GUID, resource"
                    + " directory, loggingOn), got " + args.length + "; this class is started by the drivetwin"
                    + " FMU shim");
            return EXIT_BROKEN;
        }
        ChildProtocol.Writer writer = new ChildProtocol.Writer(out);
        FrameLogger logger = new FrameLogger(writer, Boolean.parseBoolean(args[4]));
        try {
            ChildProcessHost host;
            try {
                SlaveContext context = new SlaveContext(args[1], Path.of(args[3]), logger);
                SlaveInstance instance = SlaveInstance.create(args[0], ChildProcessHost.class.getClassLoader(),
                        context, args[2]);
                host = new ChildProcessHost(instance, logger);
            } catch (Throwable e) {
                logger.log(LogCategory.LOG_STATUS_FATAL, "fmi2Instantiate: " + SlaveInstance.describe(e));
                synchronized (writer) {
                    writer.begin(ChildProtocol.REPLY).u8(FmiStatus.FATAL).send();
                }
                return EXIT_NO_SLAVE;
            }
            synchronized (writer) {
                writer.begin(ChildProtocol.REPLY).u8(FmiStatus.OK).i32(ChildProtocol.MAGIC)
                        .i32(ChildProtocol.VERSION).send();
            }
            return host.loop(new DataInputStream(in));
        } catch (IOException e) {
            System.err.println("ChildProcessHost: the stream to the FMU shim broke: " + e);
            return EXIT_BROKEN;
        }
    }

    private int loop(DataInputStream in) throws IOException {
        for (;;) {
            ByteBuffer frame = ChildProtocol.readFrame(in);
            if (frame == null) {
                return EXIT_CLOSED;
            }
            int opcode = frame.get() & 0xFF;
            synchronized (writer) {
                try {
                    if (!answer(opcode, frame)) {
                        return EXIT_CLOSED;
                    }
                } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
                    logger.log(LogCategory.LOG_STATUS_FATAL, "request with opcode " + opcode + " is malformed ("
                            + e + "); the FMU's shim and resources/java do not match");
                    writer.begin(ChildProtocol.REPLY).u8(FmiStatus.FATAL).send();
                } catch (IOException e) {
                    throw e;
                } catch (Throwable e) {
                    logger.log(LogCategory.LOG_STATUS_ERROR, "request with opcode " + opcode + " failed: "
                            + SlaveInstance.describe(e));
                    writer.begin(ChildProtocol.REPLY)
                            .u8(e instanceof VirtualMachineError ? FmiStatus.FATAL : FmiStatus.ERROR).send();
                }
            }
        }
    }

    /** Performs one request and sends its reply; false after CLOSE. */
    private boolean answer(int opcode, ByteBuffer frame) throws IOException {
        switch (opcode) {
            case ChildProtocol.SET_DEBUG_LOGGING -> {
                boolean on = frame.get() != 0;
                String[] categories = new String[count(frame, 4)];
                for (int i = 0; i < categories.length; i++) {
                    categories[i] = ChildProtocol.string(frame);
                }
                reply(logger.setDebugLogging(on, categories));
            }
            case ChildProtocol.SETUP_EXPERIMENT -> {
                boolean toleranceDefined = frame.get() != 0;
                double tolerance = frame.getDouble();
                double start = frame.getDouble();
                boolean stopDefined = frame.get() != 0;
                double stop = frame.getDouble();
                reply(instance.setupExperiment(toleranceDefined, tolerance, start, stopDefined, stop));
            }
            case ChildProtocol.ENTER_INIT -> reply(instance.enterInitializationMode());
            case ChildProtocol.EXIT_INIT -> reply(instance.exitInitializationMode());
            case ChildProtocol.DO_STEP -> {
                double t = frame.getDouble();
                double h = frame.getDouble();
                reply(instance.doStep(t, h));
            }
            case ChildProtocol.TERMINATE -> reply(instance.terminate());
            case ChildProtocol.RESET -> reply(instance.reset());
            case ChildProtocol.GET_REAL -> {
                int n = references(frame, 0);
                int status = instance.getReal(valueReferences, n, reals);
                writer.begin(ChildProtocol.REPLY).u8(status);
                if (status <= FmiStatus.WARNING) {
                    for (int i = 0; i < n; i++) {
                        writer.f64(reals[i]);
                    }
                }
                writer.send();
            }
            case ChildProtocol.SET_REAL -> {
                int n = references(frame, 8);
                for (int i = 0; i < n; i++) {
                    reals[i] = frame.getDouble();
                }
                reply(instance.setReal(valueReferences, n, reals));
            }
            case ChildProtocol.GET_INTEGER, ChildProtocol.GET_BOOLEAN -> {
                int n = references(frame, 0);
                int status = opcode == ChildProtocol.GET_INTEGER
                        ? instance.getInteger(valueReferences, n, integers)
                        : instance.getBoolean(valueReferences, n, integers);
                writer.begin(ChildProtocol.REPLY).u8(status);
                if (status <= FmiStatus.WARNING) {
                    for (int i = 0; i < n; i++) {
                        writer.i32(integers[i]);
                    }
                }
                writer.send();
            }
            case ChildProtocol.SET_INTEGER, ChildProtocol.SET_BOOLEAN -> {
                int n = references(frame, 4);
                for (int i = 0; i < n; i++) {
                    integers[i] = frame.getInt();
                }
                reply(opcode == ChildProtocol.SET_INTEGER ? instance.setInteger(valueReferences, n, integers)
                        : instance.setBoolean(valueReferences, n, integers));
            }
            case ChildProtocol.GET_STRING -> {
                int n = references(frame, 0);
                int status = instance.getString(valueReferences, n, strings);
                writer.begin(ChildProtocol.REPLY).u8(status);
                if (status <= FmiStatus.WARNING) {
                    for (int i = 0; i < n; i++) {
                        writer.string(strings[i]);
                    }
                }
                writer.send();
            }
            case ChildProtocol.SET_STRING -> {
                int n = references(frame, 4);
                for (int i = 0; i < n; i++) {
                    strings[i] = ChildProtocol.string(frame);
                }
                reply(instance.setString(valueReferences, n, strings));
            }
            case ChildProtocol.GET_STATE -> {
                byte[] state = instance.getState();
                if (state == null) {
                    reply(FmiStatus.ERROR); // getState has logged why
                } else {
                    writer.begin(ChildProtocol.REPLY).u8(FmiStatus.OK).bytes(state).send();
                }
            }
            case ChildProtocol.SET_STATE -> {
                byte[] state = new byte[count(frame, 1)];
                frame.get(state);
                reply(instance.setState(state));
            }
            case ChildProtocol.LAST_SUCCESSFUL_TIME ->
                    writer.begin(ChildProtocol.REPLY).u8(FmiStatus.OK).f64(instance.time()).send();
            case ChildProtocol.CLOSE -> {
                try {
                    reply(FmiStatus.OK);
                } catch (IOException shimClosedFirst) {
                    // the shim need not wait for this answer: it may have closed its end already
                }
                return false;
            }
            default -> {
                logger.log(LogCategory.LOG_STATUS_FATAL, "unknown request opcode " + opcode
                        + "; the FMU's shim and resources/java do not match");
                reply(FmiStatus.FATAL);
            }
        }
        return true;
    }

    private void reply(int status) throws IOException {
        writer.begin(ChildProtocol.REPLY).u8(status).send();
    }

    /** Reads a u32 count of items of at least {@code bytesEach} bytes, refusing one the frame cannot hold. */
    private static int count(ByteBuffer frame, int bytesEach) {
        int n = frame.getInt();
        if (n < 0 || (long) n * Math.max(1, bytesEach) > frame.remaining()) {
            throw new IllegalArgumentException("count " + Integer.toUnsignedString(n) + " exceeds the frame");
        }
        return n;
    }

    /** Reads n and n value references into the buffers, grown to hold n; {@code bytesPerValue} follow each. */
    private int references(ByteBuffer frame, int bytesPerValue) {
        int n = count(frame, 4 + bytesPerValue);
        if (n > valueReferences.length) {
            int size = Math.max(n, 2 * valueReferences.length);
            valueReferences = new int[size];
            reals = new double[size];
            integers = new int[size];
            strings = new String[size];
        }
        for (int i = 0; i < n; i++) {
            valueReferences[i] = frame.getInt();
        }
        return n;
    }

    /** Sends slave messages as LOG frames; a broken stream is noticed by the next reply, not here. */
    private static final class FrameLogger extends HostLogger {
        private final ChildProtocol.Writer writer;

        FrameLogger(ChildProtocol.Writer writer, boolean loggingOn) {
            super(loggingOn);
            this.writer = writer;
        }

        @Override
        protected void send(int status, String category, String message) {
            synchronized (writer) {
                try {
                    writer.begin(ChildProtocol.LOG).u8(status).string(category).string(message).send();
                } catch (IOException e) {
                    System.err.println("ChildProcessHost: cannot send a log message to the FMU shim (" + e + "): "
                            + message);
                }
            }
        }
    }
}
