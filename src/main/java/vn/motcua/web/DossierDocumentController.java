package vn.motcua.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.cases.DossierAccess;
import vn.motcua.cases.DossierDocuments;
import vn.motcua.security.EngineUser;

/** The printed forms of a dossier (Circular 01/2018/TT-VPCP), as PDF. */
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

    @GetMapping("/control-sheet.pdf")
    ResponseEntity<byte[]> controlSheet(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        return PdfResponses.inline("phieu-kiem-soat-" + code, documents.controlSheet(lookup.readable(code, user)));
    }
}
