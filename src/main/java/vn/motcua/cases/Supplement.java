package vn.motcua.cases;

import java.time.OffsetDateTime;

/** One supplement request after appraisal, and when the papers came back (null while waiting). */
public record Supplement(int round, OffsetDateTime requestedAt, String requestedBy, String missingPapers,
                         OffsetDateTime receivedAt) {
}
