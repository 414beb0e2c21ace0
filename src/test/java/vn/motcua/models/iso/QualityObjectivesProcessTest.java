package vn.motcua.models.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static vn.motcua.models.iso.IsoModels.fireStartTimer;
import static vn.motcua.models.iso.IsoModels.inVietnam;
import static vn.motcua.models.iso.IsoModels.startingGroups;


import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.motcua.iso.objectives.QualityObjectives;
import vn.motcua.models.ModelTestEngine;

/** Monthly evaluation of the quality objectives, ISO 9001:2015 6.2 (processes/iso/QualityObjectivesProcess.bpmn). */
class QualityObjectivesProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    @RegisterExtension
    static IsoModels models = IsoModels.deployed(engine, "QualityObjectivesProcess");
    private final QualityObjectives objectives = models.qualityObjectives();

    @Test
    void theMonthlyTimerEvaluatesLastMonthsObjectives() {
        HistoricProcessInstance month = fireStartTimer("StartEvent_MonthStarted", engine);

        assertThat(inVietnam(month.getStartTime(), "dd HH:mm")).as("the day of the month, the time").isEqualTo("01 07:30");
        assertThat(month.getEndActivityId()).isEqualTo("EndEvent_ObjectivesEvaluated");
        verify(objectives).evaluateLastMonth(any());
        verifyNoMoreInteractions(objectives);
    }

    @Test
    void theIsoSecretaryMayAlsoStartAnEvaluationByHand() {
        assertThat(startingGroups("QualityObjectivesProcess")).as("who may start an evaluation").containsExactly("iso-secretary");
    }
}
