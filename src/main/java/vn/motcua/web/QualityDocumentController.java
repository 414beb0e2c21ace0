package vn.motcua.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.engine.DossierVariables;
import vn.motcua.engine.Privileged;
import vn.motcua.engine.Role;
import vn.motcua.iso.audit.AuditReport;
import vn.motcua.iso.audit.InternalAudits;
import vn.motcua.iso.nonconformity.Nonconformities;
import vn.motcua.iso.nonconformity.NonconformityForms;
import vn.motcua.iso.records.RecordsControl;
import vn.motcua.security.EngineUser;

/**
 * The QMS records as printed documents (nonconformity report, corrective action record, internal audit
 * report), and the reviews of records whose retention period has expired.
 */
@RestController
@RequestMapping("/api/quality")
class QualityDocumentController {

    private final NonconformityForms nonconformityForms;
    private final AuditReport auditReport;
    private final RecordsControl retention;
    private final ProcessEngine engine;
    private final Nonconformities nonconformities;
    private final InternalAudits audits;
    private final AgencyParameter agencies;

    QualityDocumentController(NonconformityForms nonconformityForms, AuditReport auditReport, RecordsControl retention,
                              ProcessEngine engine, Nonconformities nonconformities, InternalAudits audits,
                              AgencyParameter agencies) {
        this.nonconformities = nonconformities;
        this.audits = audits;
        this.agencies = agencies;
        this.nonconformityForms = nonconformityForms;
        this.auditReport = auditReport;
        this.retention = retention;
        this.engine = engine;
    }

    record StartedRecordsReview(String code, long recordCount, String processInstanceId) {
    }

    /**
     * Reviews the records of the caller's agency expired by today now (the engine reviews the installation's on the 1st
     * of each month); 409 when none has.
     */
    @PostMapping("/records-reviews")
    ResponseEntity<StartedRecordsReview> reviewRecords(@RequestParam(required = false) String agency,
                                                       @AuthenticationPrincipal EngineUser user) {
        Groups.require(user, Set.of(Role.ISO_SECRETARY.groupId(), Role.ADMINISTRATOR.groupId()), "Dành cho Thư ký ISO");
        String agencyCode = agencies.forRecord(user, agency);
        long expired = retention.expiredCount(agencyCode);
        if (expired == 0) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Chưa có hồ sơ nào hết thời hạn lưu trữ");
        }
        String code = retention.nextCode();
        Map<String, Object> variables = agencyCode == null ? Map.of() : Map.of(DossierVariables.QMS_AGENCY, agencyCode);
        String instance = Privileged.call(engine, () -> engine.getRuntimeService()
                .startProcessInstanceByKey(RecordsControl.PROCESS_KEY, code, variables).getId());
        return ResponseEntity.created(URI.create("/api/quality/records-reviews/" + code))
                .body(new StartedRecordsReview(code, expired, instance));
    }

    @GetMapping("/records-reviews")
    List<RecordsControl.Review> recordsReviews(@AuthenticationPrincipal EngineUser user) {
        QualityController.requireReader(user);
        return retention.reviews(agencies.visible(user));
    }

    @GetMapping("/records-reviews/{code}/minutes.pdf")
    ResponseEntity<byte[]> recordsReview(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        QualityController.requireReader(user);
        agencies.requireVisible(user, retention.find(code).map(RecordsControl.Review::agencyCode).orElse(null));
        return PdfResponses.inline("bien-ban-xem-xet-ho-so-het-han-" + code, retention.minutesPdf(code),
                "Không có đợt xem xét hồ sơ hết hạn " + code);
    }

    @GetMapping("/nonconformities/{code}/report.pdf")
    ResponseEntity<byte[]> nonconformity(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        QualityController.requireReader(user);
        agencies.requireVisible(user, nonconformities.agencyOf(code).orElse(null));
        return PdfResponses.inline("phieu-kiem-soat-khong-phu-hop-" + code, nonconformityForms.nonconformityReport(code),
                "Không có điểm không phù hợp " + code);
    }

    @GetMapping("/corrective-actions/{code}/record.pdf")
    ResponseEntity<byte[]> correctiveAction(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        QualityController.requireReader(user);
        agencies.requireVisible(user, nonconformities.agencyOf(code).orElse(null));
        return PdfResponses.inline("phieu-hanh-dong-khac-phuc-" + code, nonconformityForms.correctiveActionRecord(code),
                "Không có hành động khắc phục cho điểm không phù hợp " + code);
    }

    @GetMapping("/audit-programmes/{code}/report.pdf")
    ResponseEntity<byte[]> auditReport(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        QualityController.requireReader(user);
        agencies.requireVisible(user, audits.agencyOf(code).orElse(null));
        return PdfResponses.inline("bao-cao-danh-gia-noi-bo-" + code, auditReport.pdf(code),
                "Không có chương trình đánh giá nội bộ " + code);
    }
}
