package vn.motcua.province;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.VietnamTime;

/**
 * The register of agencies applying a QMS, kept by the province's Department of Science and Technology (Decision
 * 19/2014/QĐ-TTg): each agency's obligation (mandatory or voluntary, with its source), scope, standard and the
 * date it announced its QMS; the people doing its QMS work, with the dates they took and left the role, and their
 * training. Reading an entry on a date tells what an inspector would find on that date ({@link Finding}).
 */
@Service
public class QmsRegister {

    /** The standard an agency applies unless its entry says otherwise. */
    public static final String STANDARD = "TCVN ISO 9001:2015";

    /** Must (Decision 19/2014/QĐ-TTg names the agency) or chooses to apply a QMS. */
    public enum Obligation {
        MANDATORY("Bắt buộc áp dụng"),
        VOLUNTARY("Tự nguyện áp dụng");

        private final String label;

        Obligation(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What a person does in the agency's QMS. */
    public enum QmsRole {
        ISO_SECRETARY("Thư ký ISO (cán bộ đầu mối)"),
        QUALITY_REPRESENTATIVE("Đại diện lãnh đạo về chất lượng"),
        INTERNAL_AUDITOR("Chuyên gia đánh giá nội bộ"),
        STEERING_MEMBER("Thành viên Ban chỉ đạo ISO");

        private final String label;

        QmsRole(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The kinds of finding the register shows by itself, before anyone inspects. */
    public enum FindingKind {
        NOT_ANNOUNCED("Thuộc đối tượng bắt buộc nhưng chưa công bố Hệ thống quản lý chất lượng"),
        NO_FOCAL_POINT("Không có thư ký ISO (cán bộ đầu mối) đang làm nhiệm vụ"),
        UNTRAINED_STAFF("Cán bộ làm công tác ISO chưa được đào tạo");

        private final String label;

        FindingKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Finding(String kind, String text) {
    }

    public record Training(long id, String course, LocalDate trainedOn, String certificate) {
    }

    public record Staff(long id, String fullName, String userId, String role, String roleLabel, LocalDate assignedOn,
                        LocalDate leftOn, boolean active, boolean trained, List<Training> trainings) {
    }

    /** An agency's entry as read on {@code on}: its staff then, and what the register shows wrong then. */
    public record Entry(String agencyCode, String agencyName, String obligation, String obligationLabel,
                        String obligationSource, String scope, String standard, LocalDate announcedOn,
                        String announcementRef, LocalDate on, List<Staff> staff, List<Finding> findings,
                        String updatedBy, OffsetDateTime updatedAt) {
    }

    /** What the register keeps of an agency, as its keeper writes it (already checked). */
    public record AgencyForm(String agencyName, Obligation obligation, String obligationSource, String scope,
                             String standard, LocalDate announcedOn, String announcementRef) {
    }

    /** A person doing QMS work (already checked). */
    public record StaffForm(String fullName, String userId, QmsRole role, LocalDate assignedOn, LocalDate leftOn) {
    }

    public record TrainingForm(String course, LocalDate trainedOn, String certificate) {
    }

    private final JdbcClient jdbc;
    private final ProvinceSettings settings;
    private final Clock clock;

    QmsRegister(JdbcClient jdbc, ProvinceSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Today in Việt Nam: the day an entry is read on by default. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(VietnamTime.ZONE));
    }

    /** Every agency's entry as read on the day, by agency name. */
    @Transactional(readOnly = true)
    public List<Entry> entries(LocalDate on) {
        Map<String, List<Staff>> staff = staff(null, on);
        return jdbc.sql("select * from motcua_qms_agency").query((rs, row) -> entry(rs, on, staff)).list().stream()
                .sorted(Comparator.comparing(Entry::agencyName)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Entry> entry(String agencyCode, LocalDate on) {
        Map<String, List<Staff>> staff = staff(agencyCode, on);
        return jdbc.sql("select * from motcua_qms_agency where agency_code = ?").param(agencyCode)
                .query((rs, row) -> entry(rs, on, staff)).optional();
    }

    /** Adds the agency to the register, or rewrites its entry; true when it was new. */
    @Transactional
    public boolean save(String agencyCode, AgencyForm form, String by) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int updated = jdbc.sql("""
                        update motcua_qms_agency set agency_name = ?, obligation = ?, obligation_source = ?, qms_scope = ?,
                        standard = ?, announced_on = ?, announcement_ref = ?, updated_by = ?, updated_at = ? where agency_code = ?""")
                .params(form.agencyName(), form.obligation().name(), form.obligationSource(), form.scope(),
                        standard(form), form.announcedOn(), form.announcementRef(), by, now, agencyCode)
                .update();
        if (updated > 0) {
            return false;
        }
        jdbc.sql("""
                        insert into motcua_qms_agency (agency_code, agency_name, obligation, obligation_source, qms_scope, standard,
                        announced_on, announcement_ref, updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(agencyCode, form.agencyName(), form.obligation().name(), form.obligationSource(), form.scope(),
                        standard(form), form.announcedOn(), form.announcementRef(), by, now)
                .update();
        return true;
    }

    public boolean exists(String agencyCode) {
        return jdbc.sql("select count(*) from motcua_qms_agency where agency_code = ?").param(agencyCode)
                .query(Long.class).single() > 0;
    }

    /** Records a person taking a QMS role in the agency, which must be registered; the person's id. */
    @Transactional
    public long addStaff(String agencyCode, StaffForm form, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into motcua_qms_staff (agency_code, full_name, user_id, qms_role, assigned_on, left_on, updated_by,
                        updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(agencyCode, form.fullName(), form.userId(), form.role().name(), form.assignedOn(), form.leftOn(), by,
                        OffsetDateTime.now(clock))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Rewrites what the register keeps of the agency's person (e.g. the day they left the role); false if unknown. */
    @Transactional
    public boolean updateStaff(String agencyCode, long staffId, StaffForm form, String by) {
        return jdbc.sql("""
                        update motcua_qms_staff set full_name = ?, user_id = ?, qms_role = ?, assigned_on = ?, left_on = ?,
                        updated_by = ?, updated_at = ? where id = ? and agency_code = ?""")
                .params(form.fullName(), form.userId(), form.role().name(), form.assignedOn(), form.leftOn(), by,
                        OffsetDateTime.now(clock), staffId, agencyCode)
                .update() > 0;
    }

    /** The person as kept, if they belong to the agency. */
    public Optional<StaffForm> staffForm(String agencyCode, long staffId) {
        return jdbc.sql("select * from motcua_qms_staff where id = ? and agency_code = ?").params(staffId, agencyCode)
                .query((rs, row) -> new StaffForm(rs.getString("full_name"), rs.getString("user_id"),
                        QmsRole.valueOf(rs.getString("qms_role")), rs.getObject("assigned_on", LocalDate.class),
                        rs.getObject("left_on", LocalDate.class)))
                .optional();
    }

    /** Records a training of the agency's person; the training's id. */
    @Transactional
    public long addTraining(long staffId, TrainingForm form, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into motcua_qms_training (staff_id, course, trained_on, certificate, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(staffId, form.course(), form.trainedOn(), form.certificate(), by, OffsetDateTime.now(clock))
                .update(key, "id");
        return key.getKey().longValue();
    }

    private static String standard(AgencyForm form) {
        return form.standard() == null || form.standard().isBlank() ? STANDARD : form.standard();
    }

    private Entry entry(ResultSet rs, LocalDate on, Map<String, List<Staff>> staffByAgency) throws SQLException {
        String code = rs.getString("agency_code");
        Obligation obligation = Obligation.valueOf(rs.getString("obligation"));
        LocalDate announcedOn = rs.getObject("announced_on", LocalDate.class);
        List<Staff> staff = staffByAgency.getOrDefault(code, List.of());
        return new Entry(code, rs.getString("agency_name"), obligation.name(), obligation.label(),
                rs.getString("obligation_source"), rs.getString("qms_scope"), rs.getString("standard"), announcedOn,
                rs.getString("announcement_ref"), on, staff, findings(obligation, announcedOn, staff, on),
                rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class));
    }

    /**
     * What the register shows wrong on the day: a mandatory agency that has not announced its QMS; nobody doing the
     * secretary's work; a person in a QMS role for longer than the grace period without any training by then.
     */
    private List<Finding> findings(Obligation obligation, LocalDate announcedOn, List<Staff> staff, LocalDate on) {
        List<Finding> findings = new ArrayList<>();
        if (obligation == Obligation.MANDATORY && (announcedOn == null || announcedOn.isAfter(on))) {
            findings.add(finding(FindingKind.NOT_ANNOUNCED, ""));
        }
        if (staff.stream().noneMatch(person -> person.active() && QmsRole.ISO_SECRETARY.name().equals(person.role()))) {
            findings.add(finding(FindingKind.NO_FOCAL_POINT, ""));
        }
        for (Staff person : staff) {
            if (person.active() && !person.trained() && !person.assignedOn().plus(settings.trainingGrace()).isAfter(on)) {
                findings.add(finding(FindingKind.UNTRAINED_STAFF, ": " + person.fullName() + " (" + person.roleLabel()
                        + ", nhận nhiệm vụ từ " + VietnamTime.DAY.format(person.assignedOn()) + ")"));
            }
        }
        return findings;
    }

    private static Finding finding(FindingKind kind, String detail) {
        return new Finding(kind.name(), kind.label() + detail);
    }

    /** The people of one agency (or all when null) known on the day, with their trainings up to then. */
    private Map<String, List<Staff>> staff(String agencyCode, LocalDate on) {
        Map<Long, List<Training>> trainings = new LinkedHashMap<>();
        String ofAgency = agencyCode == null ? "" : " and s.agency_code = :agency";
        jdbc.sql("select t.* from motcua_qms_training t join motcua_qms_staff s on s.id = t.staff_id"
                        + " where t.trained_on <= :on" + ofAgency + " order by t.trained_on, t.id")
                .param("on", on).param("agency", agencyCode)
                .query((rs, row) -> {
                    trainings.computeIfAbsent(rs.getLong("staff_id"), id -> new ArrayList<>()).add(new Training(rs.getLong("id"),
                            rs.getString("course"), rs.getObject("trained_on", LocalDate.class), rs.getString("certificate")));
                    return null;
                }).list();
        Map<String, List<Staff>> staff = new LinkedHashMap<>();
        jdbc.sql("select * from motcua_qms_staff s where s.assigned_on <= :on" + ofAgency + " order by s.assigned_on, s.id")
                .param("on", on).param("agency", agencyCode)
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    QmsRole role = QmsRole.valueOf(rs.getString("qms_role"));
                    LocalDate leftOn = rs.getObject("left_on", LocalDate.class);
                    List<Training> own = trainings.getOrDefault(id, List.of());
                    staff.computeIfAbsent(rs.getString("agency_code"), code -> new ArrayList<>()).add(new Staff(id,
                            rs.getString("full_name"), rs.getString("user_id"), role.name(), role.label(),
                            rs.getObject("assigned_on", LocalDate.class), leftOn, leftOn == null || leftOn.isAfter(on),
                            !own.isEmpty(), own));
                    return null;
                }).list();
        return staff;
    }
}
