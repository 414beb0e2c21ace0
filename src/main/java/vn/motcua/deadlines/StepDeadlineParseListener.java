package vn.motcua.deadlines;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Attaches {@link StepDeadlineListener} to every user task of every deployed model. */
class StepDeadlineParseListener extends AbstractBpmnParseListener {

    private final StepDeadlineListener listener;

    StepDeadlineParseListener(StepDeadlineListener listener) {
        this.listener = listener;
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                .addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
    }
}
