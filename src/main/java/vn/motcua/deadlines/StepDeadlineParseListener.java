package vn.motcua.deadlines;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Attaches {@link StepDeadlineListener} to every user task of every deployed model, for the task's whole life. */
class StepDeadlineParseListener extends AbstractBpmnParseListener {

    private final StepDeadlineListener listener;

    StepDeadlineParseListener(StepDeadlineListener listener) {
        this.listener = listener;
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        for (String event : new String[] {TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_UPDATE,
                TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE}) {
            task.addTaskListener(event, listener);
        }
    }
}
