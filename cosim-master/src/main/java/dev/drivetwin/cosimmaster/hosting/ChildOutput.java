package dev.drivetwin.cosimmaster.hosting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains a child process's merged stdout and stderr on a daemon thread, so the child never blocks on a full pipe:
 * each line is logged as a warning under the instance's name (the child logs only warnings and errors, as the CLI
 * does) and the last {@value #KEPT} lines are kept for the message when the child crashes or hangs.
 */
final class ChildOutput {
    private static final Logger LOG = LoggerFactory.getLogger(ChildOutput.class);
    static final int KEPT = 20;

    private final ArrayDeque<String> tail = new ArrayDeque<>();
    private final Thread reader;

    ChildOutput(InputStream output, String instanceName) {
        reader = new Thread(() -> drain(output, instanceName), "child output of " + instanceName);
        reader.setDaemon(true);
        reader.start();
    }

    private void drain(InputStream output, String instanceName) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                LOG.warn("[{}] {}", instanceName, line);
                synchronized (tail) {
                    if (tail.size() == KEPT) {
                        tail.removeFirst();
                    }
                    tail.addLast(line);
                }
            }
        } catch (IOException e) {
            LOG.debug("output of {} ended: {}", instanceName, e.toString());
        }
    }

    /**
     * The last lines, after waiting up to {@code waitMillis} for the rest of the output (the child has ended or
     * been destroyed, so the pipe closes soon).
     */
    List<String> tail(long waitMillis) {
        try {
            reader.join(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (tail) {
            return List.copyOf(tail);
        }
    }

    /** The tail as a message suffix: nothing when empty, else the lines indented below a heading. */
    static String asSuffix(List<String> lines) {
        if (lines.isEmpty()) {
            return "; it printed nothing";
        }
        return "; its last output:" + System.lineSeparator() + "    "
                + String.join(System.lineSeparator() + "    ", lines);
    }
}
