package vn.motcua.measurement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One step of a dossier, one row of the process-control sheet (phiếu kiểm soát quá trình giải quyết). */
public record StepRecord(String taskId, String dossierCode, String activityId, String stepName, String unit,
                         String agencyCode, BigDecimal allocationDays, OffsetDateTime startedAt, OffsetDateTime dueAt,
                         OffsetDateTime endedAt, String completedBy, Timeliness timeliness) {

    public boolean isOpen() {
        return endedAt == null;
    }
}
