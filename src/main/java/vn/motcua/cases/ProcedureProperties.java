package vn.motcua.cases;

import java.util.List;

import vn.motcua.engine.StepProperties;

/**
 * The extension properties a modeller edits in Camunda Modeler ("Extension properties" of the process
 * and of each step). A process with any of the procedure properties is an administrative procedure.
 */
public final class ProcedureProperties {

    /** National procedure code (mã thủ tục hành chính). */
    public static final String CODE = "procedureCode";
    /** Vietnamese name of the procedure. */
    public static final String NAME = "procedureName";
    /**
     * Code of the agency that resolves it (the first agency of an inter-agency procedure), or {@link #COMMUNE}
     * for a procedure every commune decides for its own people: the deciding commune is chosen at receipt.
     */
    public static final String AGENCY_CODE = StepProperties.AGENCY_CODE;
    /** The value of {@link #AGENCY_CODE} of a commune-level procedure (one model for every commune). */
    public static final String COMMUNE = "COMMUNE";
    public static final String AGENCY_NAME = "agencyName";
    /** Legal basis (căn cứ pháp lý); several documents separated by ";". */
    public static final String LEGAL_BASIS = "legalBasis";
    /** Statutory processing time in working days (thời hạn giải quyết). */
    public static final String STATUTORY_WORKING_DAYS = "statutoryWorkingDays";
    /** Fee and charge (phí, lệ phí), as published. */
    public static final String FEE = "fee";
    /** One required paper, "CODE: name"; repeated once per paper. */
    public static final String PAPER = "paper";
    /** On a user task, call activity or agency sub-process: its time allocation in working days. */
    public static final String ALLOCATION = StepProperties.ALLOCATION;

    static final List<String> REQUIRED = List.of(CODE, NAME, AGENCY_CODE, AGENCY_NAME, LEGAL_BASIS,
            STATUTORY_WORKING_DAYS, FEE);

    private ProcedureProperties() {
    }
}
