package vn.motcua.cases;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.VietnamTime;

/**
 * Status milestones the models set as they run: {@code ${dossierMilestones.resultReady(execution)}} and
 * the others below. The models say when; this class says what it means for the dossier record.
 */
@Component("dossierMilestones")
public class DossierMilestones {

    static final String REFUSE = "REFUSE";

    private static final Logger LOG = LoggerFactory.getLogger(DossierMilestones.class);

    private final DossierRepository dossiers;
    private final Clock clock;

    DossierMilestones(DossierRepository dossiers, Clock clock) {
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /** The appraiser asked for a supplement (Decree 61/2018 Art. 19(4)): the dossier waits for the citizen. */
    public void waitingForSupplement(DelegateExecution execution) {
        dossiers.status(code(execution), DossierStatus.WAITING_SUPPLEMENT);
    }

    /** The citizen brought the missing papers: processing goes on. */
    public void supplementReceived(DelegateExecution execution) {
        dossiers.status(code(execution), DossierStatus.IN_PROGRESS);
    }

    /** The result (or the refusal notice) is signed: its moment decides early, on time or late. */
    public void resultReady(DelegateExecution execution) {
        dossiers.resultReady(code(execution), now());
    }

    /** The desk handed the result back: the dossier is closed as resolved, or as refused after appraisal. */
    public void resultReturned(DelegateExecution execution) {
        boolean refused = REFUSE.equals(execution.getVariable(DossierVariables.APPRAISAL_OUTCOME));
        dossiers.closed(code(execution), refused ? DossierOutcome.REFUSED : DossierOutcome.RESOLVED, now());
        LOG.info("Dossier {} closed: {}", code(execution), refused ? "refused" : "resolved");
    }

    /** The citizen withdrew the dossier. */
    public void withdrawn(DelegateExecution execution) {
        dossiers.closed(code(execution), DossierOutcome.WITHDRAWN, now());
        LOG.info("Dossier {} withdrawn", code(execution));
    }

    private static String code(DelegateExecution execution) {
        return (String) execution.getVariable(DossierVariables.DOSSIER_CODE);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
    }
}
