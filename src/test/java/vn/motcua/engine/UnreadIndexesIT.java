package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.MotcuaIT;

/**
 * The engine's unread indexes ({@link UnreadIndexes}) are gone once the application has started, come back as the
 * engine's create script defines them when they are to be kept, and the engine's history still answers by instance.
 */
@MotcuaIT
class UnreadIndexesIT {

    @Autowired
    DataSource dataSource;
    @Autowired
    HistoryService history;
    @Autowired
    org.camunda.bpm.engine.ProcessEngineConfiguration configuration;

    @Test
    void theUnreadIndexesAreGoneAndComeBackWhenKept() throws SQLException {
        assertThat(indexes()).doesNotContainAnyElementsOf(UnreadIndexes.INDEXES.keySet())
                .contains("ACT_IDX_HI_VAR_PI_NAME_TYPE", "ACT_IDX_HI_ACT_INST_RM_TIME", "ACT_IDX_HI_ACTINST_ROOT_PI",
                        "ACT_IDX_VARIABLE_TASK_NAME_TYPE", "ACT_IDX_JOB_HANDLER",
                        // Cockpit's dashboard counts the open tasks from the task history by their missing end time
                        "ACT_IDX_HI_TASK_INST_END", "ACT_IDX_HI_OP_LOG_TASK");

        try {
            UnreadIndexes.restore(dataSource, databaseType());
            assertThat(indexes()).containsAll(UnreadIndexes.INDEXES.keySet());
            // started again with the indexes kept: nothing to create
            UnreadIndexes.restore(dataSource, databaseType());
        } finally {
            UnreadIndexes.drop(dataSource);
        }
        assertThat(indexes()).doesNotContainAnyElementsOf(UnreadIndexes.INDEXES.keySet());
        // dropped already: nothing to drop
        UnreadIndexes.drop(dataSource);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId("none").variableName("x").count())
                .isZero();
    }

    private String databaseType() {
        return ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) configuration).getDatabaseType();
    }

    /** The indexes of the application's schema, upper case, on H2 or PostgreSQL (the postgres profile runs this too). */
    private Set<String> indexes() throws SQLException {
        Set<String> names = new HashSet<>();
        String query = "postgres".equals(databaseType())
                ? "select indexname from pg_indexes where schemaname = current_schema()"
                : "select index_name from information_schema.indexes where table_schema = 'PUBLIC'";
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery(query)) {
            while (rows.next()) {
                names.add(rows.getString(1).toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }
}
