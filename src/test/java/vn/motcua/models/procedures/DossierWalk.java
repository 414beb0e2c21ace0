package vn.motcua.models.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import vn.motcua.cases.DossierSupplements;
import vn.motcua.cases.DossierWithdrawal;
import vn.motcua.engine.DossierVariables;
import vn.motcua.models.procedures.Procedure.SendBack;
import vn.motcua.models.procedures.Procedure.Step;
import vn.motcua.models.shared.DossierBeans;

/**
 * One dossier walked through the shape every procedure shares: submission, the intake block, the desk's
 * hand-over, the processing sub-process step by step (each step asserted to be offered to its unit), the
 * supplement loop, the return block; dossier-level timers fired by their boundary event's id.
 */
final class DossierWalk {

    static final String INTAKE = "DossierIntakeProcess";
    static final String RETURN = "ResultReturnProcess";

    private final Procedure procedure;
    private ProcessInstance dossier;

    DossierWalk(Procedure procedure) {
        this.procedure = procedure;
    }

    ProcessInstance dossier() {
        return dossier;
    }

    /** Submitted at the desk, which checked the papers on the start form (outcome given, no check task). */
    DossierWalk submitCheckedAtDesk(String intakeOutcome) {
        return submit(intakeOutcome);
    }

    /** Submitted without the desk's check (through the API): the intake block waits for the clerk's check. */
    DossierWalk submitUnchecked() {
        submit(null);
        assertThat(dossier).isWaitingAtExactly("CallActivity_Intake");
        return this;
    }

    private DossierWalk submit(String intakeOutcome) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("applicantName", "Nguyễn Văn An");
        variables.put("applicantIdNumber", "001099012345");
        variables.put("channel", "IN_PERSON");
        variables.put("intakeOutcome", intakeOutcome);
        if ("INCOMPLETE".equals(intakeOutcome)) {
            variables.put("missingPapers", "Bản sao giấy tờ chứng minh quyền sử dụng địa điểm");
        } else if ("INELIGIBLE".equals(intakeOutcome)) {
            variables.put("refusalReason", "Không thuộc thẩm quyền giải quyết");
        }
        dossier = runtimeService().startProcessInstanceByKey(procedure.processKey(), variables);
        return this;
    }

    ProcessInstance intake() {
        return calledProcessInstance(INTAKE, dossier);
    }

    /** The activities the intake block passed, once it has ended. */
    List<String> passedInIntake() {
        String intake = historyService().createHistoricProcessInstanceQuery().superProcessInstanceId(dossier.getId())
                .processDefinitionKey(INTAKE).singleResult().getId();
        return historyService().createHistoricActivityInstanceQuery().processInstanceId(intake).list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    /** The dossier's open user tasks are exactly these (embedded sub-processes around them aside). */
    void assertOpenTasks(String... taskKeys) {
        assertThat(taskQuery().processInstanceId(dossier.getId()).list().stream().map(Task::getTaskDefinitionKey))
                .containsExactlyInAnyOrder(taskKeys);
    }

    ProcessInstance resultReturn() {
        return calledProcessInstance(RETURN, dossier);
    }

    DossierWalk checkAtIntake(String intakeOutcome) {
        ProcessInstance intake = intake();
        assertThat(intake).isWaitingAtExactly("Task_CheckDossier").task().hasCandidateGroup(DossierBeans.RECEIVING_DESK);
        complete(task("Task_CheckDossier", intake), withVariables("intakeOutcome", intakeOutcome));
        return this;
    }

    /** From a received dossier to the first processing step. */
    DossierWalk handOver() {
        assertThat(dossier).isWaitingAtExactly("Task_HandOverDossier").task().hasCandidateGroup(DossierBeans.DECIDING_DESK);
        complete(task("Task_HandOverDossier", dossier), withVariables("receiptHandedToApplicant", true));
        assertThat(dossier).isWaitingAt(procedure.firstStep());
        return this;
    }

    /** Every processing step in order, each offered to its unit, the appraisal approving: on to the return block. */
    DossierWalk processAll() {
        for (Step step : procedure.steps()) {
            completeStep(step, approving(step));
        }
        assertThat(dossier).isWaitingAtExactly("CallActivity_ReturnResult");
        return this;
    }

    /** From the processing step open now, each step approving, until the dossier waits at the given step. */
    DossierWalk workUntil(String taskKey) {
        for (int guard = 0; guard <= procedure.steps().size(); guard++) {
            Step open = openStep();
            if (open.taskKey().equals(taskKey)) {
                return this;
            }
            completeStep(open, approving(open));
        }
        throw new AssertionError("the dossier never reached " + taskKey);
    }

    /** The level sends the dossier back with its reason: the step before is the only one open again. */
    DossierWalk sendBack(SendBack level, String reason) {
        completeStep(procedure.step(level.from()), withVariables(level.decision(), DossierVariables.SEND_BACK,
                DossierVariables.SEND_BACK_REASON, reason));
        assertOpenTasks(level.to());
        return this;
    }

    /** From the processing step open now, every step approving: on to the return block. */
    DossierWalk processRest() {
        for (int guard = 0; guard <= procedure.steps().size(); guard++) {
            if (taskQuery().processInstanceId(dossier.getId()).count() == 0) {
                break;
            }
            Step open = openStep();
            completeStep(open, approving(open));
        }
        assertThat(dossier).isWaitingAtExactly("CallActivity_ReturnResult");
        return this;
    }

    /** How many times the step was completed in this dossier. */
    long timesCompleted(String taskKey) {
        return historyService().createHistoricTaskInstanceQuery().processInstanceId(dossier.getId())
                .taskDefinitionKey(taskKey).finished().count();
    }

    /** The one processing step open now. */
    private Step openStep() {
        List<Task> open = taskQuery().processInstanceId(dossier.getId()).list();
        assertThat(open).as("open steps").hasSize(1);
        return procedure.step(open.get(0).getTaskDefinitionKey());
    }

    /**
     * What the step's form submits on the main path: the appraisal approves, a level that may send back approves
     * (its form asks for the decision every time: the one of an earlier round is never taken again), the others
     * submit nothing.
     */
    private Map<String, Object> approving(Step step) {
        if (step.taskKey().equals(procedure.supplementStep())) {
            return withVariables("appraisalOutcome", "APPROVE");
        }
        return procedure.sendBacks().stream().filter(level -> level.from().equals(step.taskKey())).findFirst()
                .map(level -> withVariables(level.decision(), DossierVariables.APPROVE)).orElse(Map.of());
    }

    /**
     * The supplement step asks for a supplement; the steps still open after it (an inter-agency procedure
     * goes on to its end) are completed: the dossier waits at the desk for the papers.
     */
    DossierWalk askForSupplement() {
        for (Step step : procedure.steps()) {
            if (taskQuery().processInstanceId(dossier.getId()).taskDefinitionKey(step.taskKey()).count() == 0) {
                break;
            }
            completeStep(step, step.taskKey().equals(procedure.supplementStep())
                    ? withVariables("appraisalOutcome", "SUPPLEMENT", "missingPapers", "Bản vẽ mặt bằng") : Map.of());
        }
        assertThat(dossier).isWaitingAtExactly(DossierSupplements.WAITING_TASK)
                .task().hasCandidateGroup(DossierBeans.DECIDING_DESK);
        return this;
    }

    DossierWalk receiveSupplement() {
        complete(task(DossierSupplements.WAITING_TASK, dossier), withVariables("supplementComplete", true));
        assertThat(dossier).isWaitingAt(procedure.firstStep());
        return this;
    }

    DossierWalk completeStep(Step step, Map<String, Object> variables) {
        assertThat(dossier).isWaitingAt(step.taskKey()).task(step.taskKey()).hasCandidateGroup(step.candidateGroup());
        complete(task(step.taskKey(), dossier), variables);
        return this;
    }

    /** The desk hands the result over: the dossier ends. */
    DossierWalk returnResult() {
        ProcessInstance returning = resultReturn();
        complete(task("Task_ReturnResult", returning), withVariables("returnMethod", "AT_DESK", "resultHandedOver", true));
        assertThat(returning).isEnded();
        assertThat(dossier).hasPassed("EndEvent_ResultReturned").isEnded();
        return this;
    }

    DossierWalk withdraw() {
        runtimeService().createMessageCorrelation(DossierWithdrawal.MESSAGE).processInstanceId(dossier.getId())
                .setVariable(DossierVariables.WITHDRAWAL_REASON, "Công dân xin rút hồ sơ").correlate();
        return this;
    }

    /** The timer of a dossier-level boundary event (never a per-task escalation: the engine owns those). */
    Job timer(String boundaryEventId) {
        return jobQuery().processInstanceId(dossier.getId()).activityId(boundaryEventId).singleResult();
    }

    Date timerDue(String boundaryEventId) {
        Job timer = timer(boundaryEventId);
        assertThat(timer).as("timer of %s", boundaryEventId).isNotNull();
        return timer.getDuedate();
    }

    boolean hasTimer(String boundaryEventId) {
        return timer(boundaryEventId) != null;
    }

    DossierWalk fire(String boundaryEventId) {
        Job timer = timer(boundaryEventId);
        assertThat(timer).as("timer of %s", boundaryEventId).isNotNull();
        execute(timer);
        return this;
    }
}
