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

    @Test
    void theUnreadIndexesAreGoneAndComeBackWhenKept() throws SQLException {
        assertThat(indexes()).doesNotContainAnyElementsOf(UnreadIndexes.INDEXES.keySet())
                .contains("ACT_IDX_HI_VAR_PI_NAME_TYPE", "ACT_IDX_HI_ACT_INST_RM_TIME", "ACT_IDX_HI_ACTINST_ROOT_PI",
                        "ACT_IDX_VARIABLE_TASK_NAME_TYPE", "ACT_IDX_JOB_HANDLER");

        try {
            UnreadIndexes.restore(dataSource, "h2");
            assertThat(indexes()).containsAll(UnreadIndexes.INDEXES.keySet());
            // started again with the indexes kept: nothing to create
            UnreadIndexes.restore(dataSource, "h2");
        } finally {
            UnreadIndexes.drop(dataSource);
        }
        assertThat(indexes()).doesNotContainAnyElementsOf(UnreadIndexes.INDEXES.keySet());
        // dropped already: nothing to drop
        UnreadIndexes.drop(dataSource);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId("none").variableName("x").count())
                .isZero();
    }

    private Set<String> indexes() throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery(
                     "select index_name from information_schema.indexes where table_schema = 'PUBLIC'")) {
            while (rows.next()) {
                names.add(rows.getString(1).toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }
}
