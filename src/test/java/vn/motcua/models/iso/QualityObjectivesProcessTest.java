package vn.motcua.models.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.motcua.iso.QualityObjectives;
import vn.motcua.models.ModelTestEngine;

/** Monthly evaluation of the quality objectives, ISO 9001:2015 6.2 (processes/iso/QualityObjectivesProcess.bpmn). */
@Deployment(resources = "processes/iso/QualityObjectivesProcess.bpmn")
class QualityObjectivesProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    private final IsoBeans beans = new IsoBeans();

    @AfterEach
    void reset() {
        beans.reset();
    }

    @Test
    void theMonthlyTimerEvaluatesLastMonthsObjectives() {
        QualityObjectives objectives = beans.qualityObjectives();
        Job monthly = jobQuery().activityId("StartEvent_MonthStarted").singleResult();
        LocalDateTime due = LocalDateTime.ofInstant(monthly.getDuedate().toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(due.getDayOfMonth()).isEqualTo(1);
        assertThat(due.toLocalTime()).hasToString("07:30");

        engine.setCurrentTime(monthly.getDuedate());
        execute(monthly);

        HistoricProcessInstance month = historyService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("QualityObjectivesProcess").completed().singleResult();
        assertThat(month.getEndActivityId()).isEqualTo("EndEvent_ObjectivesEvaluated");
        verify(objectives).evaluateLastMonth(any());
        verifyNoMoreInteractions(objectives);
        assertThat(jobQuery().activityId("StartEvent_MonthStarted").singleResult().getDuedate()).as("next month's timer")
                .isAfter(monthly.getDuedate());
    }
}
