package dev.drivetwin.cosimmaster.fmi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Broken copies of a packaged FMU, for the tests that check each fault is refused with a clear message. */
public final class FmuVariants {
    private FmuVariants() {
    }

    /** fmu-export's packaged ThermalMass.fmu. */
    public static Path thermalMass() {
        return Path.of(System.getProperty("thermal.mass.fmu"));
    }

    /** fmu-export's packaged FaultySlave.fmu (input fault: 1 throw, 2 discard, 3 halt the JVM, 4 hang). */
    public static Path faultySlave() {
        return Path.of(System.getProperty("faulty.slave.fmu"));
    }

    /**
     * A copy of {@code source} in {@code directory} whose entries pass through {@code changes}: null drops one,
     * else its new bytes; {@code extraEntries} are added with a few bytes each.
     */
    public static Path variant(Path source, Path directory, String name, Map<String, UnaryOperator<byte[]>> changes,
            String... extraEntries) throws IOException {
        Path copy = directory.resolve(name + ".fmu");
        try (InputStream in = Files.newInputStream(source); ZipInputStream zip = new ZipInputStream(in);
                OutputStream out = Files.newOutputStream(copy); ZipOutputStream target = new ZipOutputStream(out)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] content = zip.readAllBytes();
                byte[] changed = changes.getOrDefault(entry.getName(), UnaryOperator.identity()).apply(content);
                if (changed != null) {
                    target.putNextEntry(new ZipEntry(entry.getName()));
                    target.write(changed);
                }
            }
            for (String extra : extraEntries) {
                target.putNextEntry(new ZipEntry(extra));
                target.write("escaped".getBytes(StandardCharsets.UTF_8));
            }
        }
        return copy;
    }

    /** Replaces {@code text} in a text entry; fails the test setup when the text is not there. */
    public static UnaryOperator<byte[]> replacing(String text, String replacement) {
        return bytes -> {
            String content = new String(bytes, StandardCharsets.UTF_8);
            if (!content.contains(text)) {
                throw new IllegalStateException("'" + text + "' not found in:\n" + content);
            }
            return content.replace(text, replacement).getBytes(StandardCharsets.UTF_8);
        };
    }
}
