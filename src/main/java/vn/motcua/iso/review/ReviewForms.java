package vn.motcua.iso.review;

import static vn.motcua.iso.QmsForms.UNIT;
import static vn.motcua.iso.QmsForms.day;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.PageSize;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.iso.QmsNames;
import vn.motcua.print.PrintedForm;

/** A management review's inputs and the minutes of its meeting as printed (A4). */
@Component
class ReviewForms {

    private final QmsNames names;

    ReviewForms(QmsNames names) {
        this.names = names;
    }

    /** The management review's inputs, section by section. */
    byte[] inputs(ManagementReviewInputs.Inputs inputs) {
        PrintedForm form = new PrintedForm("Báo cáo đầu vào xem xét của lãnh đạo " + inputs.code(), PageSize.A4)
                .header(inputs.agency(), UNIT, inputs.compiledAt().toZonedDateTime())
                .title("BÁO CÁO ĐẦU VÀO XEM XÉT CỦA LÃNH ĐẠO")
                .line("Số hiệu: ", inputs.code())
                .line("Kỳ xem xét: ", "từ " + day(inputs.from()) + " đến " + day(inputs.to()))
                .line("Tổng hợp tự động từ dữ liệu của hệ thống lúc: ", PrintedForm.moment(inputs.compiledAt()))
                .text("Số hồ sơ đang giải quyết tính tại thời điểm tổng hợp; các số liệu khác tính trong kỳ xem xét.",
                        PrintedForm.TEXT_ITALIC);
        int number = 1;
        for (ManagementReviewInputs.Section section : inputs.sections()) {
            form.text(number++ + ". " + section.heading(), PrintedForm.TEXT_BOLD);
            section.notes().forEach(note -> form.text(note, PrintedForm.TEXT));
            if (!section.rows().isEmpty()) {
                form.table(section.widths(), section.headers(), section.rows());
            }
        }
        return form.signatures("", "THƯ KÝ ISO", "").finish();
    }

    /** The minutes of the review meeting: attendees, conclusions, decisions with owners and deadlines. */
    byte[] minutes(ManagementReviews.Review review) {
        List<List<String>> rows = new ArrayList<>();
        for (ManagementReviews.Action action : review.actions()) {
            rows.add(List.of(String.valueOf(action.number()), action.text(), names.person(action.owner()), day(action.deadline()),
                    ManagementReviews.ACTION_STATUS.getOrDefault(action.status(), action.status())));
        }
        ZonedDateTime held = review.meetingDate().atStartOfDay(VietnamTime.ZONE);
        PrintedForm form = new PrintedForm("Biên bản họp xem xét của lãnh đạo " + review.code(), PageSize.A4)
                .header(names.agency(), UNIT, held)
                .title("BIÊN BẢN HỌP XEM XÉT CỦA LÃNH ĐẠO")
                .line("Số hiệu: ", review.code())
                .line("Ngày họp: ", day(review.meetingDate()))
                .line("Kỳ xem xét: ", "từ " + day(review.periodFrom()) + " đến " + day(review.periodTo()))
                .line("Đầu vào: ", "Báo cáo đầu vào số " + review.code() + " tổng hợp lúc " + PrintedForm.moment(review.compiledAt()))
                .text("Thành phần tham dự:", PrintedForm.TEXT_BOLD)
                .text(review.attendees(), PrintedForm.TEXT)
                .text("I. Kết luận về sự phù hợp, thỏa đáng và hiệu lực của hệ thống quản lý chất lượng", PrintedForm.TEXT_BOLD)
                .text(review.conclusions(), PrintedForm.TEXT)
                .text("II. Quyết định và hành động", PrintedForm.TEXT_BOLD);
        if (rows.isEmpty()) {
            form.text("Không có hành động nào được quyết định.", PrintedForm.TEXT);
        } else {
            form.table(new float[] {0.6f, 5, 2, 1.3f, 1.6f}, List.of("STT", "Nội dung", "Người chịu trách nhiệm", "Thời hạn",
                    "Tình trạng"), rows);
        }
        return form.signatures("THƯ KÝ", "CHỦ TRÌ", names.person(review.decidedBy())).finish();
    }
}
