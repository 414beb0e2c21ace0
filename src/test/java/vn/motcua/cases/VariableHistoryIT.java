package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricDetailVariableInstanceUpdateEntity;
import org.junit.jupiter.api.Test;

/**
 * What the engine's history keeps of a dossier's variables (engine.HistoryWriter): every variable's value, and the
 * details of each officer's answer; not the details of the values an instance starts with, which repeat its
 * variables' history.
 */
class VariableHistoryIT extends DeskIT {

    private static final String LIQUOR = "MAU-SCT-RUOU-BB";
    private static final List<String> PAPERS = List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");

    @Test
    void theAnswersHaveTheirDetailsTheStartValuesTheirVariableHistoryOnly() throws Exception {
        // given: a dossier received and walked to the returned result
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        desk.walkToTheEnd(code);
        List<String> instances = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code)
                .list().stream().map(HistoricProcessInstance::getId).toList();
        assertThat(instances).hasSize(3);

        // then: every variable of the dossier and of its called blocks is in the history with its value
        for (String instance : instances) {
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
                    .variableName("channel").count() + historyService.createHistoricVariableInstanceQuery()
                    .processInstanceId(instance).variableName("appraisalOutcome").count()).as(instance).isPositive();
        }
        // the officers' answers, each with the step that gave it
        List<HistoricVariableUpdate> details = instances.stream()
                .flatMap(instance -> historyService.createHistoricDetailQuery().processInstanceId(instance).variableUpdates()
                        .list().stream())
                .map(HistoricVariableUpdate.class::cast).toList();
        assertThat(details).extracting(HistoricVariableUpdate::getVariableName)
                .contains("appraisalOutcome", "returnMethod", "resultHandedOver");
        assertThat(details).filteredOn(detail -> detail.getVariableName().equals("appraisalOutcome"))
                .extracting(HistoricDetail::getActivityInstanceId).doesNotContainNull();
        // and no detail of a value an instance started with: the values the desk sent, those the dossier hands its
        // intake and its return
        assertThat(details).filteredOn(detail -> Boolean.TRUE.equals(((HistoricDetailVariableInstanceUpdateEntity) detail)
                .isInitial())).isEmpty();
        assertThat(details).filteredOn(detail -> detail.getVariableName().equals("intakeOutcome")
                && detail.getActivityInstanceId() == null).isEmpty();
    }

    @Test
    void theActivityHistoryKeepsTheStepsNotThePassagesThroughGatewaysAndPlainEvents() throws Exception {
        // given: a dossier received and walked to the returned result
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        desk.walkToTheEnd(code);
        List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(code).list();

        // then: every step, block, service task, start event and the terminating end, each finished; no gateway nor
        // plain end passed through
        List<org.camunda.bpm.engine.history.HistoricActivityInstance> activities = instances.stream()
                .flatMap(instance -> historyService.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance.getId()).list().stream()).toList();
        assertThat(activities).extracting(org.camunda.bpm.engine.history.HistoricActivityInstance::getActivityId)
                .contains("Task_HandOverDossier", "Task_AppraiseDossier", "Task_ReviewDraft", "Task_SignResult",
                        "Task_ReturnResult", "Task_IssueReceipt", "Task_CloseDossier", "CallActivity_Intake",
                        "CallActivity_ReturnResult", "SubProcess_Processing", "EndEvent_ResultReturned",
                        "StartEvent_DossierSubmitted")
                .doesNotContain("Gateway_AppraisalOutcome", "Gateway_IntakeOutcome", "EndEvent_DossierReceived",
                        "EndEvent_ResultSigned");
        assertThat(activities).extracting(org.camunda.bpm.engine.history.HistoricActivityInstance::getActivityType)
                .doesNotContain("exclusiveGateway", "parallelGateway", "inclusiveGateway", "noneEndEvent");
        assertThat(activities).allSatisfy(activity -> assertThat(activity.getEndTime()).isNotNull());
        // the instances still name the events they ended with
        assertThat(instances).extracting(HistoricProcessInstance::getEndActivityId).doesNotContainNull();
    }

    @Test
    void aChangeMadeThroughTheApiKeepsItsDetail() throws Exception {
        // given: a dossier waiting at its first step
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        String instance = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey("LiquorWholesaleLicenceProcess").singleResult().getId();

        // when: someone sets one of its variables from outside
        runtimeService.setVariable(instance, "refusalReason", "Sửa từ bên ngoài");

        // then: the change has its detail
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list())
                .map(HistoricVariableUpdate.class::cast)
                .filteredOn(detail -> "Sửa từ bên ngoài".equals(detail.getValue())).hasSize(1);
    }

    @Test
    void aVariableCreatedThroughTheApiOnceATimerHasFiredKeepsItsDetail() throws Exception {
        // given: a dossier at its appraisal whose due-soon timer has fired beside the step (the instance is then in no
        // single activity: its own activity instance is the process instance)
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        desk.handOver(code);
        String instance = desk.openTask(code).getProcessInstanceId();
        String dueSoon = managementService.createJobQuery().processInstanceId(instance)
                .activityId("BoundaryEvent_DossierDueSoon").singleResult().getId();
        managementService.executeJob(dueSoon);

        // when: someone creates a variable from outside, then changes it
        runtimeService.setVariable(instance, "probeNote", "đầu tiên");
        runtimeService.setVariable(instance, "probeNote", "sau đó");

        // then: both values have their detail, the first one included
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list())
                .map(HistoricVariableUpdate.class::cast)
                .filteredOn(detail -> detail.getVariableName().equals("probeNote"))
                .extracting(HistoricVariableUpdate::getValue).containsExactlyInAnyOrder("đầu tiên", "sau đó");
    }
}
