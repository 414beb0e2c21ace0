package vn.motcua.engine;

/** The roles of the README ('Demo users', 'Security'), each a Camunda group of type {@value #GROUP_TYPE}. */
public enum Role {
    ONE_STOP_CLERK("one-stop-clerk", "Công chức Bộ phận Một cửa"),
    /** Told of late agencies and of the desk's own late steps. */
    ONE_STOP_DESK_HEAD("one-stop-desk-head", "Trưởng Bộ phận Một cửa"),
    SPECIALIST("specialist", "Chuyên viên phòng chuyên môn"),
    DEPARTMENT_HEAD("department-head", "Trưởng/Phó phòng"),
    AGENCY_LEADER("agency-leader", "Lãnh đạo cơ quan"),
    ISO_SECRETARY("iso-secretary", "Thư ký ISO"),
    QUALITY_REPRESENTATIVE("quality-representative", "Đại diện lãnh đạo về chất lượng"),
    INTERNAL_AUDITOR("internal-auditor", "Chuyên gia đánh giá nội bộ"),
    PROCESS_MODELLER("process-modeller", "Người mô hình hoá quy trình"),
    MANAGER("manager", "Quản lý"),
    /** The province's Department of Science and Technology: keeps the register of agencies applying a QMS. */
    PROVINCE_QMS_OFFICER("province-qms-officer", "Chuyên viên theo dõi ISO – Sở Khoa học và Công nghệ"),
    /** The provincial People's Committee's leaders: read every agency's QMS and results, change none. */
    PROVINCE_LEADER("province-leader", "Lãnh đạo UBND tỉnh"),
    /** Camunda's own administrator group: the webapps know it by this id. */
    ADMINISTRATOR("camunda-admin", "Quản trị hệ thống");

    public static final String GROUP_TYPE = "role";
    /**
     * The role groups that are also units of work whose members hand tasks to each other: the one-stop
     * desk. Like a department's, their members read each other's accounts (Tasklist's "assign to").
     */
    public static final java.util.Set<String> UNIT_ROLES =
            java.util.Set.of(ONE_STOP_CLERK.groupId, ONE_STOP_DESK_HEAD.groupId);
    public static final String DEPARTMENT_GROUP_TYPE = "department";

    private final String groupId;
    private final String displayName;

    Role(String groupId, String displayName) {
        this.groupId = groupId;
        this.displayName = displayName;
    }

    public String groupId() {
        return groupId;
    }

    public String displayName() {
        return displayName;
    }
}
