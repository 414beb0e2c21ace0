package vn.motcua.deadlines;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.engine.EnginePlugins;

/** Gives user tasks their due dates; before the measurement plugin, which records them. */
@Component
@Order(10)
class DeadlinesEnginePlugin extends AbstractProcessEnginePlugin {

    private final DossierDeadlines deadlines;

    DeadlinesEnginePlugin(DossierDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EnginePlugins.addParseListener(configuration, new StepDeadlineParseListener(new StepDeadlineListener(deadlines)));
    }
}
