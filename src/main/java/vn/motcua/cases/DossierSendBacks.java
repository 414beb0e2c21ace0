package vn.motcua.cases;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.motcua.engine.DossierVariables;

/**
 * Send-backs inside the internal procedure (README: 'A dossier, end to end'): the department head may send
 * the draft back to the specialist's step before ({@code ${dossierSendBacks.reviewed(task)}}), the leader the
 * result back to the head's review ({@code ${dossierSendBacks.signed(task)}}); the model's gateway after the
 * step routes on the decision. A send-back needs its reason: without one, or with a decision that is none of
 * the two, the completion is refused and nothing changes. The step that sends back ends there and is judged
 * against its own deadline; the step it goes back to starts again as a new task with a new deadline.
 */
@Component("dossierSendBacks")
public class DossierSendBacks {

    /** Longer reasons belong in an attached paper, not in the process-control sheet. */
    static final int MAX_REASON = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(DossierSendBacks.class);

    /** The head's review of the draft: {@code reviewDecision} APPROVE (trình ký) or SEND_BACK with a reason. */
    public void reviewed(DelegateTask task) {
        decided(task, DossierVariables.REVIEW_DECISION);
    }

    /** The leader's signature: {@code signDecision} APPROVE (ký duyệt) or SEND_BACK with a reason. */
    public void signed(DelegateTask task) {
        decided(task, DossierVariables.SIGN_DECISION);
    }

    private static void decided(DelegateTask task, String decisionVariable) {
        String decision = DossierVariables.text(task, decisionVariable);
        check(decisionVariable, decision, DossierVariables.sendBackReason(task));
        if (DossierVariables.SEND_BACK.equals(decision)) {
            LOG.info("Dossier {}: sent back from {} to the step before", task.getExecution().getProcessBusinessKey(),
                    task.getTaskDefinitionKey());
        }
    }

    /**
     * Refuses a decision that is neither absent (the step approves, as before send-backs existed) nor
     * {@value DossierVariables#APPROVE} nor {@value DossierVariables#SEND_BACK}, and a send-back without a reason.
     */
    static void check(String decisionVariable, String decision, String reason) {
        if (decision != null && !DossierVariables.APPROVE.equals(decision) && !DossierVariables.SEND_BACK.equals(decision)) {
            throw new BadUserRequestException("Quyết định không hợp lệ (" + decisionVariable
                    + "): chỉ nhận APPROVE (đồng ý) hoặc SEND_BACK (trả lại bước trước)");
        }
        if (DossierVariables.SEND_BACK.equals(decision)) {
            if (reason == null) {
                throw new BadUserRequestException("Trả lại hồ sơ phải ghi rõ lý do trả lại ("
                        + DossierVariables.SEND_BACK_REASON + ")");
            }
            if (reason.length() > MAX_REASON) {
                throw new BadUserRequestException("Lý do trả lại dài quá " + MAX_REASON + " ký tự ("
                        + DossierVariables.SEND_BACK_REASON + ")");
            }
        }
    }
}
