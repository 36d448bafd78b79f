package vn.dvc.portal;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules keep to their declared dependencies; their diagrams are written to docs/modules. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

	@Test
	void modulesOnlyUseWhatTheyDeclare() {
		this.modules.verify();
	}

	@Test
	void everyFeatureIsAModule() {
		assertThat(this.modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("account", "audit", "catalog", "documents", "dossier", "notify", "stats", "shared", "demo");
	}

	@Test
	void writesModuleDiagrams() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
