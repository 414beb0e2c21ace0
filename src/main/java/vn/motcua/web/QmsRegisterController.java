package vn.motcua.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.motcua.engine.Role;
import vn.motcua.province.QmsRegister;
import vn.motcua.province.QmsRegisterSheet;
import vn.motcua.security.EngineUser;

/**
 * The register of agencies applying a QMS (README: 'The province's register'): kept by the Department of Science
 * and Technology's QMS officer, read by the province's roles. An agency's own staff do not write it: it is what the
 * province knows of them.
 */
@RestController
@RequestMapping("/api/province/register")
class QmsRegisterController {

    private static final Set<String> KEEPERS = Set.of(Role.PROVINCE_QMS_OFFICER.groupId(), Role.ADMINISTRATOR.groupId());
    private static final Set<String> READERS = Set.of(Role.PROVINCE_QMS_OFFICER.groupId(), Role.PROVINCE_LEADER.groupId(),
            Role.ADMINISTRATOR.groupId());
    private static final String KEEPERS_ONLY = "Chỉ chuyên viên theo dõi ISO của Sở Khoa học và Công nghệ được cập nhật danh sách";
    private static final String READERS_ONLY = "Danh sách cơ quan áp dụng ISO dành cho Sở Khoa học và Công nghệ và lãnh đạo UBND tỉnh";
    /** Agency codes as the national list of administrative procedures writes them, e.g. 000.00.12.H42. */
    private static final Pattern AGENCY_CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]{0,63}");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final QmsRegister register;

    QmsRegisterController(QmsRegister register) {
        this.register = register;
    }

    record AgencyBody(String agencyName, String obligation, String obligationSource, String scope, String standard,
                      String announcedOn, String announcementRef) {
    }

    record StaffBody(String fullName, String userId, String role, String assignedOn, String leftOn) {
    }

    record TrainingBody(String course, String trainedOn, String certificate) {
    }

    @GetMapping
    List<QmsRegister.Entry> entries(@RequestParam(required = false) String on, @AuthenticationPrincipal EngineUser user) {
        Groups.require(user, READERS, READERS_ONLY);
        return register.entries(day(on));
    }

    @GetMapping("/{agencyCode}")
    QmsRegister.Entry entry(@PathVariable String agencyCode, @RequestParam(required = false) String on,
                            @AuthenticationPrincipal EngineUser user) {
        Groups.require(user, READERS, READERS_ONLY);
        return register.entry(agencyCode, day(on)).orElseThrow(() -> unknown(agencyCode));
    }

    @GetMapping(value = "/danh-sach.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx(@RequestParam(required = false) String on, @AuthenticationPrincipal EngineUser user) {
        Groups.require(user, READERS, READERS_ONLY);
        LocalDate day = day(on);
        List<QmsRegister.Entry> entries = register.entries(day);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("danh-sach-co-quan-ap-dung-iso-" + day + ".xlsx").build().toString())
                .body(out -> QmsRegisterSheet.write(entries, day, out));
    }

    /** Adds the agency to the register (201) or rewrites its entry (200). */
    @PutMapping("/{agencyCode}")
    ResponseEntity<QmsRegister.Entry> save(@PathVariable String agencyCode, @RequestBody(required = false) AgencyBody body,
                                           @AuthenticationPrincipal EngineUser user) {
        Groups.require(user, KEEPERS, KEEPERS_ONLY);
        List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();
        if (!AGENCY_CODE.matcher(agencyCode).matches()) {
            problems.add(new InvalidRequestException.FieldProblem("agencyCode",
                    "Mã cơ quan gồm chữ, số, dấu chấm hoặc gạch ngang (tối đa 64 ký tự), ví dụ 000.00.12.H42"));
        }
        AgencyBody given = body == null ? new AgencyBody(null, null, null, null, null, null, null) : body;
        String name = requiredLine(problems, "agencyName", given.agencyName(), 255, "Ghi tên cơ quan");
        QmsRegister.Obligation obligation = null;
        try {
            obligation = QmsRegister.Obligation.valueOf(given.obligation() == null ? "" : given.obligation().trim());
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidRequestException.FieldProblem("obligation",
                    "MANDATORY (bắt buộc áp dụng) hoặc VOLUNTARY (tự nguyện áp dụng)"));
        }
        String source = optionalLine(problems, "obligationSource", given.obligationSource(), 500);
        String scope = given.scope() == null ? "" : given.scope().trim();
        if (scope.isEmpty()) {
            problems.add(new InvalidRequestException.FieldProblem("scope", "Ghi phạm vi áp dụng Hệ thống quản lý chất lượng"));
        }
        FieldLimits.check(problems, "scope", scope, 4000);
        String standard = optionalLine(problems, "standard", given.standard(), 64);
        LocalDate announcedOn = optionalDate(problems, "announcedOn", given.announcedOn());
        if (announcedOn != null && announcedOn.isAfter(register.today())) {
            problems.add(new InvalidRequestException.FieldProblem("announcedOn", "Ngày công bố không được sau hôm nay"));
        }
        String reference = optionalLine(problems, "announcementRef", given.announcementRef(), 255);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        boolean added = register.save(agencyCode, new QmsRegister.AgencyForm(name, obligation, source, scope, standard,
                announcedOn, reference), user.id());
        QmsRegister.Entry entry = register.entry(agencyCode, register.today()).orElseThrow();
        return added ? ResponseEntity.created(URI.create("/api/province/register/" + agencyCode)).body(entry)
                : ResponseEntity.ok(entry);
    }

    /** A person takes a QMS role in the agency. */
    @PostMapping("/{agencyCode}/staff")
    ResponseEntity<Map<String, Long>> addStaff(@PathVariable String agencyCode, @RequestBody(required = false) StaffBody body,
                                               @AuthenticationPrincipal EngineUser user) {
        Groups.require(user, KEEPERS, KEEPERS_ONLY);
        if (!register.exists(agencyCode)) {
            throw unknown(agencyCode);
        }
        long id = register.addStaff(agencyCode, staff(body), user.id());
        return ResponseEntity.created(URI.create("/api/province/register/" + agencyCode + "/staff/" + id)).body(Map.of("id", id));
    }

    /** Rewrites what the register keeps of the person, e.g. the day they left the role. */
    @PutMapping("/{agencyCode}/staff/{staffId}")
    ResponseEntity<Void> updateStaff(@PathVariable String agencyCode, @PathVariable long staffId,
                                     @RequestBody(required = false) StaffBody body, @AuthenticationPrincipal EngineUser user) {
        Groups.require(user, KEEPERS, KEEPERS_ONLY);
        QmsRegister.StaffForm form = staff(body);
        if (!register.updateStaff(agencyCode, staffId, form, user.id())) {
            throw new NotFoundException("Cơ quan " + agencyCode + " không có cán bộ số " + staffId + " trong danh sách");
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{agencyCode}/staff/{staffId}/trainings")
    ResponseEntity<Map<String, Long>> addTraining(@PathVariable String agencyCode, @PathVariable long staffId,
                                                  @RequestBody(required = false) TrainingBody body,
                                                  @AuthenticationPrincipal EngineUser user) {
        Groups.require(user, KEEPERS, KEEPERS_ONLY);
        QmsRegister.StaffForm person = register.staffForm(agencyCode, staffId).orElseThrow(() ->
                new NotFoundException("Cơ quan " + agencyCode + " không có cán bộ số " + staffId + " trong danh sách"));
        TrainingBody given = body == null ? new TrainingBody(null, null, null) : body;
        List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();
        String course = requiredLine(problems, "course", given.course(), 500, "Ghi tên khoá đào tạo");
        LocalDate trainedOn = RequestValues.date(problems, "trainedOn", given.trainedOn());
        if (trainedOn != null && trainedOn.isAfter(register.today())) {
            problems.add(new InvalidRequestException.FieldProblem("trainedOn", "Ngày đào tạo không được sau hôm nay"));
        }
        String certificate = optionalLine(problems, "certificate", given.certificate(), 255);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        long id = register.addTraining(staffId, new QmsRegister.TrainingForm(course, trainedOn, certificate), user.id());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
    }

    private QmsRegister.StaffForm staff(StaffBody body) {
        StaffBody given = body == null ? new StaffBody(null, null, null, null, null) : body;
        List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();
        String name = requiredLine(problems, "fullName", given.fullName(), 255, "Ghi họ và tên");
        String userId = optionalLine(problems, "userId", given.userId(), 64);
        QmsRegister.QmsRole role = null;
        try {
            role = QmsRegister.QmsRole.valueOf(given.role() == null ? "" : given.role().trim());
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidRequestException.FieldProblem("role",
                    "ISO_SECRETARY, QUALITY_REPRESENTATIVE, INTERNAL_AUDITOR hoặc STEERING_MEMBER"));
        }
        LocalDate assignedOn = RequestValues.date(problems, "assignedOn", given.assignedOn());
        LocalDate leftOn = optionalDate(problems, "leftOn", given.leftOn());
        if (assignedOn != null && leftOn != null && !leftOn.isAfter(assignedOn)) {
            problems.add(new InvalidRequestException.FieldProblem("leftOn", "Ngày thôi nhiệm vụ phải sau ngày nhận nhiệm vụ"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new QmsRegister.StaffForm(name, userId, role, assignedOn, leftOn);
    }

    private LocalDate day(String on) {
        return on == null || on.isBlank() ? register.today() : RequestValues.date("on", on);
    }

    private static LocalDate optionalDate(List<InvalidRequestException.FieldProblem> problems, String field, String value) {
        return value == null || value.isBlank() ? null : RequestValues.date(problems, field, value);
    }

    private static String requiredLine(List<InvalidRequestException.FieldProblem> problems, String field, String value, int max,
                                       String missing) {
        String text = value == null ? "" : value.trim();
        if (text.isEmpty()) {
            problems.add(new InvalidRequestException.FieldProblem(field, missing));
        }
        FieldLimits.singleLine(problems, field, text, max);
        return text;
    }

    private static String optionalLine(List<InvalidRequestException.FieldProblem> problems, String field, String value, int max) {
        String text = value == null ? null : value.trim();
        FieldLimits.singleLine(problems, field, text, max);
        return text == null || text.isEmpty() ? null : text;
    }

    private static NotFoundException unknown(String agencyCode) {
        return new NotFoundException("Cơ quan " + RequestValues.echo(agencyCode) + " chưa có trong danh sách áp dụng ISO");
    }
}
