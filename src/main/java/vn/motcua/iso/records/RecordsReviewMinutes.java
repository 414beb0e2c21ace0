package vn.motcua.iso.records;

import static vn.motcua.iso.QmsForms.UNIT;
import static vn.motcua.iso.QmsForms.blank;
import static vn.motcua.iso.QmsForms.day;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.PageSize;
import org.springframework.stereotype.Component;

import vn.motcua.iso.QmsNames;
import vn.motcua.print.PrintedForm;

/** The minute of a records review as printed (A4): the records whose retention expired and what became of each. */
@Component
class RecordsReviewMinutes {

    private final QmsNames names;

    RecordsReviewMinutes(QmsNames names) {
        this.names = names;
    }

    /** The minute of a records review and the list of its records with what was decided for each. */
    byte[] pdf(RecordsControl.Review review, List<RecordsControl.Entry> entries) {
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (RecordsControl.Entry entry : entries) {
            rows.add(List.of(String.valueOf(number++), entry.typeLabel(), entry.reference(), day(entry.closedOn()),
                    day(entry.expiredOn()), RecordsControl.DECISIONS.getOrDefault(entry.decision(), entry.decision())));
        }
        String status = switch (review.status()) {
            case "DISPOSED" -> "Đã được lãnh đạo phê duyệt, đã cập nhật sổ hồ sơ";
            case "APPROVED" -> "Đã được lãnh đạo phê duyệt";
            case "APPROVAL" -> "Chờ lãnh đạo phê duyệt";
            default -> "Đang xem xét";
        };
        return new PrintedForm("Biên bản xem xét hồ sơ hết thời hạn lưu trữ " + review.code(), PageSize.A4)
                .header(names.agency(review.agencyCode()), UNIT, review.startedAt().toZonedDateTime())
                .title("BIÊN BẢN XEM XÉT HỒ SƠ HẾT THỜI HẠN LƯU TRỮ")
                .line("Số hiệu: ", review.code())
                .line("Số hồ sơ hết thời hạn lưu trữ: ", String.valueOf(review.recordCount()))
                .line("Tình trạng: ", status)
                .text("1. Nội dung xem xét", PrintedForm.TEXT_BOLD)
                .text(blank(review.minute()), PrintedForm.TEXT)
                .text("2. Danh mục hồ sơ và quyết định", PrintedForm.TEXT_BOLD)
                .table(new float[] {0.6f, 3.4f, 2.6f, 1.2f, 1.2f, 1.4f}, List.of("STT", "Loại hồ sơ", "Số hiệu", "Kết thúc",
                        "Hết hạn lưu trữ", "Quyết định"), rows)
                .text(review.approvalNote() == null ? "" : "Ý kiến của lãnh đạo: " + review.approvalNote(), PrintedForm.TEXT)
                .signatures("THƯ KÝ ISO", "LÃNH ĐẠO CƠ QUAN", names.person(review.approvedBy()))
                .finish();
    }
}
