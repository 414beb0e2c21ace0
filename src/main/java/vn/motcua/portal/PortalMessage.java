package vn.motcua.portal;

import java.time.OffsetDateTime;
import java.util.UUID;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.cases.DossierStateChanged;

/**
 * The JSON body sent for one change of a dossier's state, in the shape README documents ('Đồng bộ Cổng Dịch
 * vụ công quốc gia / National Public Service Portal'): Motcua's own, for an adapter to map to the portal's
 * format. No personal data of the applicant. Moments in Vietnamese time with their offset.
 */
record PortalMessage(
        int schemaVersion,
        String idempotencyKey,
        String dossierCode,
        int sequence,
        String state,
        OffsetDateTime occurredAt,
        OffsetDateTime promisedAt,
        OffsetDateTime originalDueAt,
        OffsetDateTime actualAt,
        String agencyCode,
        String procedureCode,
        String detail) {

    static final int SCHEMA_VERSION = 1;

    static PortalMessage of(DossierStateChanged change, int sequence) {
        return new PortalMessage(SCHEMA_VERSION, key(change.dossierCode(), sequence), change.dossierCode(), sequence,
                change.state().name(), change.occurredAt().atZone(VietnamTime.ZONE).toOffsetDateTime(),
                change.promisedAt(), change.originalDueAt(), change.actualAt(), change.agencyCode(),
                change.procedureCode(), change.detail());
    }

    /**
     * The idempotency key of a dossier's n-th change: a name-based UUID of the code and the number, so it is the
     * same on every attempt and from every node, unique across dossiers, and safe in an HTTP header.
     */
    static String key(String dossierCode, int sequence) {
        return UUID.nameUUIDFromBytes(("motcua-dossier-state:" + dossierCode + ":" + sequence)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
