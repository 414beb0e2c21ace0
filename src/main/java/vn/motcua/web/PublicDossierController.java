package vn.motcua.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.cases.CitizenLookup;

/**
 * The citizen's lookup by dossier code, without login (page: /tra-cuu.html). Unknown and malformed
 * codes get the same 404; each client may ask a limited number of times a minute.
 */
@RestController
@RequestMapping("/api/public/dossiers")
class PublicDossierController {

    private final CitizenLookup lookup;
    private final PublicRateLimiter limiter;

    PublicDossierController(CitizenLookup lookup, PublicRateLimiter limiter) {
        this.lookup = lookup;
        this.limiter = limiter;
    }

    @GetMapping("/{code}")
    ResponseEntity<?> dossier(@PathVariable String code, HttpServletRequest request) {
        if (!limiter.allow(request.getRemoteAddr())) {
            ProblemDetail tooMany = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "Quá nhiều lần tra cứu. Vui lòng thử lại sau một phút.");
            tooMany.setInstance(URI.create("/api/public/dossiers"));
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60").body(tooMany);
        }
        return lookup.find(code.trim()).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> {
            ProblemDetail notFound = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "Không tìm thấy hồ sơ với mã đã nhập.");
            // the same answer whatever was typed: nothing to learn about which codes exist
            notFound.setInstance(URI.create("/api/public/dossiers"));
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound);
        });
    }
}
