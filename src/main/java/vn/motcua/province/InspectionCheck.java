package vn.motcua.province;

/**
 * What the Department's yearly inspection checks in each agency: the obligations of Decision 19/2014/QĐ-TTg and what
 * inspections find missing (README: 'The yearly inspection'). Each has a form field pair in the inspector's task:
 * {@code finding_<id>} (CONFORM or NONCONFORM) and {@code note_<id>}.
 */
public enum InspectionCheck {
    ANNOUNCED("announced", "Công bố Hệ thống quản lý chất lượng, phạm vi bao trùm các thủ tục hành chính"),
    LEGAL_CHANGES("legal", "Rà soát, cập nhật quy trình trong 03 tháng kể từ khi văn bản pháp luật thay đổi"),
    INTERNAL_AUDIT("audit", "Đánh giá nội bộ ít nhất một lần trong 12 tháng"),
    MANAGEMENT_REVIEW("review", "Xem xét của lãnh đạo ít nhất một lần trong 12 tháng"),
    OBJECTIVES("objectives", "Mục tiêu chất lượng được theo dõi, đánh giá"),
    CORRECTIVE_ACTIONS("corrective", "Sự không phù hợp và hành động khắc phục được xử lý đúng hạn"),
    ON_TIME("ontime", "Kết quả giải quyết hồ sơ đúng hạn"),
    STAFF_TRAINED("staff", "Cán bộ làm công tác ISO được phân công và đào tạo");

    private final String field;
    private final String title;

    InspectionCheck(String field, String title) {
        this.field = field;
        this.title = title;
    }

    /** The suffix of the check's form fields. */
    public String field() {
        return field;
    }

    public String title() {
        return title;
    }
}
