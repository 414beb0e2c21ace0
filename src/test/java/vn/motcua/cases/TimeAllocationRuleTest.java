package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.motcua.deployment.ModelProblem;

/**
 * Every user task of a procedure has a time allocation, wherever it sits (the main path, an agency's
 * sub-process, an event sub-process such as a withdrawal), since the engine derives the task's due date
 * and escalations from it; the main path adds up to the statutory time.
 */
class TimeAllocationRuleTest {

    private static final Map<String, String> ALLOCATIONS = Map.of("Task_ReceiveDossier", "1", "Task_AppraiseDossier", "1.5",
            "Task_SignResult", "0.5", "Task_ConfirmWithdrawal", "0");

    /** A 3-day procedure: one step, an agency's sub-process with one step, one step, and a withdrawal event sub-process. */
    private static BpmnModelInstance procedure(String withoutAllocation) {
        ProcessBuilder process = Bpmn.createExecutableProcess("AllocatedProcedure");
        process.startEvent("StartEvent_Received")
                .userTask("Task_ReceiveDossier").camundaCandidateGroups("one-stop-clerk")
                .subProcess("SubProcess_Agency").embeddedSubProcess()
                .startEvent("StartEvent_Agency")
                .userTask("Task_AppraiseDossier").camundaCandidateGroups("specialist")
                .endEvent("EndEvent_Agency")
                .subProcessDone()
                .userTask("Task_SignResult").camundaCandidateGroups("manager")
                .endEvent("EndEvent_Done");
        process.eventSubProcess("EventSubProcess_Withdrawal")
                .startEvent("StartEvent_Withdrawn").message("dossierWithdrawn")
                .userTask("Task_ConfirmWithdrawal").camundaCandidateGroups("one-stop-clerk")
                .endEvent("EndEvent_Withdrawn");
        BpmnModelInstance model = process.done();
        property(model, "AllocatedProcedure", ProcedureProperties.STATUTORY_WORKING_DAYS, "3");
        ALLOCATIONS.forEach((task, days) -> {
            if (!task.equals(withoutAllocation)) {
                property(model, task, ProcedureProperties.ALLOCATION, days);
            }
        });
        return model;
    }

    private static void property(BpmnModelInstance model, String elementId, String name, String value) {
        BaseElement element = model.getModelElementById(elementId);
        if (element.getExtensionElements() == null) {
            element.setExtensionElements(model.newInstance(ExtensionElements.class));
        }
        ExtensionElements extensions = element.getExtensionElements();
        CamundaProperties properties = extensions.getChildElementsByType(CamundaProperties.class).stream().findFirst()
                .orElseGet(() -> extensions.addExtensionElement(CamundaProperties.class));
        CamundaProperty property = model.newInstance(CamundaProperty.class);
        property.setCamundaName(name);
        property.setCamundaValue(value);
        properties.addChildElement(property);
    }

    private static List<ModelProblem> check(BpmnModelInstance model) {
        return new TimeAllocationRule().check(model);
    }

    @Test
    void aProcedureWhoseEveryUserTaskHasAnAllocationPasses() {
        assertThat(check(procedure(null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Task_ReceiveDossier", "Task_AppraiseDossier", "Task_ConfirmWithdrawal"})
    void aUserTaskWithoutAllocationIsRejectedWhereverItSits(String task) {
        List<ModelProblem> problems = check(procedure(task));

        assertThat(problems).filteredOn(problem -> task.equals(problem.elementId())).singleElement()
                .satisfies(problem -> assertThat(problem.rule()).isEqualTo("time-allocation"))
                .satisfies(problem -> assertThat(problem.message())
                        .isEqualTo("the step has no time allocation: add the extension property \"allocationWorkingDays\" "
                                + "(working days, in steps of 0.5), from which the engine sets its due date and escalations"));
    }

    @Test
    void theMainPathMustAddUpToTheStatutoryTimeButAnEventSubProcessIsOutsideIt() {
        BpmnModelInstance model = procedure("Task_SignResult");
        property(model, "Task_SignResult", ProcedureProperties.ALLOCATION, "1");
        property(model, "Task_ConfirmWithdrawal", ProcedureProperties.ALLOCATION, "5");

        assertThat(check(model)).singleElement()
                .satisfies(problem -> assertThat(problem.elementId()).isEqualTo("AllocatedProcedure"))
                .satisfies(problem -> assertThat(problem.message()).contains("add up to 3.5 working days", "statutory time is 3"));
    }

    @Test
    void anAllocationThatIsNotHalfDaysIsRejected() {
        BpmnModelInstance model = procedure("Task_AppraiseDossier");
        property(model, "Task_AppraiseDossier", ProcedureProperties.ALLOCATION, "1.25");

        assertThat(check(model)).extracting(ModelProblem::elementId, ModelProblem::message)
                .contains(org.assertj.core.groups.Tuple.tuple("Task_AppraiseDossier",
                        "\"allocationWorkingDays\" must be a number of working days in steps of 0.5, not '1.25'"));
    }

    @Test
    void aProcessThatIsNotAProcedureNeedsNoAllocation() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("InternalProcess").startEvent("StartEvent_Started")
                .userTask("Task_Work").camundaCandidateGroups("specialist").endEvent("EndEvent_Done").done();

        assertThat(check(model)).isEmpty();
    }
}
