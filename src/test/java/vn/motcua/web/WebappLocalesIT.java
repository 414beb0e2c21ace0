package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.motcua.MotcuaIT;

/**
 * Tasklist, Cockpit and Admin are served in Vietnamese: their configuration offers only {@code vi}, and the
 * Vietnamese file has a label for every label of Camunda's English one (an upgrade of the webapps
 * that adds labels fails here instead of showing keys to users).
 */
@MotcuaIT
class WebappLocalesIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void everyLabelHasItsVietnamese(String app) throws Exception {
        String base = "/camunda/app/" + app;
        ResponseEntity<String> config = rest.getForEntity(base + "/scripts/config.js", String.class);
        assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(config.getBody()).contains("availableLocales: ['vi']").contains("fallbackLocale: 'vi'");

        JsonNode english = labels(base + "/locales/en.json");
        JsonNode vietnamese = labels(base + "/locales/vi.json");
        Set<String> missing = new TreeSet<>();
        for (Iterator<String> keys = english.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!vietnamese.hasNonNull(key)
                    || vietnamese.get(key).asText().isBlank() && !english.get(key).asText().isBlank()) {
                missing.add(key);
            }
        }
        assertThat(missing).as("labels of %s without Vietnamese", app).isEmpty();
        int untranslated = 0;
        for (Iterator<String> keys = english.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (english.get(key).asText().equals(vietnamese.get(key).asText())) {
                untranslated++; // "OK", "CSV", "JSON", date patterns: the same in both
            }
        }
        assertThat(untranslated).as("labels of %s left in English", app).isLessThan(english.size() / 50);
    }

    private JsonNode labels(String path) throws Exception {
        ResponseEntity<byte[]> response = rest.getForEntity(path, byte[].class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        String text = new String(response.getBody(), java.nio.charset.StandardCharsets.UTF_8);
        return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text).get("labels");
    }
}
