package dev.drivetwin.modeldescriptions.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.modeldescriptions.Fixtures;
import dev.drivetwin.modeldescriptions.RandomModelDescriptions;
import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.rules.RuleValidator;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {

    /** Fixed seed so failures reproduce; each case uses seed + case number. */
    private static final long SEED = 20240501L;

    static Stream<String> fixtures() {
        return Stream.of(Fixtures.ALL);
    }

    static IntStream cases() {
        return IntStream.range(0, 200);
    }

    private static ModelDescription writeAndRead(ModelDescription md) {
        String xml = ModelDescriptionWriter.toXml(md);
        return ModelDescriptionReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "written.xml");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixtureSurvivesWriteAndRead(String fixture) {
        ModelDescription md = Fixtures.read(fixture);
        assertEquals(md, writeAndRead(md));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixtureHasNoRuleViolations(String fixture) {
        assertEquals(java.util.List.of(), RuleValidator.validate(Fixtures.read(fixture)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void randomValidDescriptionSurvivesWriteAndReadAndStaysValid(int caseNumber) {
        ModelDescription md = new RandomModelDescriptions(new Random(SEED + caseNumber)).next();
        assertEquals(java.util.List.of(), RuleValidator.validate(md), "generated case " + caseNumber);
        assertEquals(md, writeAndRead(md), "generated case " + caseNumber);
    }

    @Test
    void writtenFileStartsWithUtf8DeclarationAndReadsBack(@TempDir Path dir) {
        ModelDescription md = Fixtures.read("EveryElement.xml");
        Path file = dir.resolve("modelDescription.xml");
        ModelDescriptionWriter.write(md, file);
        assertEquals(md, ModelDescriptionReader.read(file));
        String xml = ModelDescriptionWriter.toXml(md);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml.substring(0, 60));
    }
}
