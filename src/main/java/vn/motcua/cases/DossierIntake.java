package vn.motcua.cases;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.deadlines.DossierClock;
import vn.motcua.engine.DossierVariables;

/**
 * The three outcomes of intake (shared block processes/shared/DossierIntakeProcess.bpmn):
 * {@code ${dossierIntake.receive(execution)}}, {@code requestSupplement} and {@code refuse}.
 */
@Component("dossierIntake")
public class DossierIntake {

    private static final Logger LOG = LoggerFactory.getLogger(DossierIntake.class);

    private final DossierRepository dossiers;
    private final DossierClock dossierClock;
    private final Clock clock;
    private final DossierMeasurements measurements;
    private final ProcedureCatalog catalog;

    DossierIntake(DossierRepository dossiers, DossierClock dossierClock, Clock clock, DossierMeasurements measurements,
                  ProcedureCatalog catalog) {
        this.catalog = catalog;
        this.dossiers = dossiers;
        this.dossierClock = dossierClock;
        this.clock = clock;
        this.measurements = measurements;
    }

    /**
     * Complete: the dossier is received. Its statutory time runs from the moment it was submitted
     * ({@link DossierClock}); the promised return moment goes on the receipt.
     */
    public void receive(DelegateExecution execution) {
        Dossier dossier = dossiers.ofExecutionWithPapers(execution);
        // the clerk's check of an online dossier ends here too: complete only with every required paper
        catalog.byDefinitionId(dossier.processDefinitionId())
                .ifPresent(procedure -> requireEveryRequiredPaper(procedure, dossier.papers()));
        OffsetDateTime due = dossierClock.start(execution, dossier.submittedAt(), dossier.statutoryWorkingDays(),
                dossier.agencyCode());
        dossiers.received(dossier.code(), dossier.submittedAt(), due);
        measurements.received(dossiers.findByCodeWithoutPapers(dossier.code()).orElseThrow());
        measurements.stateChanged(dossier.code(), DossierState.RECEIVED, null);
        LOG.info("Dossier {} received, due {}", dossier.code(), due);
    }

    /** Incomplete: a supplement request listing everything missing, once (form 02); the dossier is not received. */
    public void requestSupplement(DelegateExecution execution) {
        Dossier dossier = dossier(execution);
        String missing = DossierVariables.missingPapers(execution);
        if (missing == null) {
            throw new BadUserRequestException("Phải ghi rõ các giấy tờ cần bổ sung (missingPapers)");
        }
        OffsetDateTime now = now();
        dossiers.notReceived(dossier.code(), IntakeOutcome.INCOMPLETE, DossierOutcome.NOT_RECEIVED_INCOMPLETE,
                missing, null, now);
        measurements.supplementRequested(dossier, now);
        measurements.stateChanged(dossier.code(), DossierState.SUPPLEMENT_REQUESTED, missing);
        LOG.info("Dossier {}: supplement requested at intake", dossier.code());
    }

    /** Not eligible: a refusal with the reason (form 03); the dossier is not received. */
    public void refuse(DelegateExecution execution) {
        Dossier dossier = dossier(execution);
        String reason = DossierVariables.refusalReason(execution);
        if (reason == null) {
            throw new BadUserRequestException("Phải ghi rõ lý do từ chối (refusalReason)");
        }
        OffsetDateTime now = now();
        dossiers.notReceived(dossier.code(), IntakeOutcome.INELIGIBLE, DossierOutcome.NOT_RECEIVED_INELIGIBLE,
                null, reason, now);
        measurements.refusedAtIntake(dossier, now);
        measurements.stateChanged(dossier.code(), DossierState.REFUSED, reason);
        LOG.info("Dossier {}: refused at intake", dossier.code());
    }

    /**
     * Refuses a dossier declared complete without every required paper of its procedure, naming the missing
     * ones: a refusal from the engine rolls the start or the task completion back, so nothing is received.
     */
    static void requireEveryRequiredPaper(Procedure procedure, java.util.List<Procedure.Paper> received) {
        java.util.List<Procedure.Paper> missing = procedure.missingRequired(
                received.stream().map(Procedure.Paper::code).toList());
        if (!missing.isEmpty()) {
            throw new BadUserRequestException(IncompleteDossierException.message(missing));
        }
    }

    private Dossier dossier(DelegateExecution execution) {
        return dossiers.ofExecution(execution);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
    }
}
