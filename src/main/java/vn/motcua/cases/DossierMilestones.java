package vn.motcua.cases;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.deadlines.Escalations;
import vn.motcua.engine.DossierVariables;
import vn.motcua.measurement.Timeliness;

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

    private final Escalations escalations;

    private final DossierMeasurements measurements;

    DossierMilestones(DossierRepository dossiers, Clock clock, Escalations escalations, DossierMeasurements measurements) {
        this.measurements = measurements;
        this.dossiers = dossiers;
        this.clock = clock;
        this.escalations = escalations;
    }

    /**
     * The result (or the refusal notice) is signed: its moment decides early, on time or late. A result
     * ready before the due day may be returned early; the citizen is told in advance (recorded).
     */
    public void resultReady(DelegateExecution execution) {
        String code = dossiers.ofExecution(execution).code();
        OffsetDateTime now = now();
        dossiers.resultReady(code, now);
        boolean refused = REFUSE.equals(DossierVariables.appraisalOutcome(execution));
        if (refused) {
            dossiers.refusedAfterAppraisal(code, refusalReason(execution));
        }
        measurements.stateChanged(code, refused ? DossierState.REFUSED : DossierState.RESULT_READY,
                refused ? refusalReason(execution) : null);
        Dossier dossier = dossiers.findByCodeWithoutPapers(code).orElseThrow();
        if (dossier.dueAt() != null && Timeliness.judge(now.toZonedDateTime(), dossier.dueAt().toZonedDateTime())
                == Timeliness.EARLY) {
            escalations.earlyReturnNotice(execution, java.util.Date.from(dossier.dueAt().toInstant()));
            dossiers.earlyReturnNotified(code, now);
        }
    }

    /** The desk handed the result back: the dossier is closed as resolved, or as refused after appraisal. */
    public void resultReturned(DelegateExecution execution) {
        boolean refused = REFUSE.equals(DossierVariables.appraisalOutcome(execution));
        String code = close(execution, refused ? DossierOutcome.REFUSED : DossierOutcome.RESOLVED, DossierState.RETURNED,
                refused ? refusalReason(execution) : null);
        LOG.info("Dossier {} closed: {}", code, refused ? "refused" : "resolved");
    }

    /** The citizen never brought the supplement: the dossier closes as abandoned. */
    public void abandoned(DelegateExecution execution) {
        LOG.info("Dossier {} abandoned: no supplement", close(execution, DossierOutcome.ABANDONED, DossierState.STOPPED,
                DossierOutcome.ABANDONED.label()));
    }

    /** The citizen withdrew the dossier. */
    public void withdrawn(DelegateExecution execution) {
        LOG.info("Dossier {} withdrawn", close(execution, DossierOutcome.WITHDRAWN, DossierState.WITHDRAWN,
                DossierVariables.text(execution, DossierVariables.WITHDRAWAL_REASON)));
    }

    /** Closes the execution's dossier and publishes its last state; its code. */
    private String close(DelegateExecution execution, DossierOutcome outcome, DossierState state, String detail) {
        OffsetDateTime now = now();
        Dossier dossier = dossiers.ofExecution(execution);
        dossiers.closed(dossier.code(), outcome, now);
        if (dossier.isReceived()) {
            measurements.closed(dossier, outcome, now);
        }
        measurements.stateChanged(dossier.code(), state, detail);
        return dossier.code();
    }

    /**
     * The appraiser's reason for a refusal: set in the procedure's own instance, which the return block is called
     * from without it.
     */
    private static String refusalReason(DelegateExecution execution) {
        String own = DossierVariables.refusalReason(execution);
        DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
        return own != null || caller == null ? own : DossierVariables.refusalReason(caller);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
    }
}
