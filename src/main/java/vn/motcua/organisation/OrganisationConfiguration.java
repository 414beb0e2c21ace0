package vn.motcua.organisation;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The provincial centre's desk for the migration that gives every dossier a receiving and a return desk
 * (V22__desks.sql): the dossiers received before desks were units were received, and returned, at the province's
 * one desk. Without an organisation the columns stay empty.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationConfiguration {

    static final String PROVINCE_DESK = "province_desk";

    @Bean
    FlywayConfigurationCustomizer provinceDeskPlaceholder(OrganisationProperties properties) {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            String desk = properties.provinceDesk();
            // a code is letters, digits, dots and hyphens: nothing that could break the SQL it is written into
            if (desk != null && !desk.matches("[A-Za-z0-9.\\-]{1,32}")) {
                throw new IllegalStateException("app.organisation.province-desk không hợp lệ: " + desk);
            }
            placeholders.put(PROVINCE_DESK, desk == null ? "" : desk);
            configuration.placeholders(placeholders);
        };
    }
}
