package vn.motcua.deadlines;

import java.time.OffsetDateTime;

/** One warning, escalation or notice, addressed to one group (or to the applicant). */
public record Notification(long id, String dossierCode, NotificationKind kind, String activityId, String recipient,
                           String message, OffsetDateTime dueAt, OffsetDateTime createdAt, OffsetDateTime readAt,
                           String readBy) {
}
