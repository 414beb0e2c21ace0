package vn.motcua.measurement;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.engine.EnginePlugins;

/** Attaches the step recorder to every user task; after the calendar's plugin, so due dates are set first. */
@Component
@Order(20)
class MeasurementEnginePlugin extends AbstractProcessEnginePlugin {

    private final StepRecords records;
    private final DailyStats stats;
    private final vn.motcua.organisation.Organisation organisation;

    MeasurementEnginePlugin(StepRecords records, DailyStats stats, vn.motcua.organisation.Organisation organisation) {
        this.records = records;
        this.stats = stats;
        this.organisation = organisation;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        StepRecorder recorder = new StepRecorder(records, stats, organisation);
        EnginePlugins.addParseListener(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addTaskListener(TaskListener.EVENTNAME_CREATE, recorder);
                definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, recorder);
                definition.addTaskListener(TaskListener.EVENTNAME_DELETE, recorder);
            }
        });
    }
}
