package vn.motcua.iso;

/**
 * The kinds of records the QMS keeps (ISO 9001:2015, 7.5.3), where each is found and when it was closed,
 * and how many years it is kept after that unless {@code app.qms.retention-years} says otherwise.
 */
public enum RecordType {
    DOSSIER("Hồ sơ thủ tục hành chính", 5, "motcua_dossier", "closed_at"),
    NONCONFORMITY("Phiếu kiểm soát đầu ra không phù hợp, hành động khắc phục", 3, "motcua_nonconformity", "closed_at"),
    INTERNAL_AUDIT("Hồ sơ đánh giá nội bộ", 3, "motcua_audit_programme", "reported_at"),
    MANAGEMENT_REVIEW("Hồ sơ xem xét của lãnh đạo", 3, "motcua_management_review", "closed_at"),
    RISK("Hồ sơ rủi ro và cơ hội", 3, "motcua_risk", "closed_at");

    private final String label;
    private final int defaultYears;
    private final String table;
    private final String closedColumn;

    RecordType(String label, int defaultYears, String table, String closedColumn) {
        this.label = label;
        this.defaultYears = defaultYears;
        this.table = table;
        this.closedColumn = closedColumn;
    }

    public String label() {
        return label;
    }

    public int defaultYears() {
        return defaultYears;
    }

    /**
     * Records of this type closed before :cutoff that no review has taken up yet: (reference, closed); with
     * {@code ofAgency}, those of the agency bound as :agency only (every record keeps its agency in agency_code).
     */
    public String expiredQuery(boolean ofAgency) {
        return "select t.code as reference, t." + closedColumn + " as closed from " + table + " t where t." + closedColumn
                + " < :cutoff and t.code is not null" + (ofAgency ? " and t.agency_code = :agency" : "")
                + " and not exists (select 1 from motcua_record_disposal d where d.record_type = '"
                + name() + "' and d.reference = t.code) order by t." + closedColumn;
    }
}
