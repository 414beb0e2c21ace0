package vn.motcua.iso.feedback;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What citizens and organisations say of a dossier they submitted (ISO 9001:2015, 9.1.2: customer
 * satisfaction), given once per dossier on the public lookup page, by the holder of its receipt (the
 * lookup token) once the dossier is closed; an input of the management review.
 */
@Repository
public class CitizenFeedback {

    /** How satisfied, with the label the page and the review inputs show. */
    public enum Rating {
        SATISFIED("Hài lòng"),
        NEUTRAL("Bình thường"),
        DISSATISFIED("Không hài lòng");

        private final String label;

        Rating(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CitizenFeedback(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the dossier was rated already. */
    public boolean given(String dossierCode) {
        return jdbc.sql("select count(*) from motcua_feedback where dossier_code = :code").param("code", dossierCode)
                .query(Integer.class).single() > 0;
    }

    /** Records the feedback; false when the dossier has feedback already (it is given once). */
    public boolean give(String dossierCode, Rating rating, String comment) {
        if (given(dossierCode)) {
            return false;
        }
        try {
            jdbc.sql("insert into motcua_feedback (dossier_code, rating, comment, given_at) values (:code, :rating, :comment, :now)")
                    .param("code", dossierCode).param("rating", rating.name()).param("comment", comment)
                    .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false; // given at the same moment by another request
        }
    }
}
