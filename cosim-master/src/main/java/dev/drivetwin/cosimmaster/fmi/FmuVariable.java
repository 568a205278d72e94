package dev.drivetwin.cosimmaster.fmi;

/**
 * One scalar variable of an imported FMU, as the master needs it: plain data, independent of FMI4j.
 *
 * @param unit the Real variable's unit, or null when it has none or is not Real
 */
public record FmuVariable(String name, long valueReference, VariableKind kind, String causality, String unit) {

    /** The FMI 2.0 base types the master can read and write. */
    public enum VariableKind {
        REAL, INTEGER, BOOLEAN, STRING, ENUMERATION
    }

    public boolean isOutput() {
        return "output".equals(causality);
    }

    /** Column header in results: the name and, for a Real with a unit, the unit in brackets. */
    public String header() {
        return unit == null || unit.isEmpty() ? name : name + " [" + unit + "]";
    }
}
