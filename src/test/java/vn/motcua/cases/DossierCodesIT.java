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

    /** agency-YYMMDD-NNNN */
    record Code(String agency, LocalDate day, int number) {

        static Code of(String code) {
            String[] parts = code.split("-");
            return new Code(parts[0], LocalDate.parse(parts[1], DateTimeFormatter.ofPattern("uuMMdd")),
                    Integer.parseInt(parts[2]));
        }
    }
}
