package vn.motcua.citizens;

/** The moments of a dossier's life the applicant is told of, each with its subject line in Vietnamese. */
public enum CitizenNotice {
    /** Received complete: the receipt and the promised return moment (form 01). */
    RECEIVED("đã được tiếp nhận"),
    /** Papers are missing, at intake or after appraisal (form 02). */
    SUPPLEMENT_REQUESTED("cần bổ sung, hoàn thiện"),
    /** The promised moment will be missed: the apology with the new return moment (form 04). */
    APOLOGY("xin lỗi và hẹn lại ngày trả kết quả"),
    /** Processing stopped without a result: withdrawal, no supplement in time (form 05). */
    STOPPED("đã dừng giải quyết"),
    /** The result (or the written answer) waits at the desk. */
    RESULT_READY("đã có kết quả");

    private final String subject;

    CitizenNotice(String subject) {
        this.subject = subject;
    }

    /** The subject line: "Hồ sơ 000.00.12.H42-260305-0001 đã được tiếp nhận". */
    String subject(String dossierCode) {
        return "Hồ sơ " + dossierCode + " " + subject;
    }
}
