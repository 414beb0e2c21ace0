package vn.motcua.web;

import java.util.List;

import vn.motcua.web.InvalidRequestException.FieldProblem;

/**
 * How long each text of a request may be: the width of the column that stores it (the migrations
 * under db/migration), so that a value the database would refuse is answered 400 naming the field,
 * never a 500 whose database error carries the value into the log. The one place that knows these
 * widths; a controller asks {@link #check} instead of writing a number.
 */
final class FieldLimits {

    // motcua_dossier (V2__dossiers.sql, V3__deadlines.sql)
    static final int PROCEDURE_CODE = 64;
    // the applicant's columns: vn.motcua.cases.ApplicantRules, which every way in checks
    static final int MISSING_PAPERS = 4000;
    static final int REFUSAL_REASON = 4000;
    /** A withdrawal's reason ends up in refusal_reason. */
    static final int WITHDRAWAL_REASON = REFUSAL_REASON;
    static final int APOLOGY_REASON = 4000;
    static final int IDEMPOTENCY_KEY = 128;
    static final int DOSSIER_CODE = 64;
    static final int AGENCY_CODE = 32;
    // motcua_dossier_paper
    static final int PAPER_CODE = 64;
    /** No procedure asks for more papers than this; a longer list is an attack, not a dossier. */
    static final int PAPERS_PER_DOSSIER = 100;

    // motcua_calendar_year, motcua_calendar_day (V1__calendar.sql)
    static final int CALENDAR_REASON = 500;
    static final int CALENDAR_LEGAL_SOURCE = 500;

    // motcua_nonconformity (V7, V8), motcua_risk (V12): responsible_unit is a group id
    static final int NONCONFORMITY_DESCRIPTION = 2000;
    static final int RESPONSIBLE_UNIT = 255;
    static final int RISK_TITLE = 500;
    static final int RISK_DESCRIPTION = 4000;

    // motcua_document_revision, motcua_legal_change (V9__document_control.sql)
    static final int CHANGE_NOTE = 4000;
    /** The column is varchar(1000000): a submitted procedure model is stored as text. */
    static final int PROCEDURE_MODEL_CHARACTERS = 1_000_000;
    static final int LEGAL_DOCUMENT_ID = 100;
    static final int LEGAL_CHANGE_TITLE = 500;
    static final int LEGAL_CHANGE_SUMMARY = 4000;

    private FieldLimits() {
    }

    /**
     * Adds a problem when the value is longer than {@code max} characters (as the database counts them:
     * code points) and returns false; null is within every limit.
     */
    static boolean check(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && length(value) > max) {
            problems.add(new FieldProblem(field, "tối đa " + max + " ký tự"));
            return false;
        }
        return true;
    }

    /**
     * As {@link #check}, and a single line: no control character (line breaks, tabs, NUL, escapes).
     * A name, a code or an address is printed on receipts, the ledger and exported sheets, and
     * appears in logs; a control character there breaks a PDF line or forges a log line, and no
     * real name contains one. Free texts (reasons, descriptions) keep their line breaks.
     */
    static boolean singleLine(List<FieldProblem> problems, String field, String value, int max) {
        if (!check(problems, field, value, max)) {
            return false;
        }
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem(field, "không được chứa ký tự điều khiển (xuống dòng, tab, ...)"));
            return false;
        }
        return true;
    }

    /** Throws the 400 at once: for the checks a controller makes one by one. */
    static String require(String field, String value, int max) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        check(problems, field, value, max);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return value;
    }

    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
