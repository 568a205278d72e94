package dev.drivetwin.fmuvehicle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Models know nothing about FMI: only the fmu package may use fmu-export (STYLE.md, section 3). */
@AnalyzeClasses(packages = "dev.drivetwin.fmuvehicle", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheFmuPackageUsesFmuExport = noClasses().that()
            .resideOutsideOfPackage("dev.drivetwin.fmuvehicle.fmu..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.drivetwin.fmuexport..",
                    "dev.drivetwin.modeldescriptions..");
}
