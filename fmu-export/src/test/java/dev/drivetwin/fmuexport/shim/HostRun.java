package dev.drivetwin.fmuexport.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run of the C test host (fmu-export/src/test/c/fmu_host.c) printed: its exit code, stdout lines and
 * stderr. The lines are {@code RESULT key=value}, {@code LOG ...}, {@code MISUSE ...} and {@code FAIL why}.
 */
record HostRun(String scenario, ShimMode mode, int exitCode, List<String> lines, String stderr) {

    /** One refused call, from a {@code MISUSE case=.. function=.. returned=.. expected=.. logged=.. message=..} line. */
    record Misuse(String id, String function, String returned, int logged, String message) {
    }

    /** Fails unless the host exited by itself with 0: a signal (crash) gives 128 + its number. */
    void assertPassed() {
        assertEquals(0, exitCode, () -> describe() + " exited with " + exitCode
                + (exitCode > 128 ? " (signal " + (exitCode - 128) + ": the process crashed)" : "")
                + "\nfailures: " + lines.stream().filter(l -> l.startsWith("FAIL")).toList() + "\nstderr: " + stderr);
    }

    Map<String, String> results() {
        Map<String, String> results = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.startsWith("RESULT ")) {
                int equals = line.indexOf('=');
                results.put(line.substring(7, equals), line.substring(equals + 1));
            }
        }
        return results;
    }

    String result(String key) {
        String value = results().get(key);
        assertNotNull(value, () -> describe() + " printed no RESULT " + key);
        return value;
    }

    double real(String key) {
        return Double.parseDouble(result(key));
    }

    long integer(String key) {
        return Long.parseLong(result(key));
    }

    Map<String, Misuse> misuses() {
        Map<String, Misuse> misuses = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.startsWith("MISUSE ")) {
                int messageStart = line.indexOf(" message=");
                Map<String, String> fields = new LinkedHashMap<>();
                for (String field : line.substring(7, messageStart).split(" ")) {
                    int equals = field.indexOf('=');
                    fields.put(field.substring(0, equals), field.substring(equals + 1));
                }
                Misuse misuse = new Misuse(fields.get("case"), fields.get("function"), fields.get("returned"),
                        Integer.parseInt(fields.get("logged")), line.substring(messageStart + 9));
                misuses.put(misuse.id(), misuse);
            }
        }
        return misuses;
    }

    String describe() {
        return "fmu_host " + scenario + " (" + mode.environmentValue() + ")";
    }
}
