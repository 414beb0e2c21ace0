package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every index {@link UnreadIndexes} drops is one the engine's create scripts define, on H2 and on PostgreSQL, so that
 * keeping them again creates each as the engine would; one said to be a prefix of another is, and that other stays.
 */
class UnreadIndexesTest {

    private static final Pattern PREFIX_OF = Pattern.compile("a prefix of (\\w+)");
    private static final Pattern COLUMNS = Pattern.compile("\\(([^)]*)\\)");

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void theEnginesScriptsDefineEveryIndexDropped(String database) {
        Map<String, String> definitions = UnreadIndexes.definitions(database);

        assertThat(definitions).containsKeys(UnreadIndexes.INDEXES.keySet().toArray(String[]::new));
        UnreadIndexes.INDEXES.forEach((index, why) -> {
            Matcher prefix = PREFIX_OF.matcher(why);
            if (prefix.matches()) {
                String kept = prefix.group(1);
                assertThat(UnreadIndexes.INDEXES).doesNotContainKey(kept);
                assertThat(columns(definitions.get(kept))).as(index + " within " + kept)
                        .startsWith(columns(definitions.get(index)));
            }
        });
    }

    private static String columns(String definition) {
        Matcher columns = COLUMNS.matcher(definition);
        assertThat(columns.find()).isTrue();
        return columns.group(1).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }
}
