package vn.motcua.engine;


import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.core.model.CoreModelElement;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;

/**
 * The extension properties modellers put on steps ({@code allocationWorkingDays}, {@code agencyCode}),
 * kept on the parsed activities so that task listeners read them without parsing XML at run time.
 */
public final class StepProperties {

    /** On a user task or call activity: its time allocation in working days (0.5 steps). */
    public static final String ALLOCATION = "allocationWorkingDays";
    /** On a user task: {@value #HANDOVER} for the desk's handover step, due by the 15:00 rule. */
    public static final String DEADLINE_RULE = "deadlineRule";
    public static final String HANDOVER = "handover";
    /**
     * On a user task: the process variable (a date) its due moment comes from, e.g. the deadline a
     * corrective action plan set; due at the close of office hours of that day, or of the working day
     * before it when that day is not one.
     */
    public static final String DUE_DATE_VARIABLE = "dueDateVariable";
    /** On a process or sub-process: the agency whose office hours and reports the steps inside belong to. */
    public static final String AGENCY_CODE = "agencyCode";

    private static final Namespace CAMUNDA = new Namespace(BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS);
    private static final String PREFIX = "motcua:";

    private StepProperties() {
    }

    /** Copies the element's extension properties (first value of each name) onto the parsed element. */
    public static void copy(Element element, CoreModelElement parsed) {
        Element extensions = element.element("extensionElements");
        if (extensions == null) {
            return;
        }
        for (Element properties : extensions.elementsNS(CAMUNDA, "properties")) {
            for (Element property : properties.elementsNS(CAMUNDA, "property")) {
                String name = property.attribute("name");
                if (name != null && parsed.getProperty(PREFIX + name) == null) {
                    parsed.setProperty(PREFIX + name, property.attribute("value"));
                }
            }
        }
    }

    /** The property of a parsed activity, sub-process or process; null when not set. */
    public static String of(CoreModelElement parsed, String name) {
        Object value = parsed.getProperty(PREFIX + name);
        return value != null ? value.toString() : null;
    }

    /** The property of the task's own step, or of the call activity that called its process. */
    public static String ofStep(DelegateTask task, String name) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        if (execution == null) {
            return null;
        }
        Object own = execution.getActivity() != null ? execution.getActivity().getProperty(PREFIX + name) : null;
        if (own != null) {
            return own.toString();
        }
        ExecutionEntity caller = execution.getProcessInstance().getSuperExecution();
        Object inherited = caller != null && caller.getActivity() != null
                ? caller.getActivity().getProperty(PREFIX + name) : null;
        return inherited != null ? inherited.toString() : null;
    }

    /** The property on the step or the nearest enclosing sub-process or process that sets it. */
    public static String ofScope(DelegateTask task, String name) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        if (execution == null || execution.getActivity() == null) {
            return null;
        }
        ScopeImpl scope = execution.getActivity();
        while (scope != null) {
            Object value = scope.getProperty(PREFIX + name);
            if (value != null) {
                return value.toString();
            }
            scope = scope instanceof org.camunda.bpm.engine.impl.pvm.process.ActivityImpl activity
                    ? activity.getFlowScope() : null;
        }
        return null;
    }
}
