package dev.drivetwin.fmuexport.packaging;

import dev.drivetwin.fmuexport.FmuExportError;
import dev.drivetwin.fmuexport.FmuExportException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;

/**
 * Links a minimal Java runtime for the slave's jars with the JDK's own jdeps (which modules the jars use) and
 * jlink (a runtime of just those modules), so an FMU can run where no Java is installed.
 */
final class RuntimeBundler {

    private RuntimeBundler() {
    }

    /** Returns the folder of the linked runtime (a fresh temporary folder). */
    static Path link(List<Path> jars) throws IOException {
        List<String> jdepsArguments = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", "17"));
        jars.forEach(jar -> jdepsArguments.add(jar.toString()));
        String modules = run("jdeps", jdepsArguments).strip();
        // The shim's JNI code needs java.base only; jdk.unsupported keeps common libraries' fast paths working.
        String addModules = (modules.isEmpty() ? "java.base" : modules) + ",jdk.unsupported";
        Path output = Files.createTempDirectory("drivetwin-jre").resolve("jre");
        run("jlink", List.of("--add-modules", addModules, "--strip-debug", "--no-header-files", "--no-man-pages",
                "--compress=2", "--output", output.toString()));
        return output;
    }

    private static String run(String tool, List<String> arguments) {
        ToolProvider provider = ToolProvider.findFirst(tool).orElseThrow(() -> new FmuExportException(
                FmuExportError.PACKAGING, "runtime", tool + " is not available; package with a JDK, not a JRE"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = provider.run(new PrintWriter(out), new PrintWriter(err), arguments.toArray(String[]::new));
        if (code != 0) {
            throw new FmuExportException(FmuExportError.PACKAGING, "runtime", tool + " " + arguments
                    + " failed with exit code " + code + ": " + err);
        }
        return out.toString();
    }
}
