package vn.motcua.cases;

/**
 * The three ways intake at the one-stop desk ends (Decree 61/2018/NĐ-CP Art. 17, kept by Decree 118/2025/NĐ-CP),
 * each with its printed form.
 */
public enum IntakeOutcome {
    /** Complete: receipt with the promised return date (form 01). */
    COMPLETE,
    /** Incomplete: supplement request listing everything missing (form 02). */
    INCOMPLETE,
    /** Not eligible: refusal with the reason (form 03). */
    INELIGIBLE
}
