package vn.motcua.cases;

import java.time.OffsetDateTime;
import java.util.List;

/** One dossier (hồ sơ), one row of the tracking ledger. */
public record Dossier(
        long id,
        String code,
        String agencyCode,
        String department,
        String procedureCode,
        String procedureName,
        String processDefinitionId,
        String processDefinitionKey,
        int processDefinitionVersion,
        String versionTag,
        int statutoryWorkingDays,
        String processInstanceId,
        Applicant applicant,
        Channel channel,
        DossierStatus status,
        DossierOutcome outcome,
        IntakeOutcome intakeOutcome,
        String missingPapers,
        String refusalReason,
        OffsetDateTime submittedAt,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        OffsetDateTime resultAt,
        OffsetDateTime closedAt,
        String clerk,
        OffsetDateTime clockStartedAt,
        int supplementCount,
        List<Procedure.Paper> papers) {

    /** The same dossier with the applicant's ID number masked, for readers whose work does not need it. */
    public Dossier withIdNumberMasked() {
        return new Dossier(id, code, agencyCode, department, procedureCode, procedureName, processDefinitionId,
                processDefinitionKey, processDefinitionVersion, versionTag, statutoryWorkingDays, processInstanceId,
                applicant == null ? null : applicant.withIdNumberMasked(), channel, status, outcome, intakeOutcome,
                missingPapers, refusalReason, submittedAt, receivedAt, dueAt, resultAt, closedAt, clerk, clockStartedAt,
                supplementCount, papers);
    }

    public boolean isReceived() {
        return receivedAt != null;
    }

    /** When the statutory time last started: the receipt, or the last supplement (Decree 61/2018 Art. 19(4)). */
    public OffsetDateTime countingFrom() {
        return clockStartedAt != null ? clockStartedAt : receivedAt;
    }
}
