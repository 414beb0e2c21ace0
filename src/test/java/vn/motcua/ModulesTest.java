package vn.motcua;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The modules are the top-level packages of {@code vn.motcua} (README: 'Code map'): their dependencies form
 * no cycle, so each can be read, tested and changed knowing only the modules below it. A module that needs
 * to tell another one what happened publishes an event instead of calling it (e.g.
 * {@code cases.DossierResolvedLate}).
 */
class ModulesTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.motcua");

    @Test
    void noCycleBetweenModules() {
        slices().matching("vn.motcua.(*)..").should().beFreeOfCycles().check(APPLICATION);
    }
}
