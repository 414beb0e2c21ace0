package vn.motcua.cases;

/** Where a dossier is in its life. */
public enum DossierStatus {
    /** Submitted (online, by post), waiting for the desk's check. */
    SUBMITTED("Chờ tiếp nhận"),
    /** Received and being processed by the agency. */
    IN_PROGRESS("Đang giải quyết"),
    /** Waiting for the citizen's supplement after appraisal. */
    WAITING_SUPPLEMENT("Chờ bổ sung hồ sơ"),
    /** The result (or refusal notice) is signed and waits at the desk. */
    RESULT_READY("Đã có kết quả, chờ trả"),
    /** Closed: see the outcome. */
    CLOSED("Đã kết thúc");

    private final String label;

    DossierStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
