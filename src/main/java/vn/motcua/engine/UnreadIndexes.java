package vn.motcua.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine's indexes that nothing Motcua runs ever reads, dropped once the engine has created or upgraded its
 * schema; with {@code app.engine.drop-unread-indexes=false} they are created again, as the engine's own create scripts
 * on the classpath define them (README: 'Production', before an engine upgrade).
 * <p>
 * Every row the engine writes goes into each index of its table: on the history tables, a dossier's activity
 * instances and 26 variables were written into 11 and 12 indexes. The indexes listed serve only queries that a user
 * could ask through the REST API and that no screen of Motcua, Tasklist or the Community Edition's Cockpit asks
 * (history by process definition key, by tenant alone, by start or end time, statistics of finished activities: the
 * Enterprise Edition's history views and Optimize's feed), case management, which Motcua does not deploy, or are a
 * prefix of another index of the same table. The engine's own statements (by process instance, root process instance,
 * removal time for the history cleanup, task, byte array) keep theirs, and so does Cockpit's count of open tasks
 * (its dashboard asks the task history for tasks without an end time: ACT_IDX_HI_TASK_INST_END stays). README
 * 'Benchmarks' has the cost they had.
 */
@Component
class UnreadIndexes extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(UnreadIndexes.class);

    /** Each index, and why nothing reads it. */
    static final Map<String, String> INDEXES = indexes();

    private static Map<String, String> indexes() {
        Map<String, String> indexes = new LinkedHashMap<>();
        String byKey = "history by process definition key: Motcua reads history by instance";
        String byTenant = "history by tenant alone: every screen reads it by instance or task";
        String byTime = "history by start or end time: the Enterprise Edition's history views and Optimize";
        String cases = "case management: Motcua deploys no case definition";
        indexes.put("ACT_IDX_HI_ACT_INST_END", byTime);
        indexes.put("ACT_IDX_HI_ACT_INST_START_END", byTime);
        indexes.put("ACT_IDX_HI_ACT_INST_STATS", "statistics of finished activities: the Enterprise Edition's Cockpit");
        indexes.put("ACT_IDX_HI_AI_PDEFID_END_TIME", byTime);
        indexes.put("ACT_IDX_HI_ACT_INST_PROC_DEF_KEY", byKey);
        indexes.put("ACT_IDX_HI_ACT_INST_TENANT_ID", byTenant);
        indexes.put("ACT_IDX_HI_PROCVAR_PROC_INST", "a prefix of ACT_IDX_HI_VAR_PI_NAME_TYPE");
        indexes.put("ACT_IDX_HI_VARINST_NAME", "a prefix of ACT_IDX_HI_PROCVAR_NAME_TYPE");
        indexes.put("ACT_IDX_HI_VARINST_ACT_INST_ID", "variables by activity instance: the Enterprise Edition's Cockpit");
        indexes.put("ACT_IDX_HI_VAR_INST_PROC_DEF_KEY", byKey);
        indexes.put("ACT_IDX_HI_VAR_INST_TENANT_ID", byTenant);
        indexes.put("ACT_IDX_HI_CASEVAR_CASE_INST", cases);
        indexes.put("ACT_IDX_HI_DETAIL_CASE_EXEC", cases);
        indexes.put("ACT_IDX_HI_DETAIL_CASE_INST", cases);
        indexes.put("ACT_IDX_HI_DETAIL_NAME", "variable changes by name across instances");
        indexes.put("ACT_IDX_HI_DETAIL_PROC_DEF_KEY", byKey);
        indexes.put("ACT_IDX_HI_DETAIL_TENANT_ID", byTenant);
        indexes.put("ACT_IDX_HI_DETAIL_TIME", byTime);
        indexes.put("ACT_IDX_HI_IDENT_LNK_GROUP", "identity link history by group across instances");
        indexes.put("ACT_IDX_HI_IDENT_LNK_USER", "identity link history by user across instances");
        indexes.put("ACT_IDX_HI_IDENT_LNK_PROC_DEF_KEY", byKey);
        indexes.put("ACT_IDX_HI_IDENT_LNK_TENANT_ID", byTenant);
        indexes.put("ACT_IDX_HI_IDENT_LNK_TIMESTAMP", byTime);
        indexes.put("ACT_IDX_HI_OP_LOG_ENTITY_TYPE", "the operation log by entity type alone");
        indexes.put("ACT_IDX_HI_OP_LOG_OP_TYPE", "the operation log by operation alone");
        indexes.put("ACT_IDX_HI_OP_LOG_PROCDEF", "the operation log by process definition id");
        indexes.put("ACT_IDX_HI_TASK_INST_START", byTime);
        indexes.put("ACT_IDX_HI_TASK_INST_PROC_DEF_KEY", byKey);
        indexes.put("ACT_IDX_VARIABLE_TASK_ID", "a prefix of ACT_IDX_VARIABLE_TASK_NAME_TYPE");
        indexes.put("ACT_IDX_VARIABLE_TENANT_ID", "variables by tenant alone: every screen reads them by instance or task");
        indexes.put("ACT_IDX_JOB_HANDLER_TYPE", "a prefix of ACT_IDX_JOB_HANDLER");
        return Map.copyOf(indexes);
    }

    /** The scripts the engine creates its schema with; {@code <db>} is its database type (h2, postgres, ...). */
    private static final List<String> CREATE_SCRIPTS = List.of("engine", "history");
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "(?im)^\\s*create\\s+index\\s+(\\w+)\\s+on\\s+[^;]+;");

    private final boolean drop;

    UnreadIndexes(@Value("${app.engine.drop-unread-indexes:true}") boolean drop) {
        this.drop = drop;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        if (drop) {
            drop(configuration.getDataSource());
        } else {
            restore(configuration.getDataSource(), configuration.getDatabaseType());
        }
    }

    /** Drops each index of the list that is there; nothing when none is. */
    static void drop(DataSource dataSource) {
        run(dataSource, INDEXES.keySet().stream().sorted().map(name -> "drop index if exists " + name).toList());
        LOG.info("The engine's {} unread indexes are not kept (app.engine.drop-unread-indexes)", INDEXES.size());
    }

    /** Creates each index of the list that is missing, as the engine's create script for the database defines it. */
    static void restore(DataSource dataSource, String databaseType) {
        Map<String, String> definitions = definitions(databaseType);
        List<String> statements = INDEXES.keySet().stream().sorted().map(name -> {
            String definition = definitions.get(name.toUpperCase(Locale.ROOT));
            if (definition == null) {
                throw new IllegalStateException("The engine's create scripts for " + databaseType
                        + " do not define index " + name);
            }
            return definition.replaceFirst("(?i)create\\s+index", "create index if not exists");
        }).toList();
        run(dataSource, statements);
        LOG.info("The engine's {} unread indexes are kept (app.engine.drop-unread-indexes=false)", INDEXES.size());
    }

    /** Index name (upper case) to its {@code create index} statement, from the engine's create scripts. */
    static Map<String, String> definitions(String databaseType) {
        Map<String, String> definitions = new LinkedHashMap<>();
        for (String part : CREATE_SCRIPTS) {
            String resource = "org/camunda/bpm/engine/db/create/activiti." + databaseType + ".create." + part + ".sql";
            try (InputStream in = ProcessEngine.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("The engine has no create script " + resource);
                }
                Matcher matcher = CREATE_INDEX.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (matcher.find()) {
                    String statement = matcher.group().trim();
                    definitions.put(matcher.group(1).toUpperCase(Locale.ROOT),
                            statement.substring(0, statement.length() - 1).replaceAll("\\s+", " "));
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the engine's create script " + resource, e);
            }
        }
        return definitions;
    }

    private static void run(DataSource dataSource, List<String> statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change the engine's indexes: " + e.getMessage(), e);
        }
    }
}
