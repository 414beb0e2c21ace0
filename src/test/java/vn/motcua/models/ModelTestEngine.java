package vn.motcua.models;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * One in-memory Camunda engine for all process tests: no Spring, no Motcua plugins. The beans the
 * models' expressions name ({@code ${dossierDeadlines.holdingUnits(execution)}}, ...) are Mockito mocks
 * registered per test with {@link ModelBeans}; the job executor is off, so a test fires a timer itself.
 */
public final class ModelTestEngine {

    private static ProcessEngine engine;

    private ModelTestEngine() {
    }

    /** The extension every process test registers: {@code @RegisterExtension static ProcessEngineExtension engine = ModelTestEngine.extension();} */
    public static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().useProcessEngine(engine()).build();
    }

    static synchronized ProcessEngine engine() {
        if (engine == null) {
            StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
            configuration.setProcessEngineName("model-tests");
            configuration.setJdbcUrl("jdbc:h2:mem:model-tests;DB_CLOSE_DELAY=-1");
            configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
            configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
            configuration.setJobExecutorActivate(false);
            configuration.setExpressionManager(new MockExpressionManager());
            configuration.setEnforceHistoryTimeToLive(false);
            engine = configuration.buildProcessEngine();
        }
        return engine;
    }
}
