package vn.motcua;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** Settings as shipped in application.yaml, for tests whose profile overrides them but must run with them. */
public final class ShippedSettings {

    private ShippedSettings() {
    }

    /**
     * The default database URL, placeholders unresolved ({@code ${app.data-dir}}): a test passes it with
     * its own {@code --app.data-dir} and gets the shipped H2 options, never a copy of them.
     */
    public static String h2FileUrl() {
        try {
            Object url = new YamlPropertySourceLoader().load("shipped", new ClassPathResource("application.yaml"))
                    .get(0).getProperty("spring.datasource.url");
            return String.valueOf(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
