package vn.motcua.cases;

import java.time.OffsetDateTime;

/**
 * A dossier was resolved after its promised return moment (ISO 9001:2015, 8.7: nonconforming output).
 * Published by {@code cases} in the transaction that closes the dossier, before it commits, so that a
 * synchronous listener's work commits or rolls back with the closing.
 *
 * @param dossierCode     the dossier
 * @param agencyCode      the agency that received it
 * @param procedureName   the procedure's name
 * @param responsibleUnit the first unit whose step was late, else the dossier's department; null when unknown
 * @param dueAt           the promised return moment
 * @param resultAt        when the result was signed
 */
public record DossierResolvedLate(String dossierCode, String agencyCode, String procedureName, String responsibleUnit,
                                  OffsetDateTime dueAt, OffsetDateTime resultAt) {
}
