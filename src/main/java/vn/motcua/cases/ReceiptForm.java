package vn.motcua.cases;

import java.time.ZonedDateTime;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.print.PrintedForm;

/**
 * Giấy tiếp nhận hồ sơ và hẹn trả kết quả (form 01, Circular 01/2018/TT-VPCP): what the citizen takes
 * home from the desk, with the dossier code, the secret lookup token and a QR code that opens the
 * lookup page with both, and the promised return moment.
 */
final class ReceiptForm {

    static final String TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";

    private ReceiptForm() {
    }

    private static String contact(Applicant applicant) {
        if (applicant.email() == null) {
            return applicant.phone();
        }
        return (applicant.phone() == null ? "" : applicant.phone() + "   ") + "Thư điện tử: " + applicant.email();
    }

    /**
     * @param lookupToken the dossier's token, printed for the desk; null for other staff reprinting it
     *                    (then the QR code holds the link with the code only)
     * @param lookupLink  the lookup page's link to the dossier, with the token when it is printed
     */
    /**
     * The desks a receipt names (README "Organisation"): the desk that received the dossier, the deciding agency,
     * the desk where the result is collected, and, for a dossier received at another desk, the deciding agency's
     * desk it is forwarded to (else null); {@code issuer} and {@code place}: the head of the receipt, the receiving
     * desk's province or commune (and its place) for a dossier received at another desk, else the deciding agency.
     */
    record Desks(String receiving, String decidingAgency, String returning, String forwardedTo, String issuer,
                 String place) {
    }

    static byte[] render(vn.motcua.law.FormSet set, Dossier dossier, String agencyName, String place, String clerkName, String lookupToken,
                         String lookupLink) {
        return render(set, dossier, agencyName, place, clerkName, lookupToken, lookupLink, null);
    }

    static byte[] render(vn.motcua.law.FormSet set, Dossier dossier, String agencyName, String place, String clerkName,
                         String lookupToken, String lookupLink, Desks desks) {
        // after a supplement the time runs from the complete dossier (Decree 61/2018 Art. 19(4)): a new receipt
        ZonedDateTime received = dossier.countingFrom().atZoneSameInstant(VietnamTime.ZONE);
        ZonedDateTime due = dossier.dueAt().atZoneSameInstant(VietnamTime.ZONE);
        Applicant applicant = dossier.applicant();
        PrintedForm form = new PrintedForm(TITLE)
                .formNumber(OfficialForm.RECEIPT.number(set))
                .header(desks == null ? agencyName : desks.issuer(), "Bộ phận tiếp nhận và trả kết quả",
                        desks == null ? place : desks.place(), received)
                .title(TITLE)
                .dossierCode(dossier.code(), lookupToken == null ? null : LookupTokens.printed(lookupToken), lookupLink)
                .line("Bộ phận tiếp nhận và trả kết quả: ", desks == null ? agencyName : desks.receiving());
        if (desks != null) {
            form.line("Cơ quan giải quyết: ", desks.decidingAgency())
                    .line("Nơi trả kết quả: ", desks.returning());
        }
        form.line("Tiếp nhận hồ sơ của: ", applicant.name())
                .line("Số định danh cá nhân: ", applicant.idNumber())
                .line("Địa chỉ: ", applicant.address())
                .line("Số điện thoại: ", contact(applicant))
                .line("Nội dung yêu cầu giải quyết: ", dossier.procedureName())
                .line("Hình thức nộp: ", dossier.channel().label())
                .text("1. Thành phần hồ sơ nộp gồm:", PrintedForm.TEXT)
                .numberedList("Tên giấy tờ", dossier.papers().stream().map(Procedure.Paper::name).toList())
                .line("2. Số lượng hồ sơ: ", "01 bộ")
                .line("3. Thời gian giải quyết hồ sơ theo quy định là: ",
                        dossier.statutoryWorkingDays() + " ngày làm việc")
                .line("4. Thời gian nhận hồ sơ: ", PrintedForm.moment(received))
                .line("5. Thời gian trả kết quả giải quyết hồ sơ: ", PrintedForm.moment(due));
        if (dossier.newReturnAt() != null) {
            // the receipt as issued keeps its date; a reprint tells the citizen the apology's new one too
            form.line("   Hẹn lại ngày trả kết quả (Phiếu xin lỗi): ", PrintedForm.moment(dossier.newReturnAt()));
        }
        return form
                .line("6. Vào Sổ theo dõi hồ sơ, số: ", dossier.code())
                .text(dossier.supplementCount() > 0 ? "Hồ sơ đã được bổ sung đầy đủ (lần " + dossier.supplementCount()
                        + "): thời hạn giải quyết được tính lại từ thời điểm nhận hồ sơ bổ sung." : "", PrintedForm.TEXT_ITALIC)
                .text(desks == null || desks.forwardedTo() == null ? "" : "Hồ sơ được tiếp nhận không phụ thuộc địa giới "
                        + "hành chính và được chuyển đến " + desks.forwardedTo() + "; thời hạn giải quyết được tính từ khi "
                        + "cơ quan có thẩm quyền nhận được hồ sơ.", PrintedForm.TEXT_ITALIC)
                .signatures("NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", clerkName)
                .finish();
    }
}
