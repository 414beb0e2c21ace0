package vn.motcua.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.motcua.cases.DossierAccess;
import vn.motcua.cases.TrackingLedger;
import vn.motcua.security.EngineUser;

/**
 * Sổ theo dõi hồ sơ (form 06) of a year, for the desk, managers and administrators: a clerk's holds their desk's
 * dossiers only, as a clerk reads no other desk's.
 */
@RestController
@RequestMapping("/api/ledger")
class LedgerController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final TrackingLedger ledger;
    private final DossierAccess access;
    private final AgencyParameter agencies;

    LedgerController(TrackingLedger ledger, DossierAccess access, AgencyParameter agencies) {
        this.agencies = agencies;
        this.ledger = ledger;
        this.access = access;
    }

    @GetMapping("/{year:\\d{4}}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int year, @RequestParam(required = false) String agency,
                               @AuthenticationPrincipal EngineUser user) {
        check(user);
        RequestValues.inRange("year", java.time.LocalDate.of(year, 1, 1));
        return file(ledger.pdf(year, agencies.of(user, agency), access.ledgerDesk(user.groupIds())), MediaType.APPLICATION_PDF,
                "so-theo-doi-ho-so-" + year + ".pdf");
    }

    /** Streamed as the dossiers are read: a year of a busy agency is never held in memory whole. */
    @GetMapping("/{year:\\d{4}}.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx(@PathVariable int year, @RequestParam(required = false) String agency,
                                               @AuthenticationPrincipal EngineUser user) {
        check(user);
        RequestValues.inRange("year", java.time.LocalDate.of(year, 1, 1));
        String forAgency = agencies.of(user, agency);
        String desk = access.ledgerDesk(user.groupIds());
        StreamingResponseBody body = out -> ledger.writeXlsx(year, forAgency, desk, out);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("so-theo-doi-ho-so-" + year + ".xlsx").build().toString())
                .body(body);
    }

    private void check(EngineUser user) {
        if (!access.seesAll(user.groupIds())) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Sổ theo dõi hồ sơ chứa dữ liệu cá nhân: chỉ Bộ phận Một cửa, người quản lý và quản trị viên được xem");
        }
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
