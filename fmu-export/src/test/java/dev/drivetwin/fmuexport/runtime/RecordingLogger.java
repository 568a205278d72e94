package dev.drivetwin.fmuexport.runtime;

import java.util.ArrayList;
import java.util.List;

/** Keeps every message that reaches the host, as "status category: message". */
final class RecordingLogger extends HostLogger {
    final List<String> messages = new ArrayList<>();

    RecordingLogger(boolean loggingOn) {
        super(loggingOn);
    }

    @Override
    protected void send(int status, String category, String message) {
        messages.add(status + " " + category + ": " + message);
    }

    String last() {
        return messages.isEmpty() ? "" : messages.get(messages.size() - 1);
    }
}
