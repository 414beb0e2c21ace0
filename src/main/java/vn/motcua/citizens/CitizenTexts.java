package vn.motcua.citizens;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import vn.motcua.calendar.VietnamTime;

/**
 * The Vietnamese words of each notice. Plain text: every mail program shows it, and an SMS or Zalo
 * gateway can pass it on as it is. It names the dossier, the procedure and the agency, never the
 * applicant (the address may have been mistyped at the desk) and never their ID number.
 */
final class CitizenTexts {

    /** How moments are written in the notices: "05/03/2026 09:00", Vietnamese time. */
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** The longest text a staff member typed (missing papers, a reason) that a notice quotes. */
    static final int MAX_DETAIL = 2000;

    /**
     * What one notice says.
     *
     * @param at         when it happened (received, asked, apologised, stopped, ready)
     * @param promisedAt the promised return moment in force (the new one after an apology)
     * @param earlierAt  the promised moment an apology replaces
     * @param detail     what staff wrote: the missing papers, the apology's reason, the ground for stopping
     * @param lookupLink the public lookup page opened on the dossier's code (no secret token)
     */
    record Facts(CitizenNotice notice, String dossierCode, String procedureName, String agencyName, OffsetDateTime at,
                 OffsetDateTime promisedAt, OffsetDateTime earlierAt, String detail, String lookupLink) {
    }

    private CitizenTexts() {
    }

    static String subject(Facts facts) {
        return facts.notice().subject(facts.dossierCode());
    }

    static String text(Facts facts) {
        StringBuilder text = new StringBuilder("Kính gửi ông/bà,\n\n");
        String agency = facts.agencyName();
        switch (facts.notice()) {
            case RECEIVED -> {
                text.append(agency).append(" đã tiếp nhận hồ sơ của ông/bà.\n\n");
                facts(text, facts);
                line(text, "Thời điểm tiếp nhận", moment(facts.at()));
                line(text, "Ngày hẹn trả kết quả", moment(facts.promisedAt()));
                line(text, "Ghi chú", detail(facts.detail()));
            }
            case SUPPLEMENT_REQUESTED -> {
                text.append(agency).append(" đề nghị ông/bà bổ sung, hoàn thiện hồ sơ dưới đây. Xin ông/bà nộp ")
                        .append("giấy tờ bổ sung tại Bộ phận tiếp nhận và trả kết quả nơi đã nộp hồ sơ.\n\n");
                facts(text, facts);
                line(text, "Thời điểm yêu cầu bổ sung", moment(facts.at()));
                line(text, "Nội dung cần bổ sung, hoàn thiện", detail(facts.detail()));
            }
            case APOLOGY -> {
                text.append(agency).append(" thành thật xin lỗi ông/bà: hồ sơ dưới đây chưa giải quyết xong ")
                        .append("đúng hẹn. Ngày hẹn trả kết quả mới như sau.\n\n");
                facts(text, facts);
                line(text, "Ngày hẹn trả kết quả trước đây", moment(facts.earlierAt()));
                line(text, "Ngày hẹn trả kết quả mới", moment(facts.promisedAt()));
                line(text, "Lý do", detail(facts.detail()));
            }
            case STOPPED -> {
                text.append(agency).append(" thông báo hồ sơ dưới đây đã dừng giải quyết.\n\n");
                facts(text, facts);
                line(text, "Thời điểm dừng giải quyết", moment(facts.at()));
                line(text, "Lý do", detail(facts.detail()));
            }
            case RESULT_READY -> {
                text.append(agency).append(" đã có kết quả giải quyết hồ sơ dưới đây. Mời ông/bà đến nhận ")
                        .append("kết quả tại Bộ phận tiếp nhận và trả kết quả (hoặc theo cách nhận đã đăng ký).\n\n");
                facts(text, facts);
                line(text, "Thời điểm có kết quả", moment(facts.at()));
                line(text, "Ngày hẹn trả kết quả", moment(facts.promisedAt()));
                line(text, "Ghi chú", detail(facts.detail()));
            }
            default -> throw new IllegalArgumentException("no text for " + facts.notice());
        }
        text.append("\nTra cứu tình trạng hồ sơ: ").append(facts.lookupLink()).append('\n')
                .append("(để xem chi tiết, nhập mã tra cứu in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả)\n\n")
                .append("Thư này do hệ thống gửi tự động, xin ông/bà không trả lời thư này.\n")
                .append(agency).append('\n');
        return text.toString();
    }

    private static void facts(StringBuilder text, Facts facts) {
        line(text, "Mã số hồ sơ", facts.dossierCode());
        line(text, "Thủ tục", facts.procedureName());
    }

    private static void line(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append(label).append(": ").append(value).append('\n');
        }
    }

    static String moment(OffsetDateTime moment) {
        return moment == null ? null : MOMENT.format(moment.atZoneSameInstant(VietnamTime.ZONE));
    }

    private static String detail(String detail) {
        if (detail == null) {
            return null;
        }
        String oneBlock = detail.strip();
        return oneBlock.length() > MAX_DETAIL ? oneBlock.substring(0, MAX_DETAIL) + "…" : oneBlock;
    }
}
