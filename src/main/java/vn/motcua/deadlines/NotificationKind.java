package vn.motcua.deadlines;

/** What a notification says, in Vietnamese for the units that read it. */
public enum NotificationKind {
    STEP_DUE_SOON("Sắp đến hạn xử lý bước \"%s\" của hồ sơ %s (hạn %s)"),
    STEP_OVERDUE("Quá hạn xử lý bước \"%s\" của hồ sơ %s (hạn %s)"),
    DOSSIER_DUE_SOON("Hồ sơ %2$s sắp đến hạn trả kết quả (%3$s): cần ban hành Phiếu xin lỗi và hẹn lại ngày trả nếu không kịp%1$s"),
    DOSSIER_OVERDUE("Hồ sơ %2$s đã quá hạn trả kết quả (%3$s)%1$s"),
    AGENCY_OVERDUE("Cơ quan \"%s\" quá hạn phần thời gian của mình trong hồ sơ liên thông %s (hạn %s)"),
    SUPPLEMENT_LIMIT_SOON("Sắp hết thời hạn gửi yêu cầu bổ sung hồ sơ %2$s (hạn %3$s, Nghị định 61/2018/NĐ-CP)%1$s"),
    EARLY_RETURN("Kết quả hồ sơ %2$s đã có trước hẹn (%3$s): đã thông báo tổ chức, công dân đến nhận sớm%1$s"),
    /** A controlled document (an internal procedure) was issued in a new revision: the units applying it are told. */
    DOCUMENT_ISSUED("Đã ban hành \"%s\" %s, áp dụng từ %s: các hồ sơ đang giải quyết tiếp tục theo phiên bản cũ");

    private final String template;

    NotificationKind(String template) {
        this.template = template;
    }

    String message(String subject, String dossierCode, String due) {
        return String.format(template, subject == null ? "" : subject, dossierCode, due);
    }
}
