package vn.motcua.cases;

import java.util.List;
import java.util.Set;

import vn.motcua.calendar.WorkingDayBusinessCalendar;
import vn.motcua.deadlines.DossierDeadlines;

/** Names of the process variables of a dossier: only what routing needs, plus the submission's transient input. */
public final class DossierVariables {

    /** The dossier code, also the process instance's business key. */
    public static final String DOSSIER_CODE = "dossierCode";
    public static final String AGENCY_CODE = WorkingDayBusinessCalendar.AGENCY_VARIABLE;
    /** The promised return moment (ngày hẹn trả), a Date. */
    public static final String DOSSIER_DUE_DATE = WorkingDayBusinessCalendar.CASE_DUE_VARIABLE;
    public static final String CHANNEL = "channel";
    /** COMPLETE, INCOMPLETE or INELIGIBLE; absent until the desk has checked the dossier. */
    public static final String INTAKE_OUTCOME = "intakeOutcome";
    public static final String MISSING_PAPERS = "missingPapers";
    public static final String REFUSAL_REASON = "refusalReason";
    /** APPROVE, SUPPLEMENT or REFUSE, set by the appraiser. */
    public static final String APPRAISAL_OUTCOME = "appraisalOutcome";

    /** The papers received: codes of the procedure's papers. Read at registration, then removed. */
    public static final String PAPERS = "papers";
    static final String IDEMPOTENCY_KEY = "idempotencyKey";

    public static final String APPLICANT_NAME = "applicantName";
    public static final String APPLICANT_ID_NUMBER = "applicantIdNumber";
    public static final String APPLICANT_PHONE = "applicantPhone";
    public static final String APPLICANT_EMAIL = "applicantEmail";
    public static final String APPLICANT_ADDRESS = "applicantAddress";

    /** Personal data: moved to the dossier table at registration; never kept by the engine nor its history. */
    public static final List<String> PERSONAL_DATA = List.of(APPLICANT_NAME, APPLICANT_ID_NUMBER, APPLICANT_PHONE,
            APPLICANT_EMAIL, APPLICANT_ADDRESS);

    /**
     * Reserved variables: set by the application only, never by a client. They say which dossier or QMS
     * record an instance is about, who is responsible for it and when it falls due, so a client who could
     * change one would act on another agency's dossier or record, or move a deadline. Camunda's REST API
     * (under /engine-rest and the webapps' /camunda/api/engine) refuses to set or delete any of them:
     * vn.motcua.security.ReservedVariablesFilter.
     */
    public static final Set<String> RESERVED = Set.of(
            // a dossier: its identity, its agency (office hours), its deadlines
            DOSSIER_CODE, AGENCY_CODE, DOSSIER_DUE_DATE, DossierDeadlines.CLOCK_STARTED, DossierDeadlines.STEP_DUE,
            DossierDeadlines.STEP_START,
            // the QMS processes: the record each instance updates and the unit its tasks are offered to
            "responsibleUnit", "actionUnit", "nonconformityCode", "programmeCode", "auditedDepartment", "reviewCode",
            "reviewActionId", "riskCode", "documentCode", "documentKey", "documentUnits", "procedureKey",
            "legalChangeId", "issuedDefinitionId");

    private DossierVariables() {
    }
}
