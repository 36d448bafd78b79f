package vn.dvc.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

	private static final Path DOCS = Path.of("docs/modules");

	/** A line of a list whose order carries no meaning: a diagram's element or a canvas' bullet. */
	private static final Pattern LISTED = Pattern.compile("^(\\s*)\\|?(\\* |[A-Za-z_]+\\()");

	@Test
	void writesModuleDiagrams() throws IOException {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		stabilise(DOCS);
	}

	/**
	 * The Documenter lists components, relations and canvas entries in hash order, so every run
	 * rewrote the tracked files. Each run of lines of the same kind is sorted, which keeps the
	 * diagrams and canvases as they are and their bytes the same from one run to the next.
	 */
	static void stabilise(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				Files.write(file, sortedRuns(lines), StandardCharsets.UTF_8);
			}
		}
	}

	static List<String> sortedRuns(List<String> lines) {
		List<String> result = new ArrayList<>();
		List<String> run = new ArrayList<>();
		String kind = null;
		for (String line : lines) {
			Matcher matcher = LISTED.matcher(line);
			String lineKind = matcher.find() ? matcher.group(1) + matcher.group(2) : null;
			// A canvas cell opens with "|* first": the cell's bar starts a new list.
			boolean opensCell = lineKind != null && line.startsWith(matcher.group(1) + "|");
			if (lineKind == null || !lineKind.equals(kind) || opensCell) {
				flush(run, result);
			}
			kind = lineKind;
			if (lineKind != null) {
				run.add(line);
			}
			else {
				result.add(line);
			}
		}
		flush(run, result);
		return result;
	}

	/** Sorts a run; the bar that opens a canvas cell stays on the run's first line. */
	private static void flush(List<String> run, List<String> result) {
		if (run.isEmpty()) {
			return;
		}
		boolean bar = run.get(0).stripLeading().startsWith("|");
		List<String> items = new ArrayList<>(run.stream().map(line -> line.replaceFirst("^(\\s*)\\|", "$1")).toList());
		items.sort(null);
		if (bar) {
			items.set(0, items.get(0).replaceFirst("^(\\s*)", "$1|"));
		}
		result.addAll(items);
		run.clear();
	}

	@Test
	void theDiagramsListTheirElementsInOneOrder() {
		assertThat(sortedRuns(List.of("@startuml", "  Component(b)", "  Component(a)", "Rel(b, a)", "Rel(a, b)", "* y",
				"* x", "|Other", "|* q", "* p")))
			.containsExactly("@startuml", "  Component(a)", "  Component(b)", "Rel(a, b)", "Rel(b, a)", "* x", "* y",
					"|Other", "|* p", "* q");
	}

}
