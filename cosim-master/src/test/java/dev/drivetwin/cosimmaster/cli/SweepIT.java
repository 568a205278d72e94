package dev.drivetwin.cosimmaster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.cosimmaster.TestFmus;
import dev.drivetwin.cosimmaster.observe.RunSummaryWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drivetwin run --sweep}: variants of the two-mass oscillator (C FMUs) in parallel, one folder each. */
class SweepIT {

    private static Path twoMassSystem(Path folder) throws Exception {
        for (String model : new String[] {"MassSpringWall", "CoupledMass"}) {
            Files.copy(TestFmus.cModel(model), folder.resolve(model + ".fmu"), StandardCopyOption.REPLACE_EXISTING);
        }
        return Files.writeString(folder.resolve("two-mass.ssd"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <ssd:SystemStructureDescription version="1.0" name="two-mass"
                    xmlns:ssd="http://ssp-standard.org/SSP1/SystemStructureDescription">
                  <ssd:System name="two-mass">
                    <ssd:Elements>
                      <ssd:Component name="wall" source="MassSpringWall.fmu"/>
                      <ssd:Component name="coupled" source="CoupledMass.fmu"/>
                    </ssd:Elements>
                    <ssd:Connections>
                      <ssd:Connection startElement="wall" startConnector="position" endElement="coupled"
                          endConnector="otherPosition"/>
                      <ssd:Connection startElement="wall" startConnector="velocity" endElement="coupled"
                          endConnector="otherVelocity"/>
                      <ssd:Connection startElement="coupled" startConnector="couplingForce" endElement="wall"
                          endConnector="force"/>
                    </ssd:Connections>
                  </ssd:System>
                  <ssd:DefaultExperiment startTime="0" stopTime="2"/>
                </ssd:SystemStructureDescription>
                """);
    }

    @Test
    void eachVariantRunsIntoItsOwnFolderAndTheDefaultVariantEqualsAPlainRun(@TempDir Path folder) throws Exception {
        Path system = twoMassSystem(folder);
        Path sweep = Files.writeString(folder.resolve("sweep.json"), """
                [{"coupled.couplingStiffness": 5.0},
                 {"coupled.couplingStiffness": 8.0, "wall.damping": 0.4},
                 {"coupled.couplingStiffness": 2.0}]
                """);
        EvDrivetrainIT.Result swept = EvDrivetrainIT.drivetwin(folder, "run", system.toString(), "--step", "1e-3",
                "--algorithm", "gauss-seidel", "--threads", "2", "--sweep", sweep.toString(), "--out",
                folder.resolve("swept").toString(), "--summary", "--plot", "position=wall.position");
        assertEquals(0, swept.exitCode(), () -> "stderr:\n" + swept.err());
        for (int variant = 1; variant <= 3; variant++) {
            Path results = folder.resolve("swept/variant-" + variant);
            assertEquals("ok", RunSummaryWriter.read(results.resolve("summary.json")).status());
            assertTrue(Files.size(results.resolve("position.png")) > 0, "variant " + variant + " plot");
        }
        EvDrivetrainIT.Result plain = EvDrivetrainIT.drivetwin(folder, "run", system.toString(), "--step", "1e-3",
                "--algorithm", "gauss-seidel", "--out", folder.resolve("plain").toString());
        assertEquals(0, plain.exitCode(), () -> "stderr:\n" + plain.err());
        // couplingStiffness 5 is the FMU's start value: variant 1 is the plain run, to the last digit
        assertEquals(Files.readAllLines(folder.resolve("plain/results.csv")),
                Files.readAllLines(folder.resolve("swept/variant-1/results.csv")));
        for (int variant = 2; variant <= 3; variant++) {
            assertNotEquals(Files.readAllLines(folder.resolve("plain/results.csv")),
                    Files.readAllLines(folder.resolve("swept/variant-" + variant + "/results.csv")),
                    "variant " + variant + " changed a parameter");
        }
    }

    @Test
    void aFailingVariantIsNamedAndTheOthersStillRun(@TempDir Path folder) throws Exception {
        Path system = twoMassSystem(folder);
        Path sweep = Files.writeString(folder.resolve("sweep.csv"), """
                coupled.couplingStiffness,wall.mass
                5,1
                5,-1
                """);
        EvDrivetrainIT.Result result = EvDrivetrainIT.drivetwin(folder, "run", system.toString(), "--step", "1e-2",
                "--sweep", sweep.toString(), "--out", folder.resolve("swept").toString());
        assertEquals(1, result.exitCode(), () -> "stdout:\n" + result.out() + "\nstderr:\n" + result.err());
        assertTrue(result.err().contains("variant 2") && result.err().contains("component 'wall'"), result.err());
        assertTrue(Files.isRegularFile(folder.resolve("swept/variant-1/results.csv")));
        assertEquals(201, Files.readAllLines(folder.resolve("swept/variant-1/results.csv")).size() - 1,
                "201 rows: 0 to 2 s at 10 ms");
    }
}
