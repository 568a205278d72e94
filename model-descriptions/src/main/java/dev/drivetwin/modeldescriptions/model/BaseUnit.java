package dev.drivetwin.modeldescriptions.model;

/**
 * SI base unit of a Unit: the exponents of kg, m, s, A, K, mol, cd and rad, and a linear map
 * {@code value_SI = factor * value_unit + offset}. Exponents that are absent in the XML are 0,
 * factor is 1 and offset 0.
 *
 * @param kg exponent of kilogram
 * @param m exponent of metre
 * @param s exponent of second
 * @param A exponent of ampere
 * @param K exponent of kelvin
 * @param mol exponent of mole
 * @param cd exponent of candela
 * @param rad exponent of radian
 * @param factor factor to SI [SI per unit]
 * @param offset offset to SI [SI]
 */
public record BaseUnit(int kg, int m, int s, int A, int K, int mol, int cd, int rad, double factor, double offset) {

    /** A dimensionless unit with factor 1 and offset 0: the defaults of every attribute. */
    public static final BaseUnit NONE = new BaseUnit(0, 0, 0, 0, 0, 0, 0, 0, 1.0, 0.0);
}
