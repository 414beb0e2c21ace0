package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

/** What a level of the internal procedure may decide on a dossier, and what a send-back needs. */
class DossierSendBacksTest {

    @Test
    void approvingOrDecidingNothingGoesOn() {
        assertThatCode(() -> DossierSendBacks.check("reviewDecision", "APPROVE", null)).doesNotThrowAnyException();
        assertThatCode(() -> DossierSendBacks.check("signDecision", null, null)).doesNotThrowAnyException();
    }

    @Test
    void aSendBackNeedsItsReason() {
        assertThatThrownBy(() -> DossierSendBacks.check("reviewDecision", "SEND_BACK", null))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("lý do trả lại (sendBackReason)");
        assertThatCode(() -> DossierSendBacks.check("reviewDecision", "SEND_BACK", "Thiếu căn cứ"))
                .doesNotThrowAnyException();
    }

    @Test
    void aReasonLongerThanTheSheetKeepsIsRefused() {
        assertThatThrownBy(() -> DossierSendBacks.check("signDecision", "SEND_BACK", "x".repeat(DossierSendBacks.MAX_REASON + 1)))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("dài quá");
    }

    @Test
    void aDecisionThatIsNeitherIsRefused() {
        assertThatThrownBy(() -> DossierSendBacks.check("signDecision", "send_back", "Thiếu căn cứ"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Quyết định không hợp lệ (signDecision)");
    }
}
