package vn.motcua.measurement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One step of a dossier, one row of the process-control sheet (phiếu kiểm soát quá trình giải quyết):
 * a user task ({@value #TASK}) or an agency's share of an inter-agency procedure ({@value #AGENCY}).
 * An ended step says how it ended ({@link #outcome()}, null while open) and carries its note: the opinion
 * its officer wrote, or for a step {@link StepOutcome#SENT_BACK} the reason of the send-back.
 */
public record StepRecord(String taskId, String dossierCode, String activityId, String stepName, String unit,
                         String agencyCode, BigDecimal allocationDays, OffsetDateTime startedAt, OffsetDateTime dueAt,
                         OffsetDateTime endedAt, String completedBy, Timeliness timeliness, String kind,
                         StepOutcome outcome, String note) {

    public static final String TASK = "TASK";
    public static final String AGENCY = "AGENCY";

    public boolean isOpen() {
        return endedAt == null;
    }
}
