package vn.motcua.cases;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A dossier changed state (README: 'Đồng bộ Cổng Dịch vụ công quốc gia / National Public Service Portal').
 * Published by {@code cases} synchronously, in the transaction that makes the change and before it commits,
 * exactly once per change: a listener that writes in that transaction commits or rolls back with the change;
 * one that acts outside (an e-mail) waits for the commit ({@code @TransactionalEventListener}). It carries no
 * personal data of the applicant: whoever needs it reads the dossier by its code.
 *
 * @param dossierCode   the dossier
 * @param state         its new state
 * @param occurredAt    when the change happened (the application's clock, the engine's in tests)
 * @param promisedAt    the return moment the citizen is promised now: an apology's new moment once one was
 *                      issued, else the statutory due moment; null before the dossier is received
 * @param originalDueAt the statutory due moment (restarted by a supplement, never moved by an apology); null
 *                      before the dossier is received
 * @param actualAt      when the result (or the refusal after appraisal) was signed, judged against the
 *                      promise; null until then
 * @param agencyCode    the agency deciding the dossier
 * @param procedureCode the procedure
 * @param detail        what the citizen is told with the change, written by the officers, never the applicant's
 *                      data: the papers missing ({@link DossierState#SUPPLEMENT_REQUESTED}), the apology's
 *                      reason ({@link DossierState#APOLOGY_ISSUED}), the refusal's reason ({@link DossierState#REFUSED},
 *                      and {@link DossierState#RETURNED} of a refused dossier), the ground of the stop
 *                      ({@link DossierState#STOPPED}, {@link DossierState#WITHDRAWN}); null otherwise
 */
public record DossierStateChanged(String dossierCode, DossierState state, Instant occurredAt, OffsetDateTime promisedAt,
                                  OffsetDateTime originalDueAt, OffsetDateTime actualAt, String agencyCode,
                                  String procedureCode, String detail) {
}
