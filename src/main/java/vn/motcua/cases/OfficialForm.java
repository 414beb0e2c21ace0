package vn.motcua.cases;

import vn.motcua.law.FormSet;

/**
 * The official forms of the one-stop mechanism, their numbers and titles by form set. A dossier's papers carry the
 * number and title of the form set in force on the dossier's receipt date (dated configuration:
 * {@code app.rules.form-set}, read through {@link vn.motcua.law.LegalRules}): the six
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

    private static boolean set2025(FormSet set) {
        return set == FormSet.CIRCULAR_03_2025;
    }

    /** Whether the form set has this form. */
    public boolean inForceOn(FormSet set) {
        return (set2025(set) ? number2025 : number2018) != null;
    }

    /** "01": the form's number in the set; null when that set has no such form. */
    public String code(FormSet set) {
        return set2025(set) ? number2025 : number2018;
    }

    /** "Mẫu số 01": the form's number as printed, in the set. */
    public String number(FormSet set) {
        if (!inForceOn(set)) {
            throw new IllegalStateException(this + " is not in the form set " + set);
        }
        return "Mẫu số " + code(set);
    }

    /** The form's title in the set, as a sentence; null when that set has no such form. */
    public String title(FormSet set) {
        return set2025(set) ? title2025 : title2018;
    }
}
