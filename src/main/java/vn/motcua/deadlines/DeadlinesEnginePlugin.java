package vn.motcua.deadlines;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.engine.EnginePlugins;

/**
 * Gives user tasks their due dates and their escalation jobs; before the measurement plugin, which
 * records the due dates.
 */
@Component
@Order(10)
class DeadlinesEnginePlugin extends AbstractProcessEnginePlugin {

    private final DossierDeadlines deadlines;
    private final Escalations escalations;

    DeadlinesEnginePlugin(DossierDeadlines deadlines, Escalations escalations) {
        this.deadlines = deadlines;
        this.escalations = escalations;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        StepEscalationJobs jobs = new StepEscalationJobs(deadlines, escalations);
        List<JobHandler> handlers = configuration.getCustomJobHandlers() != null
                ? new ArrayList<>(configuration.getCustomJobHandlers()) : new ArrayList<>();
        handlers.add(jobs);
        configuration.setCustomJobHandlers(handlers);
        EnginePlugins.addParseListener(configuration, new StepDeadlineParseListener(new StepDeadlineListener(deadlines, jobs)));
    }
}
