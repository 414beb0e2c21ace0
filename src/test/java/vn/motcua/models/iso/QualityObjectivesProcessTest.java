package vn.motcua.models.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.motcua.models.ModelBeans;
import vn.motcua.models.ModelTestEngine;

/** Monthly evaluation of the quality objectives (processes/iso/QualityObjectivesProcess.bpmn). */
@Deployment(resources = "processes/iso/QualityObjectivesProcess.bpmn")
class QualityObjectivesProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    private final ModelBeans beans = new ModelBeans();

    /** What the model calls. */
    public interface QualityObjectives {
        void evaluateLastMonth(DelegateExecution execution);
    }

    @AfterEach
    void reset() {
        beans.reset();
    }

    @Test
    void theMonthlyTimerEvaluatesLastMonthsObjectives() {
        QualityObjectives objectives = beans.mock("qualityObjectives", QualityObjectives.class);

        Job monthly = managementService().createJobQuery().processDefinitionKey("QualityObjectivesProcess").singleResult();
        ZonedDateTime due = monthly.getDuedate().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(due.getDayOfMonth()).isEqualTo(1);
        assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(7, 30));

        execute(monthly);

        verify(objectives).evaluateLastMonth(any());
        assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey("QualityObjectivesProcess")
                .completed().count()).isEqualTo(1);
        assertThat(managementService().createJobQuery().processDefinitionKey("QualityObjectivesProcess").count())
                .as("the next month's timer").isEqualTo(1);
    }
}
