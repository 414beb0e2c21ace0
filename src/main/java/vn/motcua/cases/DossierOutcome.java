package vn.motcua.cases;

/** How a closed dossier ended. */
public enum DossierOutcome {
    /** The result was returned to the citizen. */
    RESOLVED("Đã trả kết quả"),
    /** Refused after appraisal, with reasons; the refusal notice was returned. */
    REFUSED("Từ chối giải quyết"),
    /** The citizen never brought the supplement asked for after appraisal. */
    ABANDONED("Không bổ sung hồ sơ, kết thúc"),
    /** Withdrawn by the citizen. */
    WITHDRAWN("Công dân rút hồ sơ"),
    /** Intake ended with a supplement request: never received. */
    NOT_RECEIVED_INCOMPLETE("Yêu cầu bổ sung khi tiếp nhận"),
    /** Intake ended with a refusal: not eligible, never received. */
    NOT_RECEIVED_INELIGIBLE("Từ chối tiếp nhận");

    private final String label;

    DossierOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
