package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A dossier code is never given twice, even when the day's sequence is behind the dossiers stored. */
class DossierCodesIT extends DeskIT {

    private static final String LIQUOR = "MAU-SCT-RUOU-BB";
    private static final List<String> PAPERS = List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSequenceBehindTheStoredDossiersSkipsTheirCodes() throws Exception {
        // given: two dossiers today, and the day's sequence set back by both, as a database restored from
        // a copy of the sequence older than its copy of the dossiers would have it
        String first = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        String second = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        Code last = Code.of(second);
        assertThat(Code.of(first).number()).isEqualTo(last.number() - 1);
        jdbc.sql("update motcua_dossier_sequence set last_value = :value where agency_code = :agency and seq_day = :day")
                .param("value", last.number() - 2).param("agency", last.agency()).param("day", last.day())
                .update();

        // when: the next applicant comes
        String next = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();

        // then: a code of its own, not the receipt code of either earlier applicant; the sequence has caught up
        assertThat(next).isEqualTo(DossierCodes.format(last.agency(), last.day(), last.number() + 1));
        assertThat(jdbc.sql("select count(*) from motcua_dossier where code in (:codes)")
                .param("codes", List.of(first, second, next)).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select last_value from motcua_dossier_sequence where agency_code = :agency and seq_day = :day")
                .param("agency", last.agency()).param("day", last.day()).query(Integer.class).single())
                .isEqualTo(last.number() + 1);
    }

    @Test
    void aCodeHeldByARowAnUncleanShutdownLeftIsGivenUpAndTheIntakeTakesTheNext() throws Exception {
        // given: the next code of the day held in the portal outbox's unique key, as a row of an intake killed
        // mid-transaction can stay behind in H2 after the restart, invisible to reads but refusing the same key
        // (the dossier itself was never stored). Here a committed row under another code, with the key the
        // outbox gives the held code's first change (PortalMessage.key), refuses it the same way.
        Code last = Code.of(desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText());
        String held = DossierCodes.format(last.agency(), last.day(), last.number() + 1);
        String key = java.util.UUID.nameUUIDFromBytes(("motcua-dossier-state:" + held + ":1")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        jdbc.sql("""
                        insert into motcua_portal_outbox (dossier_code, seq, idempotency_key, state, payload, created_at,
                            next_attempt_at, sent_at)
                        values (:code, 1, :key, 'SUBMITTED', '{}', current_timestamp, current_timestamp, current_timestamp)""")
                .param("code", "left-over-" + held).param("key", key)
                .update();
        try {
            // when: the next applicant comes
            String next = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();

            // then: the held code is given up, one number skipped; the applicant gets the one after it, and the
            // sequence has moved past both, so the desk goes on without failing again
            assertThat(next).isEqualTo(DossierCodes.format(last.agency(), last.day(), last.number() + 2));
            assertThat(jdbc.sql("select count(*) from motcua_dossier where code = :code").param("code", held)
                    .query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select last_value from motcua_dossier_sequence where agency_code = :agency and seq_day = :day")
                    .param("agency", last.agency()).param("day", last.day()).query(Integer.class).single())
                    .isEqualTo(last.number() + 2);
            String after = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
            assertThat(after).isEqualTo(DossierCodes.format(last.agency(), last.day(), last.number() + 3));
        } finally {
            jdbc.sql("delete from motcua_portal_outbox where idempotency_key = :key").param("key", key).update();
        }
    }

    /** agency-YYMMDD-NNNN */
    record Code(String agency, LocalDate day, int number) {

        static Code of(String code) {
            String[] parts = code.split("-");
            return new Code(parts[0], LocalDate.parse(parts[1], DateTimeFormatter.ofPattern("uuMMdd")),
                    Integer.parseInt(parts[2]));
        }
    }
}
