package vn.motcua.web;

import java.net.URI;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.cases.CitizenLookup;
import vn.motcua.iso.feedback.CitizenFeedback;

/**
 * The citizen's lookup by dossier code, and their feedback on it, without login (page: /tra-cuu.html).
 * Codes are sequential: the code alone tells the status only; the details, and the feedback, need the
 * lookup token printed on the receipt (header {@value #TOKEN_HEADER} for the lookup, field {@code token}
 * of the feedback; never in the URL, so never in access logs). A wrong token gets the same answer as no
 * token; unknown and malformed codes the same 404. Each client (its address, see {@link PublicRateLimiter})
 * may ask a limited number of times a minute, lookups and feedback together.
 */
@RestController
@RequestMapping("/api/public/dossiers")
class PublicDossierController {

    static final String TOKEN_HEADER = "X-Lookup-Token";

    private final CitizenLookup lookup;
    private final PublicRateLimiter limiter;
    private final CitizenFeedback feedback;

    PublicDossierController(CitizenLookup lookup, PublicRateLimiter limiter, CitizenFeedback feedback) {
        this.lookup = lookup;
        this.limiter = limiter;
        this.feedback = feedback;
    }

    /** The details with, for the page, whether the dossier was rated already. */
    record Details(@JsonUnwrapped CitizenLookup.PublicDossier dossier, boolean feedbackGiven) {
    }

    @GetMapping("/{code}")
    ResponseEntity<?> dossier(@PathVariable String code, @RequestHeader(name = TOKEN_HEADER, required = false) String token,
                              HttpServletRequest request) {
        if (!limiter.allow(request.getRemoteAddr())) {
            return tooMany();
        }
        String trimmed = code.trim();
        Optional<CitizenLookup.PublicDossier> details = lookup.find(trimmed, token);
        if (details.isPresent()) {
            return ResponseEntity.ok(new Details(details.get(), feedback.given(trimmed)));
        }
        return lookup.status(trimmed).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(PublicDossierController::notFound);
    }

    record FeedbackBody(String token, String rating, String comment) {
    }

    /**
     * The citizen's opinion of a closed dossier (SATISFIED, NEUTRAL, DISSATISFIED and an optional comment),
     * once per dossier, by the holder of its lookup token; without it the answer is the unknown code's 404.
     */
    @PostMapping("/{code}/feedback")
    ResponseEntity<?> feedback(@PathVariable String code, @RequestBody(required = false) FeedbackBody body,
                               HttpServletRequest request) {
        if (!limiter.allow(request.getRemoteAddr())) {
            return tooMany();
        }
        String trimmed = code.trim();
        Optional<CitizenLookup.PublicDossier> dossier = lookup.find(trimmed, body == null ? null : body.token());
        if (dossier.isEmpty()) {
            return notFound();
        }
        if (!dossier.get().closed()) {
            return conflict("Hồ sơ chưa kết thúc: ông/bà đánh giá được sau khi nhận kết quả hoặc khi hồ sơ kết thúc.");
        }
        CitizenFeedback.Rating rating;
        try {
            rating = CitizenFeedback.Rating.valueOf(body.rating() == null ? "" : body.rating().trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("rating", "Chọn một mức: SATISFIED, NEUTRAL hoặc DISSATISFIED");
        }
        String comment = body.comment() == null || body.comment().isBlank() ? null : body.comment().trim();
        if (comment != null && comment.length() > 1000) {
            throw new InvalidRequestException("comment", "Ý kiến tối đa 1000 ký tự");
        }
        if (!feedback.give(trimmed, rating, comment)) {
            return conflict("Hồ sơ này đã được đánh giá.");
        }
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    private static ResponseEntity<?> conflict(String detail) {
        ProblemDetail conflict = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        conflict.setInstance(URI.create("/api/public/dossiers"));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(conflict);
    }

    private static ResponseEntity<?> tooMany() {
        ProblemDetail tooMany = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Quá nhiều lần tra cứu. Vui lòng thử lại sau một phút.");
        tooMany.setInstance(URI.create("/api/public/dossiers"));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60").body(tooMany);
    }

    private static ResponseEntity<?> notFound() {
        ProblemDetail notFound = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Không tìm thấy hồ sơ với mã đã nhập.");
        // the same answer whatever was typed, code or token: nothing to learn about which codes exist
        notFound.setInstance(URI.create("/api/public/dossiers"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound);
    }
}
