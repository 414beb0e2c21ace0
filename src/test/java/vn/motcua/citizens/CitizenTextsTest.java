package vn.motcua.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The words a citizen reads, and the waits between attempts. */
class CitizenTextsTest {

    private static final String CODE = "000.00.12.H42-260305-0001";
    private static final String LINK = "https://dichvucong.example.vn/tra-cuu.html#ma=" + CODE;

    private static CitizenTexts.Facts facts(CitizenNotice notice, String detail) {
        // 02:00 UTC is 09:00 in Hà Nội: moments are written in Vietnamese time whatever the server's zone
        return new CitizenTexts.Facts(notice, CODE, "Cấp Giấy phép bán buôn rượu", "Sở Công Thương",
                OffsetDateTime.of(2026, 3, 5, 2, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 3, 19, 17, 0, 0, 0, ZoneOffset.ofHours(7)),
                OffsetDateTime.of(2026, 3, 12, 17, 0, 0, 0, ZoneOffset.ofHours(7)), detail, LINK);
    }

    @Test
    void theReceiptNoticeGivesTheCodeTheProcedureTheMomentsTheLinkAndTheAgency() {
        String text = CitizenTexts.text(facts(CitizenNotice.RECEIVED, null));

        assertThat(CitizenTexts.subject(facts(CitizenNotice.RECEIVED, null))).isEqualTo("Hồ sơ " + CODE + " đã được tiếp nhận");
        assertThat(text).startsWith("Kính gửi ông/bà,")
                .contains("Sở Công Thương đã tiếp nhận hồ sơ của ông/bà.", "Mã số hồ sơ: " + CODE,
                        "Thủ tục: Cấp Giấy phép bán buôn rượu", "Thời điểm tiếp nhận: 05/03/2026 09:00",
                        "Ngày hẹn trả kết quả: 19/03/2026 17:00", "Tra cứu tình trạng hồ sơ: " + LINK)
                .endsWith("Sở Công Thương\n");
    }

    @Test
    void theApologyGivesTheEarlierAndTheNewReturnMomentAndTheReason() {
        String text = CitizenTexts.text(facts(CitizenNotice.APOLOGY, "Cần xác minh với cơ quan thuế"));

        assertThat(text).contains("thành thật xin lỗi", "Ngày hẹn trả kết quả trước đây: 12/03/2026 17:00",
                "Ngày hẹn trả kết quả mới: 19/03/2026 17:00", "Lý do: Cần xác minh với cơ quan thuế");
    }

    @Test
    void aSupplementRequestQuotesThePapersMissingAndAStopNoticeItsGround() {
        assertThat(CitizenTexts.text(facts(CitizenNotice.SUPPLEMENT_REQUESTED, "Bản sao hợp đồng")))
                .contains("Nội dung cần bổ sung, hoàn thiện: Bản sao hợp đồng", "Thời điểm yêu cầu bổ sung: 05/03/2026 09:00");
        assertThat(CitizenTexts.text(facts(CitizenNotice.STOPPED, "Ông/bà đã rút hồ sơ.")))
                .contains("đã dừng giải quyết", "Thời điểm dừng giải quyết: 05/03/2026 09:00", "Lý do: Ông/bà đã rút hồ sơ.");
    }

    @Test
    void aLongTextTypedByStaffIsCutNotTheNotice() {
        String text = CitizenTexts.text(facts(CitizenNotice.STOPPED, "x".repeat(5000)));

        assertThat(text).contains("x".repeat(CitizenTexts.MAX_DETAIL) + "…").doesNotContain("x".repeat(CitizenTexts.MAX_DETAIL + 1));
    }

    @Test
    void retriesWaitLongerEachTimeUpToTheLongestWait() {
        CitizenSettings settings = new CitizenSettings("a@b.vn", Duration.ofMinutes(1), Duration.ofMinutes(1),
                Duration.ofHours(1), Duration.ofMinutes(5));

        assertThat(settings.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.retryAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.retryAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(settings.retryAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.retryAfter(1000)).isEqualTo(Duration.ofHours(1));
    }
}
