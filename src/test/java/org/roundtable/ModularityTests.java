package org.roundtable;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules keep their boundaries: each talks to another only through its root package
 * (its API), with no cycles. Also writes the module diagrams that docs/architecture.md describes.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(RoundtableApplication.class);

    @Test
    void feature_modules_use_each_other_only_through_their_api_without_cycles() {
        modules.verify();
    }

    @Test
    void module_diagrams_are_written_for_the_docs() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
