package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vietnamese labels of Tasklist, Cockpit, Admin and the welcome page, read against Camunda's English ones
 * (both from the classpath: Camunda's webjar and ours): no English left where the English is a real word,
 * and "process instance" never called "phiên bản" (a version), as README's note on the webapps' wording says.
 */
class WebappWordingTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

    /** Labels that read the same in both languages: button words and symbols Vietnamese users use as is. */
    private static final Set<String> SAME_IN_BOTH = Set.of("", "OK", "CSV", "JSON", "<", "<=", ">", ">=",
            "YYYY-MM-DDTHH:mm:ss");

    /** Names, formats and keys left in Latin letters inside a Vietnamese label. */
    private static final Set<String> NAMES = Set.of("camunda", "optimize", "cockpit", "tasklist", "bpmn", "dmn", "drd",
            "csv", "json", "xml", "api", "ldap", "ctrl", "ede", "fni", "yyyy", "ddthh", "mm", "ss", "hh", "dd");

    private static final Pattern PLACEHOLDERS = Pattern.compile("\\{\\{[^}]*}}|\\{[^}]*}|<[^>]*>|&\\w+;");
    // a run of ASCII letters that is a whole word: not part of a word with Vietnamese letters
    private static final Pattern ASCII_WORD = Pattern.compile("(?<![\\p{L}\\d_])[A-Za-z]+(?![\\p{L}\\d_])");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void noLabelIsLeftInEnglish(String app) throws IOException {
        // given
        JsonNode english = labels(app, "en");
        JsonNode vietnamese = labels(app, "vi");

        // when
        Map<String, String> leftInEnglish = new TreeMap<>();
        for (Iterator<String> keys = english.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            String en = english.get(key).asText();
            String vi = vietnamese.path(key).asText(null);
            if (vi == null || vi.isBlank() && !en.isBlank()) {
                leftInEnglish.put(key, "(no Vietnamese label)");
            } else if (vi.strip().equals(en.strip()) && !SAME_IN_BOTH.contains(en.strip())) {
                leftInEnglish.put(key, vi);
            }
        }

        // then
        assertThat(leftInEnglish).as("labels of %s a Vietnamese user would read in English", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void noEnglishWordInsideAVietnameseLabel(String app) throws IOException {
        // given: every word Camunda's English labels use
        JsonNode english = labels(app, "en");
        Set<String> englishWords = new HashSet<>();
        english.forEach(label -> words(label.asText()).forEach(englishWords::add));
        JsonNode vietnamese = labels(app, "vi");

        // when
        Map<String, String> mixed = new TreeMap<>();
        for (Iterator<String> keys = vietnamese.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            String vi = vietnamese.get(key).asText();
            for (String word : words(vi)) {
                if (word.length() > 2 && englishWords.contains(word) && !NAMES.contains(word)) {
                    mixed.put(key, vi);
                }
            }
        }

        // then: "Mã tenant", "Mã worker", "cấu hình của engine" were such labels
        assertThat(mixed).as("labels of %s with an English word inside", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void anInstanceIsAPhienChayNeverAVersion(String app) throws IOException {
        // given
        JsonNode english = labels(app, "en");
        JsonNode vietnamese = labels(app, "vi");

        // when
        Map<String, String> calledVersion = new TreeMap<>();
        for (Iterator<String> keys = english.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            String en = english.get(key).asText().toLowerCase(Locale.ROOT);
            String vi = vietnamese.path(key).asText("").toLowerCase(Locale.ROOT);
            if (en.contains("instance") && !en.contains("version") && vi.contains("phiên bản")) {
                calledVersion.put(key, vi);
            }
        }

        // then: Cockpit said "Phiên bản quy trình đang chạy" for its running process instances
        assertThat(calledVersion).as("labels of %s that call an instance a version", app).isEmpty();
        if (english.has("DASHBOARD_RUNNING_PROCESS_INSTANCE")) {
            assertThat(vietnamese.get("DASHBOARD_RUNNING_PROCESS_INSTANCE").asText()).contains("Phiên chạy quy trình");
        }
    }

    private static Set<String> words(String label) {
        Set<String> words = new HashSet<>();
        Matcher matcher = ASCII_WORD.matcher(PLACEHOLDERS.matcher(label).replaceAll(" "));
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private JsonNode labels(String app, String language) throws IOException {
        String path = LOCALES.formatted(app, language);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path + " on the classpath").isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text).get("labels");
        }
    }
}
