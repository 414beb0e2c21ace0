package vn.motcua.cases;

/** The three ways intake at the one-stop desk ends (DOMAIN.md §3 item 1), each with its printed form. */
public enum IntakeOutcome {
    /** Complete: receipt with the promised return date (form 01). */
    COMPLETE,
    /** Incomplete: supplement request listing everything missing (form 02). */
    INCOMPLETE,
    /** Not eligible: refusal with the reason (form 03). */
    INELIGIBLE
}
