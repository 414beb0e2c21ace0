package vn.motcua.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.cases.CitizenLookup;
import vn.motcua.iso.CitizenFeedback;

/**
 * The citizen's lookup by dossier code, and their feedback on it, without login (page: /tra-cuu.html). Unknown and malformed
 * codes get the same 404; each client may ask a limited number of times a minute.
 */
@RestController
@RequestMapping("/api/public/dossiers")
class PublicDossierController {

    private final CitizenLookup lookup;
    private final PublicRateLimiter limiter;
    private final CitizenFeedback feedback;

    PublicDossierController(CitizenLookup lookup, PublicRateLimiter limiter, CitizenFeedback feedback) {
        this.lookup = lookup;
        this.limiter = limiter;
        this.feedback = feedback;
    }

    @GetMapping("/{code}")
    ResponseEntity<?> dossier(@PathVariable String code, HttpServletRequest request) {
        if (!limiter.allow(request.getRemoteAddr())) {
            return tooMany();
        }
        return lookup.find(code.trim()).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(PublicDossierController::notFound);
    }

    record FeedbackBody(String rating, String comment) {
    }

    /**
     * The citizen's opinion of a dossier (SATISFIED, NEUTRAL, DISSATISFIED and an optional comment), once
     * per dossier; counted by the same limit as lookups.
     */
    @PostMapping("/{code}/feedback")
    ResponseEntity<?> feedback(@PathVariable String code, @RequestBody(required = false) FeedbackBody body,
                               HttpServletRequest request) {
        if (!limiter.allow(request.getRemoteAddr())) {
            return tooMany();
        }
        CitizenFeedback.Rating rating;
        try {
            rating = CitizenFeedback.Rating.valueOf(body == null || body.rating() == null ? "" : body.rating().trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("rating", "Chọn một mức: SATISFIED, NEUTRAL hoặc DISSATISFIED");
        }
        String comment = body.comment() == null || body.comment().isBlank() ? null : body.comment().trim();
        if (comment != null && comment.length() > 1000) {
            throw new InvalidRequestException("comment", "Ý kiến tối đa 1000 ký tự");
        }
        if (lookup.find(code.trim()).isEmpty()) {
            return notFound();
        }
        if (!feedback.give(code.trim(), rating, comment)) {
            ProblemDetail given = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Hồ sơ này đã được đánh giá.");
            given.setInstance(URI.create("/api/public/dossiers"));
            return ResponseEntity.status(HttpStatus.CONFLICT).body(given);
        }
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    private static ResponseEntity<?> tooMany() {
        ProblemDetail tooMany = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Quá nhiều lần tra cứu. Vui lòng thử lại sau một phút.");
        tooMany.setInstance(URI.create("/api/public/dossiers"));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60").body(tooMany);
    }

    private static ResponseEntity<?> notFound() {
        ProblemDetail notFound = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Không tìm thấy hồ sơ với mã đã nhập.");
        // the same answer whatever was typed: nothing to learn about which codes exist
        notFound.setInstance(URI.create("/api/public/dossiers"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound);
    }
}
