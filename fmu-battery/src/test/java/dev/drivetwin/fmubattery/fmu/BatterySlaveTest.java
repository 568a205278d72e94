package dev.drivetwin.fmubattery.fmu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drivetwin.fmubattery.BatteryError;
import dev.drivetwin.fmubattery.BatteryException;
import dev.drivetwin.fmubattery.pack.CellSpread;
import dev.drivetwin.fmubattery.pack.Pack;
import dev.drivetwin.fmubattery.parameters.PresetFiles;
import dev.drivetwin.fmubattery.parameters.Presets;
import dev.drivetwin.fmuexport.slave.IntegerVariable;
import dev.drivetwin.fmuexport.slave.RealVariable;
import dev.drivetwin.fmuexport.slave.SlaveDeclaration;
import dev.drivetwin.fmuexport.slave.StringVariable;
import dev.drivetwin.fmuexport.slave.VariableDeclaration;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The spread parameters and the preset file of {@link BatterySlave}, called directly (the FMU ITs run the same
 * through importers). The setters are called without the runtime's min/max check, as a host that skipped it would
 * reach them, so the checks at initialisation are the ones tested.
 */
class BatterySlaveTest {
    private final BatterySlave slave = new BatterySlave();
    private final SlaveDeclaration declaration = SlaveDeclaration.of(slave);

    @ParameterizedTest
    @CsvSource({"capacitySpread, -0.01", "capacitySpread, NaN", "capacitySpread, Infinity",
        "capacitySpread, 0.25", "resistanceSpread, -1e-9", "resistanceSpread, NaN", "resistanceSpread, -Infinity",
        "resistanceSpread, 0.3", "heatTransferSpread, -0.01", "heatTransferSpread, NaN", "heatTransferSpread, 0.25"})
    void initialisationRefusesABadSpreadNamingTheParameter(String name, double value) {
        real(name).set(value);
        BatteryException e = assertThrows(BatteryException.class, slave::enterInitializationMode);
        assertEquals(BatteryError.SPREAD_OUT_OF_RANGE, e.error());
        assertTrue(e.getMessage().startsWith(name + " = "), e.getMessage());
        assertTrue(e.getMessage().contains("[0, 0.2]"), e.getMessage());
    }

    @Test
    void declaredBoundsAreTheModelsSoTheRuntimeRefusesTheSameValues() {
        for (String name : new String[] {"capacitySpread", "resistanceSpread", "heatTransferSpread"}) {
            assertEquals(0.0, real(name).min(), name);
            assertEquals(CellSpread.MAX_DEVIATION, real(name).max(), name);
            assertEquals(0.0, real(name).start(), name + ": no spread unless asked, so earlier results hold");
        }
    }

    /**
     * Spread σ 0.02 in capacity, 0.03 in resistance and 0.1 in heat transfer, seed 7, a 200 A demand; then
     * initialization.
     */
    private void initialiseWithSpreadDischargingAt200A() {
        real("capacitySpread").set(0.02);
        real("resistanceSpread").set(0.03);
        real("heatTransferSpread").set(0.1);
        integer("spreadSeed").set(7);
        real("currentDemand").set(200);
        slave.enterInitializationMode();
        slave.exitInitializationMode();
    }

    @Test
    void spreadParametersGiveThePackBuiltWithThatSpread() {
        // Exact: the slave runs the same Pack code with the same arguments, so the voltages agree bit for bit.
        initialiseWithSpreadDischargingAt200A();
        Pack direct = new Pack(Presets.builtIn("Naumann2018Lfp220Ah"), 0.8, 298.15, 1, 1e-6,
                new CellSpread(0.02, 0.03, 0.1, 7));
        Pack identical = new Pack(Presets.builtIn("Naumann2018Lfp220Ah"), 0.8, 298.15, 1, 1e-6);
        for (int k = 0; k < 10; k++) {
            slave.doStep(10.0 * k, 10);
            direct.stepCurrent(200, 298.15, 10);
            identical.stepCurrent(200, 298.15, 10);
        }
        assertEquals(direct.cellVoltage(), real("terminalVoltage").get(), 0.0);
        assertEquals(direct.soc(), real("soc").get(), 0.0);
        assertEquals(direct.highestCellTemperature(), real("highestCellTemperature").get(), 0.0);
        assertNotEquals(identical.soc(), real("soc").get(), "the spread reached the pack");
    }

    @Test
    void restoredStateKeepsTheSpread() throws IOException {
        // The cells' spread factors are drawn from the parameters, not stored in the pack's state, so a restore must
        // rebuild the pack with the same spread; without it the restored run would follow identical cells.
        initialiseWithSpreadDischargingAt200A();
        slave.doStep(0, 10);
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        slave.writeState(new DataOutputStream(saved));
        slave.doStep(10, 10);
        double[] firstPass = {real("terminalVoltage").get(), real("soc").get(), real("highestCellTemperature").get()};

        BatterySlave restored = new BatterySlave();
        SlaveDeclaration restoredDeclaration = SlaveDeclaration.of(restored);
        restored.readState(new DataInputStream(new ByteArrayInputStream(saved.toByteArray())));
        restored.doStep(10, 10);
        assertEquals(0.02, find(restoredDeclaration, "capacitySpread", RealVariable.class).get(), 0.0);
        assertEquals(0.1, find(restoredDeclaration, "heatTransferSpread", RealVariable.class).get(), 0.0);
        assertEquals(7, find(restoredDeclaration, "spreadSeed", IntegerVariable.class).get());
        double[] secondPass = new double[firstPass.length];
        String[] outputs = {"terminalVoltage", "soc", "highestCellTemperature"};
        for (int j = 0; j < outputs.length; j++) {
            secondPass[j] = find(restoredDeclaration, outputs[j], RealVariable.class).get();
        }
        assertArrayEquals(firstPass, secondPass, 0.0);
    }

    @Test
    void presetParameterTakesThePathOfAPresetFile(@TempDir Path directory) throws IOException {
        // An engineer's own cell: the NASA preset with twice the capacity, from a file. At 2 A for 100 s the SOC
        // falls by 200 C over the doubled capacity (a linear function of time, which the integrator follows to
        // round-off), exactly as the Pack built from the same file.
        double capacity = 2 * Presets.builtIn("SahaGoebel2007B0005").cell().capacity();
        Path file = directory.resolve("MyCell.json");
        Files.writeString(file, PresetFiles.withField("SahaGoebel2007B0005", "capacity", capacity));
        find(declaration, "preset", StringVariable.class).set(file.toString());
        real("initialSoc").set(0.9);
        real("agingAcceleration").set(0); // so that the capacity stays the file's
        real("currentDemand").set(2);
        slave.enterInitializationMode();
        slave.exitInitializationMode();
        Pack direct = new Pack(Presets.read(file), 0.9, 298.15, 0, 1e-6);
        for (int k = 0; k < 10; k++) {
            slave.doStep(10.0 * k, 10);
            direct.stepCurrent(2, 298.15, 10);
        }
        assertEquals(direct.soc(), real("soc").get(), 0.0);
        assertEquals(0.9 - 200 / capacity, real("soc").get(), 1e-9, "the file's capacity reached the pack");
    }

    @Test
    void aBrokenPresetFileIsRefusedAtInitialisationNamingTheFileAndTheField(@TempDir Path directory)
            throws IOException {
        Path file = directory.resolve("Broken.json");
        Files.writeString(file, PresetFiles.withField("SahaGoebel2007B0005", "capacity", -1));
        find(declaration, "preset", StringVariable.class).set(file.toString());
        BatteryException e = assertThrows(BatteryException.class, slave::enterInitializationMode);
        assertEquals(BatteryError.BAD_PRESET, e.error());
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("cell.capacity = -1"),
                e.getMessage());
    }

    private RealVariable real(String name) {
        return find(declaration, name, RealVariable.class);
    }

    private IntegerVariable integer(String name) {
        return find(declaration, name, IntegerVariable.class);
    }

    private static <T extends VariableDeclaration<T>> T find(SlaveDeclaration declaration, String name,
            Class<T> type) {
        return declaration.variables().stream().filter(v -> v.name().equals(name)).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("BatterySlave declares no variable " + name));
    }
}
