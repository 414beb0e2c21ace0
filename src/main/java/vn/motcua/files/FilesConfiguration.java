package vn.motcua.files;

import java.sql.DatabaseMetaData;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The type of the column that keeps a file's content (V16__dossier_files.sql), chosen by the database being
 * migrated, whatever the profile: PostgreSQL has no BLOB (its BYTEA is stored apart from the row when large),
 * and H2's BYTEA is kept in the row and read whole with it, where its BLOB is stored apart and streamed.
 */
@Configuration(proxyBeanMethods = false)
class FilesConfiguration {

    static final String BLOB_TYPE = "blob_type";

    @Bean
    FlywayConfigurationCustomizer fileContentColumnType() {
        return configuration -> {
            String product;
            try {
                product = JdbcUtils.extractDatabaseMetaData(configuration.getDataSource(),
                        DatabaseMetaData::getDatabaseProductName);
            } catch (MetaDataAccessException e) {
                throw new IllegalStateException("Cannot tell which database Flyway migrates", e);
            }
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put(BLOB_TYPE, blobType(product));
            configuration.placeholders(placeholders);
        };
    }

    static String blobType(String databaseProductName) {
        return "PostgreSQL".equalsIgnoreCase(databaseProductName) ? "bytea" : "blob";
    }
}
