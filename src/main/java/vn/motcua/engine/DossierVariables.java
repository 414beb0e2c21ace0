package vn.motcua.engine;

import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process variables of a dossier: their names, which the models, forms, tests and stored data use and
 * which therefore never change, and typed access to them over any {@link VariableScope} (an execution, a
 * task). Only what routing and deadlines need, plus the submission's transient input. Every module reads and
 * writes a dossier's variables through this class; {@code engine} depends on no other module, so all may.
 */
public final class DossierVariables {

    /** The dossier code, also the process instance's business key. */
    public static final String DOSSIER_CODE = "dossierCode";
    /** The agency whose office hours count (README: 'For process modellers'). */
    public static final String AGENCY_CODE = "agencyCode";
    /** The promised return moment (ngày hẹn trả), a Date; no task of the dossier is due after it. */
    public static final String DOSSIER_DUE_DATE = "dossierDueDate";
    /** True from the moment the dossier's due moment passed unresolved (its overdue escalation, engine time). */
    public static final String DOSSIER_OVERDUE = "dossierOverdue";
    /** When the statutory time last started: receipt, or a supplement's arrival; a Date. */
    public static final String CLOCK_STARTED = "dossierClockStartedDate";
    /** When the dossier was first received: the day that picks the legal rules it follows (app.rules). */
    public static final String RECEIVED = "dossierReceivedDate";
    /** A step's due moment, a Date kept on the step's own scope. */
    public static final String STEP_DUE = "stepDueDate";
    /** When a step started, a Date kept on the step's own scope beside {@link #STEP_DUE}. */
    public static final String STEP_START = "stepStartDate";
    /** The number of the supplement requested after appraisal the dossier waits for (1, 2, ...). */
    public static final String SUPPLEMENT_ROUND = "supplementRound";
    public static final String CHANNEL = "channel";
    /** COMPLETE, INCOMPLETE or INELIGIBLE; absent until the desk has checked the dossier. */
    public static final String INTAKE_OUTCOME = "intakeOutcome";
    public static final String MISSING_PAPERS = "missingPapers";
    public static final String REFUSAL_REASON = "refusalReason";
    /** APPROVE, SUPPLEMENT or REFUSE, set by the appraiser. */
    public static final String APPRAISAL_OUTCOME = "appraisalOutcome";
    /** The appraiser's opinion (ý kiến thẩm định). */
    public static final String APPRAISAL_NOTE = "appraisalNote";
    /** The opinion of an officer on any other step of the internal procedure (ý kiến xử lý). */
    public static final String STEP_NOTE = "stepNote";
    /** The department head's opinion on the draft (ý kiến của lãnh đạo phòng). */
    public static final String REVIEW_NOTE = "reviewNote";
    /** The signing leader's opinion (ý kiến của lãnh đạo). */
    public static final String SIGN_NOTE = "signNote";
    /** The department head's decision on the draft: {@value #APPROVE} or {@value #SEND_BACK} to the step before. */
    public static final String REVIEW_DECISION = "reviewDecision";
    /** The leader's decision on the result: {@value #APPROVE} (signed) or {@value #SEND_BACK} to the head's review. */
    public static final String SIGN_DECISION = "signDecision";
    public static final String APPROVE = "APPROVE";
    public static final String SEND_BACK = "SEND_BACK";
    /** Why a step sends the dossier back to the step before; required with {@value #SEND_BACK}. */
    public static final String SEND_BACK_REASON = "sendBackReason";
    /** The reason a citizen gave for withdrawing the dossier, sent with the withdrawal message. */
    public static final String WITHDRAWAL_REASON = "withdrawalReason";
    /** The apology task's reason for the delay and its new return date (Decree 61/2018/NĐ-CP Art. 19). */
    public static final String APOLOGY_REASON = "apologyReason";
    public static final String NEW_RETURN_DATE = "newReturnDate";
    /** Who asked for the extension the approver decides on (form 04 of Circular 03/2025): set by the application. */
    public static final String APOLOGY_REQUESTED_BY = "apologyRequestedBy";
    /** The approver's decision on the extension: APPROVE or SEND_BACK (with {@link #SEND_BACK_REASON}). */
    public static final String EXTENSION_DECISION = "extensionDecision";

    /** The papers received: codes of the procedure's papers. Read at registration, then removed. */
    public static final String PAPERS = "papers";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /**
     * The commune chosen at receipt to decide a commune-level procedure (its agency code); read at registration,
     * recorded in the dossier table, then removed: the record, not this variable, says who decides.
     */
    public static final String DECIDING_AGENCY = "decidingAgency";
    /**
     * The agency a QMS process is started for, named by the application (never by a client: reserved), which
     * becomes its instance's tenant and its record's agency (README: 'Agencies and who sees them').
     */
    public static final String QMS_AGENCY = "qmsAgency";
    /** The desk where the citizen chose to collect the result (its code); read at registration, then removed. */
    public static final String RETURN_DESK = "returnDesk";

    public static final String APPLICANT_NAME = "applicantName";
    public static final String APPLICANT_ID_NUMBER = "applicantIdNumber";
    public static final String APPLICANT_PHONE = "applicantPhone";
    public static final String APPLICANT_EMAIL = "applicantEmail";
    public static final String APPLICANT_ADDRESS = "applicantAddress";

    /** Personal data: moved to the dossier table at registration; never kept by the engine nor its history. */
    public static final List<String> PERSONAL_DATA = List.of(APPLICANT_NAME, APPLICANT_ID_NUMBER, APPLICANT_PHONE,
            APPLICANT_EMAIL, APPLICANT_ADDRESS);

    /** The decisions a step may take on the dossier: whether it goes on or back to the step before. */
    public static final List<String> DECISIONS = List.of(REVIEW_DECISION, SIGN_DECISION, EXTENSION_DECISION);
    /** The opinions a step's form writes, one per kind of step. */
    public static final List<String> NOTES = List.of(APPRAISAL_NOTE, STEP_NOTE, REVIEW_NOTE, SIGN_NOTE);

    /**
     * What a step's form fills for that step alone (its decision, the reason of a send-back, its opinion):
     * cleared as each step of a dossier starts, so that a step never decides with, nor records, a value
     * another step (or its own earlier round) left behind.
     */
    public static final List<String> STEP_INPUTS = List.of(REVIEW_DECISION, SIGN_DECISION, EXTENSION_DECISION, SEND_BACK_REASON,
            APPRAISAL_NOTE, STEP_NOTE, REVIEW_NOTE, SIGN_NOTE);

    /**
     * What a step answers on its form: its decision, the reason of a send-back and its opinion
     * ({@link #STEP_INPUTS}), the outcome of the intake's check or of the appraisal with the papers missing or the
     * refusal's reason, an apology's reason and new date. A task's completion writes them only when its own form
     * asks for them (README: 'Security'), so no step decides, refuses or gives an opinion in another's name.
     */
    public static final Set<String> STEP_ANSWERS = Stream.concat(STEP_INPUTS.stream(), Stream.of(
            INTAKE_OUTCOME, APPRAISAL_OUTCOME, MISSING_PAPERS, REFUSAL_REASON, APOLOGY_REASON, NEW_RETURN_DATE))
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Reserved variables: set by the application only, never by a client. They say which dossier or QMS
     * record an instance is about, who is responsible for it and when it falls due, so a client who could
     * change one would act on another agency's dossier or record, or move a deadline. Camunda's REST API
     * (under /engine-rest and the webapps' /camunda/api/engine) refuses to set or delete any of them
     * (README: 'Security').
     */
    public static final Set<String> RESERVED = Set.of(
            // a dossier: its identity, its agency (office hours), its deadlines
            DOSSIER_CODE, AGENCY_CODE, DOSSIER_DUE_DATE, DOSSIER_OVERDUE, CLOCK_STARTED, RECEIVED, STEP_DUE, STEP_START,
            APOLOGY_REQUESTED_BY,
            // the QMS processes: the record each instance updates and the unit its tasks are offered to
            "responsibleUnit", "actionUnit", "nonconformityCode", "programmeCode", "auditedDepartment", "reviewCode",
            "reviewActionId", "riskCode", "documentCode", "documentKey", "documentUnits", "procedureKey",
            "legalChangeId", "issuedDefinitionId", QMS_AGENCY);

    /**
     * A dossier's bookkeeping: which dossier and agency, its due moments and when they started, set by the
     * application alone. Their every value is also in Motcua's own records (the dossier's due and clock-start
     * moments, supplements and apology in its row, each step's start and due moment in its step record), so the
     * engine keeps each one's current value in its history (a historic variable instance), not each change
     * ({@link HistoryWriter}).
     */
    public static final Set<String> BOOKKEEPING = Set.of(DOSSIER_CODE, AGENCY_CODE, DOSSIER_DUE_DATE, DOSSIER_OVERDUE,
            CLOCK_STARTED, STEP_DUE, STEP_START);

    private DossierVariables() {
    }

    public static String dossierCode(VariableScope scope) {
        return text(scope, DOSSIER_CODE);
    }

    public static void setDossierCode(VariableScope scope, String code) {
        scope.setVariable(DOSSIER_CODE, code);
    }

    /** The dossier's agency; null outside a dossier or when not a text. */
    public static String agencyCode(VariableScope scope) {
        return scope.getVariable(AGENCY_CODE) instanceof String code ? code : null;
    }

    public static void setAgencyCode(VariableScope scope, String agencyCode) {
        scope.setVariable(AGENCY_CODE, agencyCode);
    }

    /** The promised return moment; null before receipt or outside a dossier. */
    public static Date dossierDueAt(VariableScope scope) {
        return scope.getVariable(DOSSIER_DUE_DATE) instanceof Date due ? due : null;
    }

    public static void setDossierDueAt(VariableScope scope, Date dueAt) {
        scope.setVariable(DOSSIER_DUE_DATE, dueAt);
    }

    /** When the statutory time last started; null before receipt. */
    /** Marks the dossier overdue, for the forms that word their text by it (the apology's). */
    public static void setDossierOverdue(VariableScope scope) {
        scope.setVariable(DOSSIER_OVERDUE, Boolean.TRUE);
    }

    public static Date clockStartedAt(VariableScope scope) {
        return scope.getVariable(CLOCK_STARTED) instanceof Date started ? started : null;
    }

    public static void setClockStartedAt(VariableScope scope, Date startedAt) {
        scope.setVariable(CLOCK_STARTED, startedAt);
    }

    /** When the dossier was first received; null before receipt (or for a dossier received before it was kept). */
    public static Date receivedAt(VariableScope scope) {
        return scope.getVariable(RECEIVED) instanceof Date received ? received : null;
    }

    public static String apologyRequestedBy(VariableScope scope) {
        return text(scope, APOLOGY_REQUESTED_BY);
    }

    public static void setApologyRequestedBy(VariableScope scope, String userId) {
        scope.setVariable(APOLOGY_REQUESTED_BY, userId);
    }

    /**
     * Keeps the first receipt only (a clock started again after a supplement leaves it), on the dossier's root
     * process instance: the intake block that receives it is a called process, and the procedure's timers read it.
     */
    public static void setReceivedAtOnce(VariableScope scope, Date receivedAt) {
        VariableScope root = scope;
        if (scope instanceof org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity execution) {
            org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity instance = execution.getProcessInstance();
            while (instance.getSuperExecution() != null) {
                instance = instance.getSuperExecution().getProcessInstance();
            }
            root = instance;
        }
        if (receivedAt(root) == null) {
            root.setVariable(RECEIVED, receivedAt);
        }
    }

    /** The due moment kept on this very scope (the step's), never an enclosing one's; null when none. */
    public static Date stepDueAtLocal(VariableScope step) {
        return step.getVariableLocal(STEP_DUE) instanceof Date due ? due : null;
    }

    /** Keeps the step's due moment and its start on the step's own scope. */
    public static void setStepLocal(VariableScope step, Date dueAt, Date startedAt) {
        step.setVariableLocal(STEP_DUE, dueAt);
        step.setVariableLocal(STEP_START, startedAt);
    }

    public static void setSupplementRound(VariableScope scope, int round) {
        scope.setVariable(SUPPLEMENT_ROUND, round);
    }

    public static String appraisalOutcome(VariableScope scope) {
        return text(scope, APPRAISAL_OUTCOME);
    }

    /** Clears the appraiser's outcome, so the dossier is appraised afresh. */
    public static void clearAppraisalOutcome(VariableScope scope) {
        scope.setVariable(APPRAISAL_OUTCOME, null);
    }

    /** Clears the {@link #STEP_INPUTS} that hold a value, as a step starts. */
    public static void clearStepInputs(VariableScope scope) {
        for (String name : STEP_INPUTS) {
            if (scope.getVariable(name) != null) {
                scope.setVariable(name, null);
            }
        }
    }

    /** The decision a step took ({@link #DECISIONS}) as entered, trimmed; null when none. */
    public static String decision(VariableScope scope) {
        for (String name : DECISIONS) {
            String value = text(scope, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Whether the step's decision is to send the dossier back to the step before. */
    public static boolean sentBack(VariableScope scope) {
        return SEND_BACK.equals(decision(scope));
    }

    public static String sendBackReason(VariableScope scope) {
        return text(scope, SEND_BACK_REASON);
    }

    /** The opinion the step's form wrote ({@link #NOTES}); null when none. */
    public static String note(VariableScope scope) {
        for (String name : NOTES) {
            String value = text(scope, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    public static String missingPapers(VariableScope scope) {
        return text(scope, MISSING_PAPERS);
    }

    public static String refusalReason(VariableScope scope) {
        return text(scope, REFUSAL_REASON);
    }

    public static String channel(VariableScope scope) {
        return text(scope, CHANNEL);
    }

    public static void setChannel(VariableScope scope, String channel) {
        scope.setVariable(CHANNEL, channel);
    }

    /** The apology's reason as entered; null when none. */
    public static Object apologyReason(VariableScope task) {
        return task.getVariable(APOLOGY_REASON);
    }

    /** The apology's new return date as Tasklist submits it: a Date, or ISO text. */
    public static Object newReturnDate(VariableScope task) {
        return task.getVariable(NEW_RETURN_DATE);
    }

    /** A variable as trimmed text; null when absent or blank. */
    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
