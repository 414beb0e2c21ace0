package vn.motcua.cases;

import java.time.LocalDate;

/**
 * The official forms of the one-stop mechanism and their numbers. A dossier's papers carry the number of the
 * form set in force on the dossier's receipt date (form sets are effective-dated): the six forms of Circular
 * 01/2018/TT-VPCP, then from 15/9/2025 the seven of Circular 03/2025/TT-VPCP, Annex I, which inserts 05
 * (notice that processing has stopped), so the control sheet becomes 06 and the ledger 07.
 */
public enum OfficialForm {
    /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
    RECEIPT("01", "01"),
    /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
    SUPPLEMENT_REQUEST("02", "02"),
    /** Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
    REFUSAL("03", "03"),
    /** Phiếu xin lỗi và hẹn lại ngày trả kết quả (2025: văn bản xin lỗi và đề nghị gia hạn). */
    APOLOGY("04", "04"),
    /** Phiếu kiểm soát quá trình giải quyết hồ sơ. */
    CONTROL_SHEET("05", "06"),
    /** Sổ theo dõi hồ sơ. */
    LEDGER("06", "07");

    /** The day Circular 03/2025/TT-VPCP took effect. */
    public static final LocalDate CIRCULAR_03_2025 = LocalDate.of(2025, 9, 15);

    private final String number2018;
    private final String number2025;

    OfficialForm(String number2018, String number2025) {
        this.number2018 = number2018;
        this.number2025 = number2025;
    }

    /** "Mẫu số 01": the form's number in the set in force on the day. */
    public String number(LocalDate on) {
        return "Mẫu số " + (on.isBefore(CIRCULAR_03_2025) ? number2018 : number2025);
    }
}
