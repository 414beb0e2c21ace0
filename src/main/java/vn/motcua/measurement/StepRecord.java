package vn.motcua.measurement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One step of a dossier, one row of the process-control sheet (phiếu kiểm soát quá trình giải quyết):
 * a user task ({@value #TASK}) or an agency's share of an inter-agency procedure ({@value #AGENCY}).
 */
public record StepRecord(String taskId, String dossierCode, String activityId, String stepName, String unit,
                         String agencyCode, BigDecimal allocationDays, OffsetDateTime startedAt, OffsetDateTime dueAt,
                         OffsetDateTime endedAt, String completedBy, Timeliness timeliness, String kind) {

    public static final String TASK = "TASK";
    public static final String AGENCY = "AGENCY";

    public boolean isOpen() {
        return endedAt == null;
    }
}
