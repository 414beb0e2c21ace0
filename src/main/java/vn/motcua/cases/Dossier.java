package vn.motcua.cases;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One dossier (hồ sơ), one row of the tracking ledger.
 *
 * @param dueAt       the statutory due moment: what on-time measurement judges against, also after an apology
 * @param newReturnAt the new return moment of the apology (Phiếu xin lỗi và hẹn lại ngày trả kết quả), null
 *                    without one: from then on the moment the citizen is promised ({@link #promisedAt()})
 */
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
        List<Procedure.Paper> papers,
        OffsetDateTime newReturnAt) {

    /** A dossier without an apology's new return moment. */
    public Dossier(long id, String code, String agencyCode, String department, String procedureCode, String procedureName,
                   String processDefinitionId, String processDefinitionKey, int processDefinitionVersion, String versionTag,
                   int statutoryWorkingDays, String processInstanceId, Applicant applicant, Channel channel,
                   DossierStatus status, DossierOutcome outcome, IntakeOutcome intakeOutcome, String missingPapers,
                   String refusalReason, OffsetDateTime submittedAt, OffsetDateTime receivedAt, OffsetDateTime dueAt,
                   OffsetDateTime resultAt, OffsetDateTime closedAt, String clerk, OffsetDateTime clockStartedAt,
                   int supplementCount, List<Procedure.Paper> papers) {
        this(id, code, agencyCode, department, procedureCode, procedureName, processDefinitionId, processDefinitionKey,
                processDefinitionVersion, versionTag, statutoryWorkingDays, processInstanceId, applicant, channel, status,
                outcome, intakeOutcome, missingPapers, refusalReason, submittedAt, receivedAt, dueAt, resultAt, closedAt,
                clerk, clockStartedAt, supplementCount, papers, null);
    }

    /** The same dossier with the applicant's ID number masked, for readers whose work does not need it. */
    public Dossier withIdNumberMasked() {
        return new Dossier(id, code, agencyCode, department, procedureCode, procedureName, processDefinitionId,
                processDefinitionKey, processDefinitionVersion, versionTag, statutoryWorkingDays, processInstanceId,
                applicant == null ? null : applicant.withIdNumberMasked(), channel, status, outcome, intakeOutcome,
                missingPapers, refusalReason, submittedAt, receivedAt, dueAt, resultAt, closedAt, clerk, clockStartedAt,
                supplementCount, papers, newReturnAt);
    }

    /**
     * The moment the citizen is promised the result: the apology's new return moment once one was issued
     * (Decree 61/2018 Art. 19, kept as the configured default), else the statutory due moment; null before receipt.
     */
    public OffsetDateTime promisedAt() {
        return newReturnAt != null ? newReturnAt : dueAt;
    }

    /** The same dossier with its apology's new return moment. */
    public Dossier withNewReturnAt(OffsetDateTime moment) {
        return new Dossier(id, code, agencyCode, department, procedureCode, procedureName, processDefinitionId,
                processDefinitionKey, processDefinitionVersion, versionTag, statutoryWorkingDays, processInstanceId,
                applicant, channel, status, outcome, intakeOutcome, missingPapers, refusalReason, submittedAt, receivedAt,
                dueAt, resultAt, closedAt, clerk, clockStartedAt, supplementCount, papers, moment);
    }

    public boolean isReceived() {
        return receivedAt != null;
    }

    /** When the statutory time last started: the receipt, or the last supplement (Decree 61/2018 Art. 19(4)). */
    public OffsetDateTime countingFrom() {
        return clockStartedAt != null ? clockStartedAt : receivedAt;
    }
}
