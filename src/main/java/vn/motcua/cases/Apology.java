package vn.motcua.cases;

import java.time.OffsetDateTime;

/**
 * The apology and its one new return date: Phiếu xin lỗi và hẹn lại ngày trả kết quả (2018 forms), or Văn bản xin
 * lỗi và đề nghị gia hạn thời gian giải quyết (form 04 of Circular 03/2025), then in force from its approval.
 *
 * @param issuedAt   when the new date took effect (issued, or approved)
 * @param issuedBy   the officer of the unit who issued or asked for it
 * @param approvedBy who approved the extension; null when none was needed
 */
public record Apology(OffsetDateTime issuedAt, String issuedBy, String reason, OffsetDateTime newDueAt,
                      String approvedBy) {

    public Apology(OffsetDateTime issuedAt, String issuedBy, String reason, OffsetDateTime newDueAt) {
        this(issuedAt, issuedBy, reason, newDueAt, null);
    }
}
