package dev.drivetwin.fmumotorinverter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of STYLE.md: the model packages know nothing about FMI; only {@code ..fmu..} binds to it. */
@AnalyzeClasses(packages = "dev.drivetwin.fmumotorinverter", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheFmuPackageUsesFmuExport = noClasses().that().resideOutsideOfPackage("..fmu..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.drivetwin.fmuexport..",
                    "dev.drivetwin.modeldescriptions..");
}
