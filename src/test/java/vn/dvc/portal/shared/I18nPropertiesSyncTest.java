package vn.dvc.portal.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a person reads comes from the message files, in Vietnamese and in English: no
 * template carries a hard-coded word, every key a template names exists, and both files have the
 * same keys with non-empty values.
 */
class I18nPropertiesSyncTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)[}(]");

	private static final Pattern TEXT_BETWEEN_TAGS = Pattern.compile(">([^<>]*)<");

	private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

	@Test
	void bothLanguagesHaveTheSameKeysAndNoEmptyValue() throws IOException {
		Properties vietnamese = load("messages.properties");
		Properties english = load("messages_en.properties");
		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vietnamese.stringPropertyNames());
		for (Properties messages : List.of(vietnamese, english)) {
			messages.forEach((key, value) -> assertThat(value.toString().trim()).as("value of %s", key).isNotEmpty());
		}
	}

	@Test
	void vietnameseTextsCarryDiacritics() throws IOException {
		Properties vietnamese = load("messages.properties");
		// A sample of keys whose Vietnamese must not have lost its marks (SMS texts are unaccented on purpose).
		for (String key : List.of("registration.title", "dossier.action.save", "dossier.action.submit",
				"dossier.postal.choose", "layout.nav.myDossiers")) {
			assertThat(vietnamese.getProperty(key)).as(key).matches(".*[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ].*");
		}
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Properties vietnamese = load("messages.properties");
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!vietnamese.containsKey(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Path template : templates()) {
			String html = COMMENT.matcher(Files.readString(template)).replaceAll("");
			Matcher matcher = TEXT_BETWEEN_TAGS.matcher(html);
			while (matcher.find()) {
				String text = matcher.group(1).trim();
				if (text.codePoints().anyMatch(Character::isLetter)) {
					offenders.add(TEMPLATES.relativize(template) + ": " + text);
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(path -> path.toString().endsWith(".html")).toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", name)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
