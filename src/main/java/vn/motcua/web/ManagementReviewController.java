package vn.motcua.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.engine.DossierVariables;
import vn.motcua.engine.Privileged;
import vn.motcua.engine.Role;
import vn.motcua.iso.review.ManagementReviews;
import vn.motcua.security.EngineUser;

/**
 * Management reviews (ISO 9001:2015, 9.3): started on demand for a period (the engine starts one each
 * 1 December by itself), listed with their decided actions, and their inputs and minutes as PDF.
 */
@RestController
@RequestMapping("/api/quality/management-reviews")
class ManagementReviewController {

    /** Who may call a review: the quality team and the agency's leaders. */
    private static final Set<String> CONVENERS = Set.of(Role.ISO_SECRETARY.groupId(), Role.QUALITY_REPRESENTATIVE.groupId(),
            Role.AGENCY_LEADER.groupId(), Role.ADMINISTRATOR.groupId());

    private final ManagementReviews reviews;
    private final ProcessEngine engine;
    private final Clock clock;
    private final AgencyParameter agencies;

    ManagementReviewController(ManagementReviews reviews, ProcessEngine engine, Clock clock, AgencyParameter agencies) {
        this.agencies = agencies;
        this.reviews = reviews;
        this.engine = engine;
        this.clock = clock;
    }

    record StartedReview(String code, String processInstanceId) {
    }

    /** Starts a review of [from, to] (default: the twelve months up to yesterday); its inputs are compiled at once. */
    @PostMapping
    ResponseEntity<StartedReview> start(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                        @RequestParam(required = false) String agency,
                                        @AuthenticationPrincipal EngineUser user) {
        Groups.require(user, CONVENERS, "Dành cho bộ phận quản lý chất lượng và lãnh đạo cơ quan");
        String agencyCode = agencies.forRecord(user, agency);
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();
        LocalDate end = to == null || to.isBlank() ? today.minusDays(1) : RequestValues.date(problems, "to", to);
        LocalDate start = from == null || from.isBlank() ? (end == null ? null : end.minusYears(1).plusDays(1))
                : RequestValues.date(problems, "from", from);
        if (end != null && !end.isBefore(today)) {
            problems.add(new InvalidRequestException.FieldProblem("to", "Kỳ xem xét phải đã kết thúc: 'to' phải trước hôm nay"));
        }
        if (start != null && end != null && start.isAfter(end)) {
            problems.add(new InvalidRequestException.FieldProblem("from", "'from' sau 'to'"));
        }
        if (start != null && end != null && start.plusYears(2).isBefore(end)) {
            problems.add(new InvalidRequestException.FieldProblem("from", "Một kỳ xem xét dài tối đa hai năm"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("reviewFrom", start.toString());
        variables.put("reviewTo", end.toString());
        if (agencyCode != null) {
            variables.put(DossierVariables.QMS_AGENCY, agencyCode);
        }
        String code = reviews.nextCode(today.getYear());
        // the convener's right was checked above; the review's tasks belong to the quality team and leaders
        String instance = Privileged.call(engine, () -> engine.getRuntimeService()
                .startProcessInstanceByKey(ManagementReviews.PROCESS_KEY, code, variables).getId());
        return ResponseEntity.created(URI.create("/api/quality/management-reviews/" + code)).body(new StartedReview(code, instance));
    }

    @GetMapping
    List<ManagementReviews.Review> list(@AuthenticationPrincipal EngineUser user) {
        QualityController.requireReader(user);
        return reviews.reviews(agencies.visible(user));
    }

    @GetMapping("/{code}/inputs.pdf")
    ResponseEntity<byte[]> inputs(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        QualityController.requireReader(user);
        requireVisible(user, code);
        return PdfResponses.inline("dau-vao-xem-xet-cua-lanh-dao-" + code, reviews.inputsPdf(code),
                "Chưa có báo cáo đầu vào của cuộc xem xét " + code);
    }

    @GetMapping("/{code}/minutes.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        QualityController.requireReader(user);
        requireVisible(user, code);
        return PdfResponses.inline("bien-ban-xem-xet-cua-lanh-dao-" + code, reviews.minutesPdf(code),
                "Không có cuộc xem xét của lãnh đạo " + code + " hoặc cuộc họp chưa diễn ra");
    }

    private void requireVisible(EngineUser user, String code) {
        agencies.requireVisible(user, reviews.find(code).map(ManagementReviews.Review::agencyCode).orElse(null));
    }
}
