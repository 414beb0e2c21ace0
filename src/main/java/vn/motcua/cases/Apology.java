package vn.motcua.cases;

import java.time.OffsetDateTime;

/** Phiếu xin lỗi và hẹn lại ngày trả kết quả: the reason and the one new return date. */
public record Apology(OffsetDateTime issuedAt, String issuedBy, String reason, OffsetDateTime newDueAt) {
}
