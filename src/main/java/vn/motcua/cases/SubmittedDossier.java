package vn.motcua.cases;

import java.time.OffsetDateTime;

/**
 * What the desk software or the portal gets back for a submission.
 *
 * @param dueAt    the promised return moment; null while the dossier is not (yet) received
 * @param replayed true when an Idempotency-Key matched an earlier submission and nothing new was created
 */
public record SubmittedDossier(String code, DossierStatus status, OffsetDateTime dueAt, String processInstanceId,
                               boolean replayed) {
}
