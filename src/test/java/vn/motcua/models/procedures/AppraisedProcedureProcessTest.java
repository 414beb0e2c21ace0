package vn.motcua.models.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static vn.motcua.models.shared.DossierBeans.ofTheDossier;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.motcua.models.procedures.Procedure.Step;
import vn.motcua.models.shared.DossierBeans;

/**
 * A single-agency procedure whose processing starts with the appraisal {@value #APPRAISAL}: its gateway asks
 * for a supplement or goes on (approval or refusal alike: a refusal is drafted, reviewed and signed like a
 * licence), and a timer warns the appraiser before the time to ask for a supplement runs out.
 */
abstract class AppraisedProcedureProcessTest extends ProcedureProcessTest {

    static final String APPRAISAL = "Task_AppraiseDossier";
    static final String SUPPLEMENT_LIMIT_SOON = "BoundaryEvent_AppraiseDossierSupplementLimitSoon";

    /** The procedure whose steps are given, the appraisal first. */
    static Procedure appraised(String processKey, String folder, Step... steps) {
        return new Procedure(processKey, folder, List.of(steps), APPRAISAL);
    }

    @Test
    void aRefusalAtAppraisalIsReviewedAndSignedLikeALicence() {
        walk.submitCheckedAtDesk("COMPLETE").handOver();

        walk.completeStep(procedure.steps().get(0),
                withVariables("appraisalOutcome", "REFUSE", "refusalReason", "Địa điểm không đủ điều kiện"));
        for (Step step : procedure.steps().subList(1, procedure.steps().size())) {
            walk.completeStep(step, Map.of());
        }

        assertThat(walk.dossier()).isWaitingAtExactly("CallActivity_ReturnResult").hasNotPassed("EndEvent_SupplementNeeded");
        verify(beans.supplements, never()).requested(any());
        walk.returnResult();
    }

    @Test
    void theAppraiserIsWarnedBeforeTheTimeToAskForASupplementRunsOut() {
        walk.submitCheckedAtDesk("COMPLETE").handOver();
        assertThat(walk.timerDue(SUPPLEMENT_LIMIT_SOON)).isEqualTo(DossierBeans.SUPPLEMENT_WARN);

        walk.fire(SUPPLEMENT_LIMIT_SOON);

        verify(beans.escalations).supplementLimitSoon(ofTheDossier(), eq(APPRAISAL));
        assertThat(walk.dossier()).hasPassed("EndEvent_AppraiseDossierSupplementLimitSoonNotified");
        walk.assertOpenTasks(APPRAISAL);
        walk.processAll();
        assertThat(walk.hasTimer(SUPPLEMENT_LIMIT_SOON)).isFalse();
    }
}
