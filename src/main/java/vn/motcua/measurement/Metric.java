package vn.motcua.measurement;

/** What the daily counters count (README: 'Measuring on-time resolution'), by the day it happened. */
public enum Metric {
    RECEIVED, RECEIVED_IN_PERSON, RECEIVED_ONLINE, RECEIVED_BY_POST,
    /** A received dossier closed (resolved, refused after appraisal, withdrawn, abandoned): for carried-over stocks. */
    CLOSED,
    RESOLVED_EARLY, RESOLVED_ON_TIME, RESOLVED_LATE,
    REFUSED, WITHDRAWN, ABANDONED,
    /** Working days from (re)receipt to result, and the statutory days, of dossiers resolved: for averages. */
    PROCESSING_DAYS, STATUTORY_DAYS,
    /** Decision 766/QĐ-TTg: supplement waits subtracted; more than one supplement counts as late. */
    DECISION766_DAYS, DECISION766_ON_TIME, DECISION766_LATE,
    SUPPLEMENT_REQUESTS, APOLOGIES,
    STEPS_EARLY, STEPS_ON_TIME, STEPS_LATE
}
