package vn.dvc.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house rules of STYLE.md that the compiler does not check: what a module keeps to itself is
 * not public, and time comes from the injected clock (tests move it; a server's time zone does not
 * decide a Vietnamese day).
 */
class HouseRulesTest {

	private static final JavaClasses PORTAL = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.dvc.portal");

	@Test
	void entitiesAreNotPublic() {
		ArchRule rule = classes().that().areAnnotatedWith(Entity.class).should().notBePublic();
		rule.check(PORTAL);
	}

	@Test
	void repositoriesAreNotPublic() {
		ArchRule rule = classes().that().areAssignableTo(Repository.class).should().notBePublic();
		rule.check(PORTAL);
	}

	@Test
	void controllersArePackagePrivate() {
		ArchRule rule = classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.bePackagePrivate();
		rule.check(PORTAL);
	}

	@Test
	void todayComesFromTheInjectedClock() {
		ArchRule rule = noClasses().that()
			.resideOutsideOfPackage("vn.dvc.portal.shared..")
			.should()
			.callMethod(LocalDate.class, "now")
			.orShould()
			.callMethod(LocalDate.class, "now", ZoneId.class)
			.orShould()
			.callMethod(LocalDateTime.class, "now")
			.orShould()
			.callMethod(LocalDateTime.class, "now", ZoneId.class)
			.because("the portal's Clock bean says what day it is (LocalDate.now(clock) is fine)");
		rule.check(PORTAL);
	}

	/**
	 * A type of the portal is imported, not written out in the code: an inline name hides a
	 * dependency from the reader. Query strings (JPQL names an enum constant by its full name) and
	 * comments are not code.
	 */
	@Test
	void thePortalsTypesAreImportedNotWrittenInline() throws IOException {
		Pattern inline = Pattern.compile("(?<![\\w.\"])vn\\.dvc\\.portal\\.[a-z.]+\\.[A-Z]");
		List<String> found = new ArrayList<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
				List<String> lines = Files.readAllLines(source);
				for (int i = 0; i < lines.size(); i++) {
					String line = lines.get(i).strip();
					if (line.startsWith("import ") || line.startsWith("package ") || line.startsWith("*")
							|| line.startsWith("/") || line.startsWith("@org.springframework.modulith")) {
						continue;
					}
					String code = line.replaceAll("\"([^\"\\\\]|\\\\.)*\"", "\"\"");
					if (inline.matcher(code).find()) {
						found.add(source + ":" + (i + 1));
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

}
