package vn.motcua.iso;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.calendar.VietnamTime;

/** Nonconformities (điểm không phù hợp), recorded once per source, for the ISO processes to follow up. */
@Repository
public class Nonconformities {

    public record Nonconformity(long id, String source, String agencyCode, String description, OffsetDateTime detectedAt,
                                String status) {
    }

    private final JdbcClient jdbc;

    Nonconformities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the nonconformity unless one with this source key exists; true when new. */
    public boolean record(String sourceKey, String source, String agencyCode, String description, OffsetDateTime now) {
        if (jdbc.sql("select count(*) from motcua_nonconformity where source_key = :key").param("key", sourceKey)
                .query(Integer.class).single() > 0) {
            return false;
        }
        jdbc.sql("""
                        insert into motcua_nonconformity (source_key, source, agency_code, description, detected_at, status)
                        values (:key, :source, :agency, :description, :now, 'OPEN')""")
                .param("key", sourceKey).param("source", source).param("agency", agencyCode)
                .param("description", description).param("now", now.withOffsetSameInstant(ZoneOffset.UTC)).update();
        return true;
    }

    public List<Nonconformity> open() {
        return jdbc.sql("select id, source, agency_code, description, detected_at, status from motcua_nonconformity "
                        + "where status = 'OPEN' order by detected_at desc, id desc")
                .query((rs, n) -> new Nonconformity(rs.getLong("id"), rs.getString("source"), rs.getString("agency_code"),
                        rs.getString("description"), rs.getObject("detected_at", OffsetDateTime.class)
                        .atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime(), rs.getString("status")))
                .list();
    }
}
