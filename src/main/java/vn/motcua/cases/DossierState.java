package vn.motcua.cases;

/**
 * The states a dossier passes through as the citizen and the National Public Service Portal see them (README:
 * 'Đồng bộ Cổng Dịch vụ công quốc gia / National Public Service Portal'). Each change is published once as
 * {@link DossierStateChanged}, in the transaction that makes it.
 */
public enum DossierState {
    /** Registered, waiting for the desk's check (online, by post; at the desk the check follows at once). */
    SUBMITTED,
    /** Received complete at the desk: the receipt with the promised return moment (form 01). */
    RECEIVED,
    /**
     * Forwarded by the receiving desk to the deciding agency's desk (intake regardless of administrative
     * boundaries, Decree 118/2025/NĐ-CP): published when the receiving desk's forwarding step ends
     * ({@link DossierForwarding}); the deciding agency's statutory time starts then.
     */
    FORWARDED,
    /** Handed over by the desk to the deciding unit, which processes it (DOMAIN: the 15:00 rule). */
    PROCESSING,
    /**
     * A supplement was asked for (form 02): at intake (the dossier is then not received and ends) or after
     * appraisal (the dossier waits for the citizen); {@code detail} lists the papers missing.
     */
    SUPPLEMENT_REQUESTED,
    /** The papers asked for after appraisal arrived: the statutory time restarts, with a new promised moment. */
    SUPPLEMENT_RECEIVED,
    /** An apology with a new return moment was issued (form 04); {@code promisedAt} is the new moment. */
    APOLOGY_ISSUED,
    /** The result is signed and waits at the desk. */
    RESULT_READY,
    /** Refused (form 03 at intake, or a signed refusal after appraisal); {@code detail} is the reason. */
    REFUSED,
    /** The desk handed the result (or the refusal) back to the citizen: the dossier is closed. */
    RETURNED,
    /** Processing stopped without a result: the supplement never came (abandonment). */
    STOPPED,
    /** Processing stopped without a result: the citizen withdrew the dossier. */
    WITHDRAWN
}
