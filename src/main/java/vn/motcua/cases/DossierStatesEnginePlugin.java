package vn.motcua.cases;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import vn.motcua.engine.EnginePlugins;
import vn.motcua.engine.StepProperties;

/**
 * The desk's handover step ({@code deadlineRule=handover}, README: 'For process modellers') publishes
 * {@link DossierState#PROCESSING} when it completes, in every procedure model, without a listener drawn in each.
 */
@Component
class DossierStatesEnginePlugin extends AbstractProcessEnginePlugin {

    private final DossierStates states;

    DossierStatesEnginePlugin(DossierStates states) {
        this.states = states;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EnginePlugins.addParseListener(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                // read from the element: the engine's own copy of the properties may run after this listener
                StepProperties.copy(element, activity);
                if (StepProperties.HANDOVER.equals(StepProperties.of(activity, StepProperties.DEADLINE_RULE))) {
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                            .addTaskListener(TaskListener.EVENTNAME_COMPLETE, states);
                }
            }
        });
    }
}
