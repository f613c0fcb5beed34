package nl.waakvlam;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The module graph is acyclic and every module uses only what it declares; writes module docs. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(WaakvlamApplication.class);

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        modules.verify();
    }

    @Test
    void sharedIsNotOpenAndExposesOnlyItsNamedInterfaces() {
        ApplicationModule shared = modules.getModuleByName("shared").orElseThrow();

        assertThat(shared.isOpen()).isFalse();
        assertThat(shared.getNamedInterfaces().stream().map(NamedInterface::getName))
                .contains("pdf", "metrics");
        assertThat(shared.getNamedInterfaces().getByName("pdf").orElseThrow().asJavaClasses()
                .map(type -> type.getSimpleName())).containsExactlyInAnyOrder("PdfDocuments", "Letterhead");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
