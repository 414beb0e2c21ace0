package vn.motcua.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.cases.DossierAccess;
import vn.motcua.cases.Dossier;
import vn.motcua.cases.DossierDocuments;
import vn.motcua.cases.OfficialForm;
import vn.motcua.security.EngineUser;

/**
 * The printed forms of a dossier, as PDF, in the form set in force on its receipt day (Circular 01/2018/TT-VPCP,
 * from 15/9/2025 Circular 03/2025/TT-VPCP; README 'Biểu mẫu in / Printed forms').
 */
@RestController
@RequestMapping(value = "/api/dossiers/{code}", produces = MediaType.APPLICATION_PDF_VALUE)
class DossierDocumentController {

    private final DossierLookup lookup;
    private final DossierDocuments documents;
    private final DossierAccess access;

    DossierDocumentController(DossierLookup lookup, DossierDocuments documents, DossierAccess access) {
        this.lookup = lookup;
        this.documents = documents;
        this.access = access;
    }

    @GetMapping("/receipt.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        // the lookup token is the citizen's: only the desk, who hands the receipt over, prints it
        return PdfResponses.inline("giay-tiep-nhan-" + code,
                documents.receipt(lookup.readable(code, user), access.isDesk(user.groupIds())));
    }

    @GetMapping("/supplement-request.pdf")
    ResponseEntity<byte[]> supplementRequest(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        return PdfResponses.inline("phieu-yeu-cau-bo-sung-" + code, documents.supplementRequest(lookup.readable(code, user)));
    }

    @GetMapping("/refusal.pdf")
    ResponseEntity<byte[]> refusal(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        return PdfResponses.inline("phieu-tu-choi-" + code, documents.refusal(lookup.readable(code, user)));
    }

    @GetMapping("/apology.pdf")
    ResponseEntity<byte[]> apology(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        return PdfResponses.inline("phieu-xin-loi-" + code, documents.apology(lookup.readable(code, user)));
    }

    /**
     * Form 05 of Circular 03/2025/TT-VPCP. A dossier received before 15/9/2025 prints the 2018 set, which has no
     * such form: 404, as for any form that does not exist; a dossier of the 2025 set that did not stop: 409.
     */
    @GetMapping("/stop-notice.pdf")
    ResponseEntity<byte[]> stopNotice(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        Dossier dossier = lookup.readable(code, user);
        if (!documents.inItsFormSet(dossier, OfficialForm.STOP_NOTICE)) {
            throw new NotFoundException("Hồ sơ " + code + " được tiếp nhận trước ngày 15/9/2025, in theo bộ biểu mẫu của "
                    + "Thông tư 01/2018/TT-VPCP: bộ này không có mẫu Thông báo dừng giải quyết hồ sơ");
        }
        return PdfResponses.inline("thong-bao-dung-giai-quyet-" + code, documents.stopNotice(dossier));
    }

    @GetMapping("/control-sheet.pdf")
    ResponseEntity<byte[]> controlSheet(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        return PdfResponses.inline("phieu-kiem-soat-" + code, documents.controlSheet(lookup.readable(code, user)));
    }
}
