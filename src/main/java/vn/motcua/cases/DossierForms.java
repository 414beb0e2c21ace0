package vn.motcua.cases;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.lowagie.text.PageSize;

import vn.motcua.engine.Role;
import vn.motcua.law.FormSet;
import vn.motcua.measurement.StepOutcome;
import vn.motcua.measurement.StepRecord;
import vn.motcua.print.PrintedForm;

/**
 * Forms 02–06 (numbered as the form set in force on the dossier's receipt date:
 * {@link OfficialForm}), with the receipt's look: supplement request, refusal, apology with a new date, and
 * the process-control sheet; from Circular 03/2025/TT-VPCP the apology requests the extension too, and the stop
 * notice is new.
 */
final class DossierForms {

    static final String SUPPLEMENT_TITLE = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ";
    static final String REFUSAL_TITLE = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ";
    static final String APOLOGY_TITLE = "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ";
    static final String APOLOGY_2025_TITLE = "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT";
    static final String STOP_NOTICE_TITLE = "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ";
    static final String CONTROL_SHEET_TITLE = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ";

    private DossierForms() {
    }

    /** Form 02: everything missing, listed once. */
    static byte[] supplementRequest(FormSet set, Dossier dossier, String agencyName, String place, String missing,
                                    ZonedDateTime requestedAt, String signer) {
        return new PrintedForm(SUPPLEMENT_TITLE)
                .formNumber(OfficialForm.SUPPLEMENT_REQUEST.number(set))
                .header(agencyName, "Bộ phận tiếp nhận và trả kết quả", place, requestedAt)
                .title(SUPPLEMENT_TITLE)
                .dossierCode(dossier.code())
                .line("Bộ phận tiếp nhận và trả kết quả: ", agencyName)
                .line("Tiếp nhận hồ sơ của: ", dossier.applicant().name())
                .line("Nội dung yêu cầu giải quyết: ", dossier.procedureName())
                .text("Sau khi xem xét thành phần hồ sơ, đề nghị ông/bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:",
                        PrintedForm.TEXT)
                .text(missing, PrintedForm.TEXT_BOLD)
                .text("Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ Bộ phận tiếp nhận và trả kết quả "
                        + "để được hướng dẫn. Thời hạn giải quyết được tính lại từ ngày nhận đủ hồ sơ.", PrintedForm.TEXT_ITALIC)
                .signatures("NGƯỜI NỘP HỒ SƠ", "NGƯỜI HƯỚNG DẪN", signer)
                .finish();
    }

    /** Form 03: the refusal, with its reason. */
    static byte[] refusal(FormSet set, Dossier dossier, String agencyName, String place, ZonedDateTime refusedAt, String signer) {
        return new PrintedForm(REFUSAL_TITLE)
                .formNumber(OfficialForm.REFUSAL.number(set))
                .header(agencyName, "Bộ phận tiếp nhận và trả kết quả", place, refusedAt)
                .title(REFUSAL_TITLE)
                .dossierCode(dossier.code())
                .line("Bộ phận tiếp nhận và trả kết quả: ", agencyName)
                .line("Tiếp nhận hồ sơ của: ", dossier.applicant().name())
                .line("Nội dung yêu cầu giải quyết: ", dossier.procedureName())
                .text("Cơ quan không tiếp nhận, giải quyết hồ sơ này với lý do:", PrintedForm.TEXT)
                .text(dossier.refusalReason(), PrintedForm.TEXT_BOLD)
                .text("Xin thông báo để ông/bà được biết và thực hiện.", PrintedForm.TEXT_ITALIC)
                .signatures("NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", signer)
                .finish();
    }

    /**
     * Form 04: the apology, the reason and the one new return date; the dossier still counts as late. Its words
     * fit the moment it is issued: before the due moment the dossier is about to fall due (sắp đến hạn), after
     * it the dossier is overdue (đã quá hạn).
     */
    static byte[] apology(FormSet set, Dossier dossier, String agencyName, String place, Apology apology, String signer) {
        return apology(set, dossier, agencyName, place, apology, signer, null);
    }

    /** @param approver who approved the extension (form 04 of Circular 03/2025), by name; null when none did */
    static byte[] apology(FormSet set, Dossier dossier, String agencyName, String place, Apology apology, String signer,
                          String approver) {
        if (OfficialForm.STOP_NOTICE.inForceOn(set)) {
            return apologyAndExtension(set, dossier, agencyName, place, apology, signer, approver);
        }
        boolean overdue = apology.issuedAt().isAfter(dossier.dueAt());
        return new PrintedForm(APOLOGY_TITLE)
                .formNumber(OfficialForm.APOLOGY.number(set))
                .header(agencyName, "Đơn vị giải quyết hồ sơ", place, apology.issuedAt().toZonedDateTime())
                .title(APOLOGY_TITLE)
                .dossierCode(dossier.code())
                .line("Kính gửi: ", dossier.applicant().name())
                .line("Nội dung yêu cầu giải quyết: ", dossier.procedureName())
                .line("Ngày hẹn trả kết quả: ", PrintedForm.moment(dossier.dueAt()))
                .text(overdue
                        ? "Hồ sơ của ông/bà đã quá hạn trả kết quả ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả. Lý do:"
                        : "Hồ sơ của ông/bà sắp đến hạn trả kết quả ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả, "
                                + "nhưng cơ quan chưa thể trả kết quả đúng hạn. Lý do:", PrintedForm.TEXT)
                .text(apology.reason(), PrintedForm.TEXT_BOLD)
                .text(overdue ? "Cơ quan xin lỗi ông/bà vì sự chậm trễ này và hẹn trả kết quả vào:"
                        : "Cơ quan xin lỗi ông/bà vì sự chậm trễ này và hẹn lại thời gian trả kết quả vào:", PrintedForm.TEXT)
                .text(PrintedForm.moment(apology.newDueAt()), PrintedForm.TEXT_BOLD)
                .text("Xin trân trọng cảm ơn.", PrintedForm.TEXT_ITALIC)
                .signatures("", "ĐẠI DIỆN ĐƠN VỊ", signer)
                .finish();
    }

    /**
     * Form 04 of Circular 03/2025/TT-VPCP: the apology is also the request to extend the processing time. It keeps
     * the 2018 form's fields (its 2025 fields were not read: README 'Biểu mẫu in / Printed forms'), asks the person
     * competent to decide the dossier for the extension to the new moment, and gives the citizen that moment.
     */
    private static byte[] apologyAndExtension(FormSet set, Dossier dossier, String agencyName, String place, Apology apology,
                                              String signer, String approver) {
        boolean overdue = apology.issuedAt().isAfter(dossier.dueAt());
        return new PrintedForm(APOLOGY_2025_TITLE)
                .formNumber(OfficialForm.APOLOGY.number(set))
                .header(agencyName, "Đơn vị giải quyết hồ sơ", place, apology.issuedAt().toZonedDateTime())
                .title(APOLOGY_2025_TITLE)
                .dossierCode(dossier.code())
                .line("Kính gửi: ", "Người có thẩm quyền giải quyết hồ sơ; ông/bà " + dossier.applicant().name())
                .line("Nội dung yêu cầu giải quyết: ", dossier.procedureName())
                .line("Ngày hẹn trả kết quả: ", PrintedForm.moment(dossier.dueAt()))
                .text(overdue
                        ? "Hồ sơ đã quá hạn trả kết quả ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả. Lý do:"
                        : "Hồ sơ sắp đến hạn trả kết quả ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả, "
                                + "nhưng chưa thể giải quyết đúng hạn. Lý do:", PrintedForm.TEXT)
                .text(apology.reason(), PrintedForm.TEXT_BOLD)
                .text("Đơn vị giải quyết hồ sơ đề nghị người có thẩm quyền cho gia hạn thời gian giải quyết hồ sơ đến:",
                        PrintedForm.TEXT)
                .text(PrintedForm.moment(apology.newDueAt()), PrintedForm.TEXT_BOLD)
                .text("Cơ quan xin lỗi ông/bà vì sự chậm trễ này và hẹn trả kết quả cho ông/bà vào thời điểm trên.",
                        PrintedForm.TEXT)
                .line("Người có thẩm quyền đồng ý gia hạn: ", approver == null ? "không yêu cầu phê duyệt (theo cấu hình)" : approver)
                .text("Xin trân trọng cảm ơn.", PrintedForm.TEXT_ITALIC)
                .signatures("", "ĐẠI DIỆN ĐƠN VỊ", signer)
                .finish();
    }

    /**
     * Form 05 of Circular 03/2025/TT-VPCP: the dossier stopped without a result, on the ground given with its legal
     * basis (an unknown one printed as such), the day it stopped and, for a withdrawal, the reason recorded at the
     * desk.
     */
    static byte[] stopNotice(FormSet set, Dossier dossier, String agencyName, String place, StopGrounds.Ground ground,
                             String statedReason, String signer) {
        PrintedForm form = new PrintedForm(STOP_NOTICE_TITLE)
                .formNumber(OfficialForm.STOP_NOTICE.number(set))
                .header(agencyName, "Bộ phận tiếp nhận và trả kết quả", place, dossier.closedAt().toZonedDateTime())
                .title(STOP_NOTICE_TITLE)
                .dossierCode(dossier.code())
                .line("Kính gửi: ", dossier.applicant().name())
                .line("Nội dung yêu cầu giải quyết: ", dossier.procedureName())
                .line("Ngày nhận hồ sơ: ", PrintedForm.moment(dossier.receivedAt() != null ? dossier.receivedAt()
                        : dossier.submittedAt()))
                .text("Cơ quan thông báo dừng giải quyết hồ sơ nêu trên kể từ:", PrintedForm.TEXT)
                .text(PrintedForm.moment(dossier.closedAt()), PrintedForm.TEXT_BOLD)
                .text("Lý do dừng giải quyết:", PrintedForm.TEXT)
                .text(ground.text(), PrintedForm.TEXT_BOLD);
        if (statedReason != null && !statedReason.isBlank()) {
            form.line("Lý do do tổ chức, cá nhân nêu: ", statedReason);
        }
        return form
                .line("Căn cứ pháp lý: ", ground.printedSource())
                .text("Ông/bà có thể nộp hồ sơ mới khi có nhu cầu; nếu có vướng mắc, xin liên hệ Bộ phận tiếp nhận và "
                        + "trả kết quả.",
                        PrintedForm.TEXT_ITALIC)
                .signatures("", "NGƯỜI THÔNG BÁO", signer)
                .finish();
    }

    /** The day the dossier was received (or submitted, if never received): it decides the form set printed. */
    static java.time.LocalDate receiptDay(Dossier dossier) {
        java.time.OffsetDateTime day = dossier.receivedAt() != null ? dossier.receivedAt() : dossier.submittedAt();
        return day.atZoneSameInstant(vn.motcua.calendar.VietnamTime.ZONE).toLocalDate();
    }

    /**
     * The process-control sheet (05 of 2018, 06 of 2025): one row per handover (DOMAIN: the process-control sheet), send-backs included: who handed the
     * dossier to whom (unit and person by name, never an id), when, the receiving step's deadline, when it
     * finished and how: early, on time or late against its own deadline, "Trả lại" with the reason for a step
     * that sent the dossier back to the step before.
     */
    static byte[] controlSheet(FormSet set, Dossier dossier, String agencyName, List<StepRecord> steps,
                               Function<String, String> people, Function<String, String> units) {
        List<List<String>> rows = new ArrayList<>();
        String giver = party(units.apply(Role.ONE_STOP_CLERK.groupId()), people.apply(dossier.clerk()));
        for (StepRecord step : steps) {
            boolean task = StepRecord.TASK.equals(step.kind());
            String unit = task ? units.apply(step.unit()) : null;
            String worker = task && step.completedBy() != null ? people.apply(step.completedBy()) : null;
            String receiver = step.stepName() + (unit == null || unit.isBlank() ? "" : ":\n" + unit)
                    + (worker == null ? "" : "\n" + worker);
            rows.add(List.of(giver, receiver, PrintedForm.moment(step.startedAt()), PrintedForm.moment(step.dueAt()),
                    step.endedAt() == null ? "Đang xử lý" : PrintedForm.moment(step.endedAt()), result(step), note(step)));
            if (worker != null) {
                giver = party(unit, worker);
            }
        }
        return new PrintedForm(CONTROL_SHEET_TITLE, PageSize.A5.rotate())
                .formNumber(OfficialForm.CONTROL_SHEET.number(set))
                .header(agencyName, "Bộ phận tiếp nhận và trả kết quả", (dossier.receivedAt() != null
                        ? dossier.receivedAt() : dossier.submittedAt()).toZonedDateTime())
                .title(CONTROL_SHEET_TITLE)
                .dossierCode(dossier.code())
                .line("Tổ chức, cá nhân: ", dossier.applicant().name())
                .line("Thủ tục: ", dossier.procedureName())
                .line("Ngày nhận: ", PrintedForm.moment(dossier.receivedAt()) + "    Ngày hẹn trả: "
                        + PrintedForm.moment(dossier.promisedAt()))
                .table(new float[] {3.2f, 3.8f, 2.2f, 2.2f, 2.2f, 1.6f, 2.8f},
                        List.of("Bên giao", "Bên nhận", "Thời gian giao nhận", "Hạn xử lý", "Hoàn thành", "Kết quả",
                                "Ghi chú"), rows)
                .finish();
    }

    /** The unit and the person on two lines, either alone when the other is unknown; the desk when neither is. */
    private static String party(String unit, String person) {
        boolean noUnit = unit == null || unit.isBlank();
        if (person == null || person.isBlank()) {
            return noUnit ? "Bộ phận tiếp nhận và trả kết quả" : unit;
        }
        return noUnit ? person : unit + "\n" + person;
    }

    /** How the step ended, judged against its own deadline. */
    private static String result(StepRecord step) {
        String timeliness = step.timeliness() == null ? "" : step.timeliness().label();
        if (step.outcome() == null || step.outcome() == StepOutcome.DONE) {
            return timeliness;
        }
        return step.outcome().label() + (timeliness.isEmpty() ? "" : "\n(" + timeliness + ")");
    }

    /** The reason of a send-back, what a supplement request asked for; opinions stay in the dossier. */
    private static String note(StepRecord step) {
        if (step.note() == null || step.outcome() == null) {
            return "";
        }
        return switch (step.outcome()) {
            case SENT_BACK -> "Lý do trả lại: " + step.note();
            case SUPPLEMENT_REQUESTED -> "Cần bổ sung: " + step.note();
            default -> "";
        };
    }
}
