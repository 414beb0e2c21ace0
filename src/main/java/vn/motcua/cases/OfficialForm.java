package vn.motcua.cases;

import java.time.LocalDate;

/**
 * The official forms of the one-stop mechanism, their numbers and titles. A dossier's papers carry the number
 * and title of the form set in force on the dossier's receipt date (form sets are effective-dated): the six
 * forms of Circular 01/2018/TT-VPCP, then from 15/9/2025 the seven of Circular 03/2025/TT-VPCP, Annex I, which
 * turns the apology into an apology and request to extend the processing time (04) and inserts 05 (notice that
 * processing has stopped), so the control sheet becomes 06 and the ledger 07 (README: 'Biểu mẫu in / Printed
 * forms').
 */
public enum OfficialForm {
    RECEIPT("01", "01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", null),
    SUPPLEMENT_REQUEST("02", "02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", null),
    REFUSAL("03", "03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ", null),
    APOLOGY("04", "04", "Phiếu xin lỗi và hẹn lại ngày trả kết quả",
            "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết"),
    /** New in Circular 03/2025: no such form in the 2018 set. */
    STOP_NOTICE(null, "05", null, "Thông báo dừng giải quyết hồ sơ"),
    CONTROL_SHEET("05", "06", "Phiếu kiểm soát quá trình giải quyết hồ sơ", null),
    LEDGER("06", "07", "Sổ theo dõi hồ sơ", null);

    /** The day Circular 03/2025/TT-VPCP took effect. */
    public static final LocalDate CIRCULAR_03_2025 = LocalDate.of(2025, 9, 15);

    private final String number2018;
    private final String number2025;
    private final String title2018;
    private final String title2025;

    /** A null 2025 title: the same as in 2018. */
    OfficialForm(String number2018, String number2025, String title2018, String title2025) {
        this.number2018 = number2018;
        this.number2025 = number2025;
        this.title2018 = title2018;
        this.title2025 = title2025 == null ? title2018 : title2025;
    }

    private static boolean set2025(LocalDate on) {
        return !on.isBefore(CIRCULAR_03_2025);
    }

    /** Whether the form set in force on the day has this form. */
    public boolean inForceOn(LocalDate on) {
        return (set2025(on) ? number2025 : number2018) != null;
    }

    /** "01": the form's number in the set in force on the day; null when that set has no such form. */
    public String code(LocalDate on) {
        return set2025(on) ? number2025 : number2018;
    }

    /** "Mẫu số 01": the form's number as printed, in the set in force on the day. */
    public String number(LocalDate on) {
        if (!inForceOn(on)) {
            throw new IllegalStateException(this + " is not in the form set in force on " + on);
        }
        return "Mẫu số " + code(on);
    }

    /** The form's title in the set in force on the day, as a sentence; null when that set has no such form. */
    public String title(LocalDate on) {
        return set2025(on) ? title2025 : title2018;
    }

    /** The form set in force on the day, as its legal text is cited. */
    public static String setOn(LocalDate on) {
        return set2025(on) ? "Thông tư 03/2025/TT-VPCP" : "Thông tư 01/2018/TT-VPCP";
    }
}
