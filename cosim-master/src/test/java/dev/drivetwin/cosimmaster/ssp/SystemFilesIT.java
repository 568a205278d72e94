package dev.drivetwin.cosimmaster.ssp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.cosimmaster.MasterException;
import dev.drivetwin.cosimmaster.TestFmus;
import dev.drivetwin.cosimmaster.algorithm.GaussSeidelAlgorithm;
import dev.drivetwin.cosimmaster.algorithm.JacobiAlgorithm;
import dev.drivetwin.cosimmaster.algorithm.MasterAlgorithm;
import dev.drivetwin.cosimmaster.execution.FixedStepExperiment;
import dev.drivetwin.cosimmaster.execution.ResultRows;
import dev.drivetwin.cosimmaster.system.ConnectionSource;
import dev.drivetwin.cosimmaster.system.Connector;
import dev.drivetwin.cosimmaster.system.CoupledSystem;
import dev.drivetwin.cosimmaster.system.LoadedSystem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SSP files over the C test FMUs (standing for other tools' exports) and our own Vehicle.fmu: parsing, parameter
 * bindings, linear transformations, unit conversion, algebraic loops and the error messages for broken files.
 */
class SystemFilesIT {
    static final String HEADER = TestFmus.SSD_HEADER;


    @TempDir
    Path folder;

    private Path resource(String model) throws IOException {
        Path resources = Files.createDirectories(folder.resolve("resources"));
        return Files.copy(TestFmus.cModel(model), resources.resolve(model + ".fmu"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static String component(String name, String model, String inside) {
        return "<ssd:Component name=\"" + name + "\" type=\"application/x-fmu-sharedlibrary\" source=\"resources/"
                + model + ".fmu\">" + inside + "</ssd:Component>\n";
    }

    private static String connection(String from, String to, String inside) {
        Connector source = ConnectionSource.parse(from);
        Connector target = ConnectionSource.parse(to);
        return "<ssd:Connection startElement=\"" + source.component() + "\" startConnector=\"" + source.variable()
                + "\" endElement=\"" + target.component() + "\" endConnector=\"" + target.variable() + "\">"
                + inside + "</ssd:Connection>\n";
    }

    private Path ssd(String name, String elements, String connections, String extra) throws IOException {
        return Files.writeString(folder.resolve(name + ".ssd"), HEADER.formatted(name)
                + "<ssd:System name=\"" + name + "\"><ssd:Elements>\n" + elements + "</ssd:Elements>\n"
                + "<ssd:Connections>\n" + connections + "</ssd:Connections></ssd:System>\n" + extra
                + "</ssd:SystemStructureDescription>\n");
    }

    private Path twoMassSsd() throws IOException {
        resource("MassSpringWall");
        resource("CoupledMass");
        return ssd("two-mass", component("wall", "MassSpringWall", "") + component("coupled", "CoupledMass", ""),
                connection("wall.position", "coupled.otherPosition", "")
                        + connection("wall.velocity", "coupled.otherVelocity", "")
                        + connection("coupled.couplingForce", "wall.force", ""),
                "<ssd:DefaultExperiment startTime=\"0\" stopTime=\"2\"/>\n");
    }

    /** Runs a system file with Gauss-Seidel; records the given connectors. */
    static ResultRows run(Path file, double step, Function<CoupledSystem, MasterAlgorithm> algorithm,
            String... recorded) {
        try (SystemStructure structure = SspLoader.load(file); LoadedSystem loaded = structure.load(Map.of());
                MasterAlgorithm chosen = algorithm.apply(loaded.system())) {
            return ResultRows.recordRun(loaded.system(), chosen, structure.startTime().orElse(0),
                    structure.stopTime().orElse(1), recorded);
        }
    }

    static Function<CoupledSystem, MasterAlgorithm> gaussSeidel(double stop, double step) {
        return system -> new GaussSeidelAlgorithm(system, new FixedStepExperiment(0, stop, step));
    }

    @Test
    void anSspArchiveRunsExactlyAsItsUnpackedSsd() throws IOException {
        Path ssd = twoMassSsd();
        Path ssp = folder.resolve("two-mass.ssp");
        try (OutputStream out = Files.newOutputStream(ssp); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("SystemStructure.ssd"));
            zip.write(Files.readAllBytes(ssd));
            for (String model : List.of("MassSpringWall", "CoupledMass")) {
                zip.putNextEntry(new ZipEntry("resources/" + model + ".fmu"));
                zip.write(Files.readAllBytes(folder.resolve("resources/" + model + ".fmu")));
            }
        }
        ResultRows fromSsd = run(ssd, 1e-3, gaussSeidel(2, 1e-3), "wall.position", "coupled.position");
        ResultRows fromSsp = run(ssp, 1e-3, gaussSeidel(2, 1e-3), "wall.position", "coupled.position");
        assertEquals(2001, fromSsd.size(), "DefaultExperiment stopTime 2 s at 1 ms");
        assertEquals(fromSsd.size(), fromSsp.size());
        for (int row = 0; row < fromSsd.size(); row++) {
            assertEquals(fromSsd.value(row, "wall.position"), fromSsp.value(row, "wall.position"), 0.0);
            assertEquals(fromSsd.value(row, "coupled.position"), fromSsp.value(row, "coupled.position"), 0.0);
        }
    }

    @Test
    void parameterSetsAndLinearTransformationsReachTheFmus() throws IOException {
        resource("Gain");
        Files.writeString(folder.resolve("second.ssv"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <ssv:ParameterSet version="1.0" name="second"
                    xmlns:ssv="http://ssp-standard.org/SSP1/SystemStructureParameterValues">
                  <ssv:Parameters>
                    <ssv:Parameter name="gain"><ssv:Real value="0.25"/></ssv:Parameter>
                  </ssv:Parameters>
                </ssv:ParameterSet>
                """);
        String inline = """
                <ssd:ParameterBindings><ssd:ParameterBinding><ssd:ParameterValues>
                  <ssv:ParameterSet version="1.0" name="first"><ssv:Parameters>
                    <ssv:Parameter name="offset"><ssv:Real value="1.5"/></ssv:Parameter>
                  </ssv:Parameters></ssv:ParameterSet>
                </ssd:ParameterValues></ssd:ParameterBinding></ssd:ParameterBindings>""";
        String external = "<ssd:ParameterBindings><ssd:ParameterBinding source=\"second.ssv\"/></ssd:ParameterBindings>";
        Path file = ssd("gains", component("first", "Gain", inline) + component("second", "Gain", external),
                connection("first.y", "second.u", "<ssc:LinearTransformation factor=\"2\" offset=\"1\"/>"),
                "<ssd:SignalDictionaries/>\n<ssd:DefaultExperiment stopTime=\"0.3\"/>\n");
        ResultRows rows = run(file, 0.1, gaussSeidel(0.3, 0.1), "first.y", "second.u", "second.y");
        // first: y = 0.5 * 0 + 1.5 = 1.5; second.u = 2 * 1.5 + 1 = 4; second: y = 0.25 * 4 + 1 = 2; exact in binary
        for (int row = 0; row < rows.size(); row++) {
            assertEquals(1.5, rows.value(row, "first.y"), 0.0);
            assertEquals(4.0, rows.value(row, "second.u"), 0.0);
            assertEquals(2.0, rows.value(row, "second.y"), 0.0);
        }
    }

    @Test
    void anAlgebraicLoopIsReportedAndSolvedAtInitialization() throws IOException {
        resource("Gain");
        Path file = ssd("ring", component("a", "Gain", "") + component("b", "Gain", ""),
                connection("a.y", "b.u", "") + connection("b.y", "a.u", ""),
                "<ssd:DefaultExperiment stopTime=\"0.3\"/>\n");
        try (SystemStructure structure = SspLoader.load(file); LoadedSystem loaded = structure.load(Map.of())) {
            assertEquals(1, loaded.system().algebraicLoops().size(), "from the FMUs' ModelStructure dependencies");
            assertEquals(4, loaded.system().algebraicLoops().get(0).connectors().size());
        }
        ResultRows rows = run(file, 0.1, system -> new JacobiAlgorithm(system, new FixedStepExperiment(0, 0.3, 0.1),
                1), "a.y", "b.y");
        // y = 0.5 y + 1 has the fixed point 2; iteration stops when a pass changes less than 1e-10 (1 + |y|)
        for (int row = 0; row < rows.size(); row++) {
            assertEquals(2, rows.value(row, "a.y"), 3e-10);
            assertEquals(2, rows.value(row, "b.y"), 3e-10);
        }
    }

    @Test
    void incompatibleUnitsAreRefusedNamingBothConnectors() throws IOException {
        resource("MassSpringWall");
        resource("RoadLoad");
        Path file = ssd("mismatch", component("wall", "MassSpringWall", "") + component("road", "RoadLoad", ""),
                connection("wall.position", "road.speed", ""), "");
        MasterException e = assertThrows(MasterException.class, () -> {
            try (SystemStructure structure = SspLoader.load(file)) {
                structure.load(Map.of()).close();
            }
        });
        assertTrue(e.getMessage().contains("mismatch.ssd line ") && e.getMessage().contains("wall.position -> road.speed")
                && e.getMessage().contains("unit m cannot be converted to km/h"), e.getMessage());
    }

    @Test
    void aMissingFmuIsReportedWithFileLineAndElement() throws IOException {
        Path file = ssd("missing", component("wall", "Nowhere", ""), "", "");
        MasterException e = assertThrows(MasterException.class, () -> SspLoader.load(file));
        assertTrue(e.getMessage().startsWith(file + " line 7: <Component name=\"wall\">: source"), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void malformedXmlIsReportedWithItsLine() throws IOException {
        Path file = Files.writeString(folder.resolve("broken.ssd"), HEADER.formatted("broken")
                + "<ssd:System name=\"s\">\n<ssd:Elements>\n</ssd:System>\n");
        MasterException e = assertThrows(MasterException.class, () -> SspLoader.load(file));
        assertTrue(e.getMessage().startsWith(file + " line 8: <Elements>: malformed XML"), e.getMessage());
    }

    @Test
    void ourVehicleDrivesAnotherToolsRoadLoadThroughAUnitConversion() throws IOException {
        resource("RoadLoad");
        Path vehicle = Files.copy(TestFmus.existing(TestFmus.root().resolve("fmu-vehicle/target/Vehicle.fmu")),
                folder.resolve("resources/Vehicle.fmu"));
        Path file = ssd("road", "<ssd:Component name=\"vehicle\" source=\"resources/" + vehicle.getFileName()
                + "\"/>\n" + component("road", "RoadLoad", """
                        <ssd:Connectors><ssd:Connector name="speed" kind="input"><ssc:Real unit="km/h"/>
                        </ssd:Connector></ssd:Connectors>"""),
                connection("vehicle.targetSpeed", "road.speed", ""), "<ssd:DefaultExperiment stopTime=\"60\"/>\n");
        ResultRows rows = run(file, 0.1, gaussSeidel(60, 0.1), "vehicle.targetSpeed", "road.speed", "road.force");
        double mass = 1600, dragArea = 0.6, rolling = 0.01, air = 1.2, gravity = 9.80665; // RoadLoad's start values
        double fastest = 0;
        for (int row = 0; row < rows.size(); row++) {
            double speed = rows.value(row, "vehicle.targetSpeed"); // [m/s], the drive cycle (no motor here)
            fastest = Math.max(fastest, speed);
            // Gauss-Seidel steps the vehicle first, so the road load saw this very speed, converted to km/h
            assertEquals(speed * 3.6, rows.value(row, "road.speed"), 1e-12 * (1 + speed * 3.6));
            double force = 0.5 * air * dragArea * speed * Math.abs(speed) + mass * gravity * rolling;
            assertEquals(force, rows.value(row, "road.force"), 1e-12 * force);
        }
        assertTrue(fastest > 5, "the WLTC moves the car in its first minute, fastest " + fastest + " m/s");
    }
}
