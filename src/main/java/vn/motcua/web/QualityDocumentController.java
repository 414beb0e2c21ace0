package vn.motcua.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.iso.QmsDocuments;
import vn.motcua.security.EngineUser;

/** The QMS records as printed documents: nonconformity report, corrective action record, internal audit report. */
@RestController
@RequestMapping("/api/quality")
class QualityDocumentController {

    private final QmsDocuments records;

    QualityDocumentController(QmsDocuments records) {
        this.records = records;
    }

    @GetMapping("/nonconformities/{code}/report.pdf")
    ResponseEntity<byte[]> nonconformity(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        Groups.require(user, QualityController.READERS, "For the quality team and managers");
        return PdfResponses.inline("phieu-kiem-soat-khong-phu-hop-" + code, records.nonconformityReport(code)
                .orElseThrow(() -> new NotFoundException("No nonconformity " + code)));
    }

    @GetMapping("/corrective-actions/{code}/record.pdf")
    ResponseEntity<byte[]> correctiveAction(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        Groups.require(user, QualityController.READERS, "For the quality team and managers");
        return PdfResponses.inline("phieu-hanh-dong-khac-phuc-" + code, records.correctiveActionRecord(code)
                .orElseThrow(() -> new NotFoundException("No corrective action for nonconformity " + code)));
    }

    @GetMapping("/audit-programmes/{code}/report.pdf")
    ResponseEntity<byte[]> auditReport(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        Groups.require(user, QualityController.READERS, "For the quality team and managers");
        return PdfResponses.inline("bao-cao-danh-gia-noi-bo-" + code, records.auditReport(code)
                .orElseThrow(() -> new NotFoundException("No internal audit programme " + code)));
    }
}
