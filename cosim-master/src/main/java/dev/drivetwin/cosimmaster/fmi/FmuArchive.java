package dev.drivetwin.cosimmaster.fmi;

import dev.drivetwin.cosimmaster.MasterError;
import dev.drivetwin.cosimmaster.MasterException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An .fmu unpacked into a private temporary folder (owner-only permissions) that {@link #close} deletes, and that
 * is deleted at once when unpacking fails. We unpack FMUs ourselves rather than letting FMI4j do it, because FMI4j
 * 0.38.0 writes entries whose names contain {@code ../} outside its folder (zip slip); here such an entry, or an
 * absolute one, refuses the whole FMU with a message naming it. Not thread-safe.
 */
public final class FmuArchive implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(FmuArchive.class);

    private final Path file;
    private final Path directory;

    private FmuArchive(Path file, Path directory) {
        this.file = file;
        this.directory = directory;
    }

    /** Unpacks {@code file} into a new folder under the system's temporary folder. */
    public static FmuArchive extract(Path file) {
        return extract(file, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Unpacks {@code file} into a new folder under {@code parent}.
     *
     * @throws MasterException naming the file (and the entry) when it is missing, not a zip archive, or holds an
     *     entry that would land outside the folder
     */
    public static FmuArchive extract(Path file, Path parent) {
        if (!Files.isRegularFile(file)) {
            throw new MasterException(MasterError.BAD_FMU, file, "no such file");
        }
        Path directory = createPrivateDirectory(file, parent);
        try {
            unzip(file, directory);
            return new FmuArchive(file, directory);
        } catch (IOException | RuntimeException e) {
            delete(directory);
            if (e instanceof MasterException master) {
                throw master;
            }
            throw new MasterException(e, MasterError.BAD_FMU, file, "cannot be unpacked as a zip archive (" + e + ")");
        }
    }

    private static Path createPrivateDirectory(Path file, Path parent) {
        try {
            return Files.createTempDirectory(parent, "drivetwin-fmu-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new MasterException(e, MasterError.IO, file, "cannot create a folder to unpack it in " + parent
                    + ": " + e.getMessage());
        }
    }

    private static void unzip(Path file, Path directory) throws IOException {
        int entries = 0;
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                Path target = inside(file, directory, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
        if (entries == 0) {
            throw new MasterException(MasterError.BAD_FMU, file, "is not a zip archive, or an empty one");
        }
    }

    /** Where an entry goes; refuses names that are absolute or climb out of {@code directory}. */
    private static Path inside(Path file, Path directory, String name) {
        String portable = name.replace('\\', '/');
        boolean absolute = portable.startsWith("/") || portable.matches("^[A-Za-z]:.*");
        Path target = directory.resolve(portable).normalize();
        if (absolute || !target.startsWith(directory) || target.equals(directory)) {
            throw new MasterException(MasterError.BAD_FMU, file, "entry '" + name + "' would be written outside the"
                    + " FMU's folder (a zip-slip archive); refusing the whole FMU");
        }
        return target;
    }

    /** The .fmu file this was unpacked from, for messages. */
    public Path file() {
        return file;
    }

    /** The folder holding modelDescription.xml, binaries/ and resources/. */
    public Path directory() {
        return directory;
    }

    /** Deletes the unpacked folder; safe to repeat. */
    @Override
    public void close() {
        delete(directory);
    }

    private static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) throws IOException {
                    Files.delete(path);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path path, IOException failure) throws IOException {
                    Files.delete(path);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Nothing the caller could do better; the folder is in the temporary area and private to us.
            LOG.warn("cannot delete {}: {}", root, e.toString());
        }
    }
}
