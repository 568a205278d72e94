package dev.drivetwin.fmubattery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Models know nothing about FMI: only the fmu package may use fmu-export (docs/STYLE, section 3). */
@AnalyzeClasses(packages = "dev.drivetwin.fmubattery", importOptions = ImportOption.DoNotIncludeTests.class)
class BatteryArchitectureTest {
    @ArchTest
    static final ArchRule onlyFmuPackageUsesFmuExport = noClasses().that()
            .resideOutsideOfPackage("dev.drivetwin.fmubattery.fmu..")
            .should().dependOnClassesThat().resideInAPackage("dev.drivetwin.fmuexport..");
}
