package dev.annota;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(AnnotaApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndFormNoCycles() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagramsForTheArchitectureDocument() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
