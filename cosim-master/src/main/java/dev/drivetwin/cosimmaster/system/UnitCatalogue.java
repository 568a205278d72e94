package dev.drivetwin.cosimmaster.system;

import dev.drivetwin.modeldescriptions.model.BaseUnit;
import dev.drivetwin.modeldescriptions.model.ModelDescription;
import dev.drivetwin.modeldescriptions.model.Unit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The SI meaning of unit names: first the system file's own units (ssd:Units), then each FMU's UnitDefinitions.
 * A unit name with no definition anywhere converts only to itself. Immutable once built.
 */
public final class UnitCatalogue {
    private final Map<String, BaseUnit> systemUnits;

    public UnitCatalogue(Map<String, BaseUnit> systemUnits) {
        this.systemUnits = Map.copyOf(systemUnits);
    }

    /** The definition of {@code unit} from the system file, else from the FMU's description. */
    public Optional<BaseUnit> baseUnit(String unit, ModelDescription fmu) {
        BaseUnit own = systemUnits.get(unit);
        if (own != null) {
            return Optional.of(own);
        }
        Map<String, BaseUnit> fmuUnits = new HashMap<>();
        for (Unit definition : fmu.unitDefinitions()) {
            if (definition.baseUnit() != null) {
                fmuUnits.put(definition.name(), definition.baseUnit());
            }
        }
        return Optional.ofNullable(fmuUnits.get(unit));
    }
}
