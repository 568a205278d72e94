package dev.drivetwin.modeldescriptions;

import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.xml.ModelDescriptionReader;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;

/** Loads the hand-written fixtures under {@code src/test/resources/fixtures}. */
public final class Fixtures {

    /** Every fixture file name; each describes a valid Co-Simulation FMU. */
    public static final String[] ALL = {"EveryElement.xml", "SimulinkLike.xml", "OpenModelicaLike.xml", "DymolaLike.xml"};

    private Fixtures() {
    }

    /** @return the parsed fixture */
    public static ModelDescription read(String fileName) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fileName);
            }
            return ModelDescriptionReader.read(in, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
