package dev.drivetwin.benchmarks;

import java.io.File;

/**
 * Where the packaged FMUs are: {@code <module>/target/<name>.fmu} under the project root, which is the system
 * property {@code drivetwin.root} if set, else the working directory (run the jar from the project root).
 */
final class Fmus {
    private Fmus() {
    }

    static File file(String module, String name) {
        return new File(new File(new File(System.getProperty("drivetwin.root", ".")), module), "target/" + name);
    }
}
