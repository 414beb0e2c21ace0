package vn.motcua.iso;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import vn.motcua.engine.EnginePlugins;

/** Each process's history lives as long as records control keeps its records ({@link HistoryRetention}). */
@Component
class RecordsEnginePlugin extends AbstractProcessEnginePlugin {

    private final HistoryRetention retention;

    RecordsEnginePlugin(HistoryRetention retention) {
        this.retention = retention;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EnginePlugins.addParseListener(configuration, new HistoryTimeToLiveParseListener(retention));
    }
}
