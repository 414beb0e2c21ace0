package vn.motcua.law;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The legal rules as shipped in application.yaml, bound as Spring binds them, with extra entries if given. */
public final class ShippedRules {

    public static final LegalRules RULES = bind(Map.of());

    private ShippedRules() {
    }

    /** The shipped rules, with the given properties ({@code app.rules.…}) added or overriding. */
    public static LegalRules bind(Map<String, String> extra) {
        try {
            List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("application",
                    new ClassPathResource("application.yaml"));
            List<ConfigurationPropertySource> sources = new java.util.ArrayList<>();
            sources.add(new MapConfigurationPropertySource(extra));
            ConfigurationPropertySources.from(yaml).forEach(sources::add);
            return new Binder(sources).bind("app.rules", LegalRules.class).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
